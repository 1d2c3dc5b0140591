using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Conditions;
using Xunit;
using static GeoGraph.Core.Storage.Conditions.RelationCondition;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

// relations(where:) as a condition tree: every primitive, AND/OR/NOT, and viaRoles (rewritten by
// Core's RoleExpansion, then run by the store like any other condition).
public abstract partial class GraphStoreContract
{
    // Properties, not fields: Named is initialised in another part of this class, in no set order.
    private static Relation[] Undated =>
        Named.Relations.Except(Named.Retracted).Where(r => r.ValidFrom is null && r.ValidTo is null).ToArray();

    private static Relation[] Visible => Named.Relations.Except(Named.Retracted).ToArray();

    private static Dictionary<string, (RelationCondition Condition, Relation[] Expected)> Conditions => new()
    {
        ["types"] = (new TypeIn(["ASSERTS", "DENIES", "ASSERTS"]), [Named.RAsserts, Named.RShipment, Named.RDenies]),
        ["subject"] = (new SubjectIs(CN), [Named.RImposes, Named.RMiningShare, Named.RAllied, Named.RDeniesLink]),
        ["object"] = (new ObjectIs(RareEarths), [Named.RImposes, Named.RMiningShare, Named.RImportsUS, Named.RImportsIN, Named.RImportsEU]),
        ["involves"] = (new Involves(PK), [Named.RAllied, Named.RTies]),
        ["between-either-way"] = (new Between(PK, CN), [Named.RAllied]),
        ["between-nothing"] = (new Between(PK, IN), []),
        ["article"] = (new CitedIn(Named.Tariffs.Id), [Named.RTariff]),
        ["subjectKind"] = (new SubjectKindIs(NodeKind.Person),
            [Named.RTariff, Named.RRole, Named.RGifted, Named.RDenies, Named.RAB, Named.RBC, Named.RCD, Named.RAE, Named.REC]),
        ["objectKind"] = (new ObjectKindIs(NodeKind.Claim), [Named.RAsserts, Named.RDenies, Named.RDeniesLink, Named.RShipment]),
        ["speaker"] = (new SpokenBy(LinJian), [Named.RDenies, Named.RDeniesLink]),
        ["stance"] = (new CitedWithStance(CitationStance.Reports), [Named.RTariff, Named.RAsserts, Named.RDenies, Named.RDeniesLink, Named.RShipment]),
        ["minConfidence-inclusive"] = (new MinConfidence(0.9), Visible.Except([Named.RMiningShare]).ToArray()),
        ["minConfidence"] = (new MinConfidence(0.95), Visible.Except([Named.RMiningShare, Named.RTariff]).ToArray()),
        ["validAt"] = (new RelationCondition.ValidAt(new DateOnly(2025, 10, 8)), Visible.Except([Named.RTies, Named.RBC]).ToArray()),
        ["validDuring"] = (new ValidDuring(new DateOnly(2020, 6, 1), new DateOnly(2020, 12, 31)), [.. Undated, Named.RAllied, Named.RBC]),
        ["validDuring-from-only"] = (new ValidDuring(new DateOnly(2025, 9, 15), null), Visible.Except([Named.RBC]).ToArray()),
        ["validDuring-to-only"] = (new ValidDuring(null, new DateOnly(2019, 1, 1)), [.. Undated, Named.RAllied, Named.RBC]),
        ["dated"] = (new Dated(true), [Named.RImposes, Named.RTariff, Named.RMiningShare, Named.RAllied, Named.RTies, Named.RBC]),
        ["undated"] = (new Dated(false), Undated),
        ["recordedAfter"] = (new RecordedAfter(T0), [Named.RCD]),
        ["recordedBefore"] = (new RecordedBefore(T1), Visible.Except([Named.RCD]).ToArray()),
        ["and-not"] = (And([new TypeIn(["IMPORTS"]), new Not(new SubjectIs(US))]), [Named.RImportsIN, Named.RImportsEU]),
        ["or"] = (new Any([new SpokenBy(LinJian), new CitedIn(Named.Tariffs.Id)]), [Named.RDenies, Named.RDeniesLink, Named.RTariff]),
        ["not-or"] = (new Not(new Any([new Dated(true), new ObjectKindIs(NodeKind.Claim)])),
            Undated.Except([Named.RAsserts, Named.RDenies, Named.RDeniesLink, Named.RShipment]).ToArray()),
        ["nested"] = (And([new Involves(CN), new Any([new Not(new Dated(true)), new All([new MinConfidence(0.8), new ObjectKindIs(NodeKind.Commodity)])])]),
            [Named.RImposes, Named.RDeniesLink, Named.RRole]),
        ["or-of-anchors"] = (new Any([new Involves(PK), new SubjectIs(Munir)]), [Named.RAllied, Named.RTies, Named.RGifted]),
        ["everything"] = (new All([]), Visible),
        ["nothing"] = (new Any([]), []),
    };

    public static TheoryData<string> ConditionNames => new(Conditions.Keys);

    [Theory]
    [MemberData(nameof(ConditionNames))]
    public async Task A_condition_selects_exactly_its_relations_and_counts_them(string name)
    {
        var store = await SeededStoreAsync();
        var (condition, expected) = Conditions[name];
        var filter = new RelationFilter(Now, Where: condition);

        Assert.Equal(Ordered(expected), await RelationIdsAsync(store, filter, pageSize: 2));
        Assert.Equal(expected.Length, await store.CountRelationsAsync(filter, Ct));
    }

    [Fact]
    public async Task The_single_value_fields_and_the_condition_must_all_hold()
    {
        var store = await SeededStoreAsync();
        var filter = new RelationFilter(Now, Type: "IMPORTS", Where: new Not(new SubjectIs(US)));

        Assert.Equal(Ordered(Graph.RImportsIN, Graph.RImportsEU), await RelationIdsAsync(store, filter));
        Assert.Equal(2, await store.CountRelationsAsync(filter, Ct));
    }

    [Fact]
    public async Task Snapshot_settings_apply_to_the_whole_condition()
    {
        var store = await SeededStoreAsync();
        var speculation = new Any([new TypeIn(["SPECULATES"]), new Between(A, D)]);

        Assert.Empty(await RelationIdsAsync(store, new RelationFilter(Now, Where: speculation)));
        Assert.Equal(Ordered(Graph.RSpeculates, Graph.RAD), await RelationIdsAsync(store, new RelationFilter(Now, IncludeRetracted: true, Where: speculation)));
        // Before C–D was recorded, nothing recorded after T0 is known.
        Assert.Empty(await RelationIdsAsync(store, new RelationFilter(T0, Where: new RecordedAfter(T0))));
    }

    [Fact]
    public async Task Conditions_out_of_bounds_are_refused_before_the_store_runs_them()
    {
        var store = await SeededStoreAsync();
        async Task Refused(RelationCondition condition, string field)
        {
            var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.FindRelationsAsync(new RelationFilter(Now, Where: condition), PageRequest.FirstPage(), Ct));
            Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
            Assert.Equal(field, Assert.Single(e.Fields).Field);
        }
        await Refused(new MinConfidence(1.5), "minConfidence");
        await Refused(new ValidDuring(new DateOnly(2025, 2, 1), new DateOnly(2025, 1, 1)), "validDuring");
        await Refused(new TypeIn([]), "types");
        await Refused(new TypeIn(Enumerable.Range(0, QueryLimits.MaxFilterTypes + 1).Select(i => $"T{i}").ToArray()), "types");
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.FindRelationsAsync(new RelationFilter(Now, Where: new Involves(CN, ViaRoles: true)), PageRequest.FirstPage(), Ct));
    }

    [Fact]
    public void Deep_or_large_conditions_are_refused_as_given()
    {
        RelationCondition deep = new SubjectIs(CN);
        for (var i = 0; i < QueryLimits.MaxConditionDepth + 1; i++) deep = new Not(deep);
        Assert.Equal(ErrorCodes.ValidationFailed, Assert.Throws<GeoGraphException>(() => QueryLimits.Check(deep)).Code);
        var wide = new Any(Enumerable.Range(0, QueryLimits.MaxConditionSize).Select(_ => (RelationCondition)new SubjectIs(CN)).ToArray());
        Assert.Equal(ErrorCodes.ValidationFailed, Assert.Throws<GeoGraphException>(() => QueryLimits.Check(wide)).Code);
        QueryLimits.Check(new Any(wide.Terms.Skip(1).ToArray()));
    }

    /// <summary>Roles for viaRoles: Trump holds one in the US (undated), Munir one in Pakistan from May 2025, cited in a second article.</summary>
    private sealed class RoleGraph
    {
        public const string Text = "Trump is the US President. Munir became Pakistan's field marshal in May 2025. Munir met Trump in 2019.";
        public readonly Article Roles = TestArticle("Who holds which role", Text, new DateTimeOffset(2025, 10, 15, 8, 0, 0, TimeSpan.Zero));
        public readonly Relation TrumpUS = TestRelation(Trump, "HOLDS_ROLE", US, [new Qualifier("role", "President", null, null, null)]);
        public readonly Relation MunirPK = TestRelation(Munir, "HOLDS_ROLE", PK, [new Qualifier("role", "field marshal", null, null, null)],
            from: new PartialDate(new DateOnly(2025, 5, 1), DatePrecision.Month));
        /// <summary>Before Munir's role: it does not count for Pakistan.</summary>
        public readonly Relation Met2019 = TestRelation(Munir, "COMMUNICATES_WITH", Trump, [],
            from: new PartialDate(new DateOnly(2019, 1, 1), DatePrecision.Year), to: new PartialDate(new DateOnly(2019, 1, 1), DatePrecision.Year));

        public IngestionBatch Batch => new([Roles], [], [TrumpUS, MunirPK, Met2019],
        [
            Cite(TrumpUS, Roles, "Trump is the US President"),
            Cite(MunirPK, Roles, "Munir became Pakistan's field marshal in May 2025"),
            Cite(Met2019, Roles, "Munir met Trump in 2019"),
        ]);
    }

    private async Task<(IGraphStore Store, RoleGraph Roles)> RoleStoreAsync()
    {
        var store = await SeededStoreAsync();
        var roles = new RoleGraph();
        await store.ApplyAsync(roles.Batch, Ct);
        return (store, roles);
    }

    private static async Task<(string[] Ids, RoleExpansion Roles, long Count)> ViaRolesAsync(IGraphStore store, RelationCondition condition)
    {
        var filter = new RelationFilter(Now, Where: condition);
        var roles = await RoleExpansion.ReadAsync(store, filter, Ct);
        var rewritten = roles.Rewrite(filter);
        return (await RelationIdsAsync(store, rewritten, pageSize: 1), roles, await store.CountRelationsAsync(rewritten, Ct));
    }

    [Fact]
    public async Task Between_via_roles_counts_role_holders_valid_at_the_time_and_says_through_whom()
    {
        var (store, roles) = await RoleStoreAsync();

        var (ids, expansion, count) = await ViaRolesAsync(store, new Between(PK, US, ViaRoles: true));

        // Pakistan–US directly, and Munir (for Pakistan) gifting Trump (for the US); not the 2019
        // meeting, before Munir's role; the roles themselves join a country to a person, not the two.
        Assert.Equal(Ordered(Graph.RTies, Graph.RGifted), ids);
        Assert.Equal(2, count);
        var gift = expansion.Attribute(Graph.RGifted);
        Assert.Equal([(Munir, PK, roles.MunirPK.Id), (Trump, US, roles.TrumpUS.Id)], gift.Select(a => (a.HolderId, a.StandsForId, a.Role.Id)));
        Assert.Empty(expansion.Attribute(Graph.RTies));
        // Without viaRoles, only the direct relation.
        Assert.Equal([Graph.RTies.Id], await RelationIdsAsync(store, new RelationFilter(Now, Where: new Between(PK, US))));
    }

    [Fact]
    public async Task Involves_via_roles_adds_the_holders_relations_and_keeps_the_nodes_own()
    {
        var (store, roles) = await RoleStoreAsync();

        var (ids, expansion, _) = await ViaRolesAsync(store, And([new Involves(US, ViaRoles: true), new Not(new TypeIn(["HOLDS_ROLE"]))]));

        // The US's own relations, and Trump's (he holds a role in it): the tariff threat and Munir's gift.
        // The 2019 meeting involves Trump too, and his role has no dates, so it counts.
        Assert.Equal(Ordered(Graph.RImportsUS, Graph.RTies, Graph.RTariff, Graph.RGifted, roles.Met2019), ids);
        Assert.Equal([(Trump, US)], expansion.Attribute(Graph.RTariff).Select(a => (a.HolderId, a.StandsForId)));
        Assert.Empty(expansion.Attribute(Graph.RImportsUS));
    }

    [Fact]
    public async Task Via_roles_without_any_role_is_the_plain_condition()
    {
        var store = await SeededStoreAsync();
        var (ids, expansion, _) = await ViaRolesAsync(store, new Involves(PK, ViaRoles: true));
        Assert.Equal(Ordered(Graph.RAllied, Graph.RTies), ids);
        Assert.True(expansion.IsEmpty);
    }

    private static Relation TestRelation(string subject, string type, string obj, Qualifier[] qualifiers, PartialDate? from = null, PartialDate? to = null) =>
        new(Core.Ids.ContentIds.ForRelation(GeoGraph.Core.Vocabulary.RelationVocabulary.Default, type, subject, obj, qualifiers, from, to), type, subject, obj, qualifiers, from, to, 1.0, T0, Recorder);

    private static Article TestArticle(string title, string text, DateTimeOffset? publishedAt, string? publisher = "Example Wire")
    {
        var sha = Core.Ids.ContentIds.Sha256Hex(text);
        return new Article(Core.Ids.ContentIds.ForArticle(sha), title, publisher, null, publishedAt, "en", sha, text.Length, text, T0);
    }

    private static Citation Cite(Relation r, Article a, string quote, string? speaker = null)
    {
        var start = a.Text!.IndexOf(quote, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{quote}' is not in {a.Title}", nameof(quote));
        return new Citation(r.Id, a.Id, quote, start, start + quote.Length, speaker, CitationStance.Asserts, Verified: true);
    }
}
