using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

public abstract partial class GraphStoreContract
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(500)]
    public async Task Paging_relations_to_the_end_returns_each_visible_relation_once_in_id_order(int pageSize)
    {
        var store = await SeededStoreAsync();
        var items = await RelationsAsync(store, new RelationFilter(Now), pageSize);
        Assert.Equal(Graph.VisibleRelationIds, items.Select(i => i.Item.Id));
        Assert.All(items, i => Assert.Equal(new PageKey(0, i.Item.Id), i.Key));
        Assert.Equal(Graph.VisibleRelationIds.Length, await store.CountRelationsAsync(new RelationFilter(Now), Ct));
    }

    public static TheoryData<string, string[]> SingleFilters => new()
    {
        { "type", [Named.RImportsUS.Id, Named.RImportsIN.Id, Named.RImportsEU.Id] },
        { "subject", [Named.RImposes.Id, Named.RMiningShare.Id, Named.RAllied.Id, Named.RDeniesLink.Id] },
        { "object", [Named.RImposes.Id, Named.RMiningShare.Id, Named.RImportsUS.Id, Named.RImportsIN.Id, Named.RImportsEU.Id] },
        { "involves", [Named.RAllied.Id, Named.RTies.Id] },
        { "article-tariffs", [Named.RTariff.Id] },
        { "article-rare-earths", [Named.RMiningShare.Id, Named.RImportsUS.Id, Named.RImportsIN.Id, Named.RImportsEU.Id, Named.RShipment.Id] },
        { "article-chain", [Named.RAB.Id, Named.RBC.Id, Named.RCD.Id, Named.RAE.Id, Named.REC.Id] },
        { "type-and-involves", [Named.RImportsUS.Id] },
        { "subject-and-object", [Named.RImposes.Id, Named.RMiningShare.Id] },
        { "subject-object-type", [Named.RMiningShare.Id] },
        { "article-subject-validAt", [Named.RImposes.Id, Named.RAllied.Id, Named.RDeniesLink.Id] },
        { "involves-nothing", [] },
    };

    /// <summary>Relation ids by name, for theory data (which must be static).</summary>
    private static readonly ContractGraph Named = new();

    private RelationFilter NamedFilter(string name) => name switch
    {
        "type" => new(Now, Type: "IMPORTS"),
        "subject" => new(Now, SubjectId: CN),
        "object" => new(Now, ObjectId: RareEarths),
        "involves" => new(Now, InvolvesId: PK),
        "article-tariffs" => new(Now, ArticleId: Graph.Tariffs.Id),
        "article-rare-earths" => new(Now, ArticleId: Graph.RareEarthsArticle.Id),
        "article-chain" => new(Now, ArticleId: Graph.Chain.Id),
        "type-and-involves" => new(Now, Type: "IMPORTS", InvolvesId: US),
        "subject-and-object" => new(Now, SubjectId: CN, ObjectId: RareEarths),
        "subject-object-type" => new(Now, Type: "CONTROLS_SHARE_OF", SubjectId: CN, ObjectId: RareEarths),
        "article-subject-validAt" => new(Now, SubjectId: CN, ArticleId: Graph.Beijing.Id, ValidAt: new DateOnly(2025, 10, 8)),
        "involves-nothing" => new(Now, InvolvesId: "country:ZZ"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Theory]
    [MemberData(nameof(SingleFilters))]
    public async Task Relation_filters_alone_and_combined_select_exactly_the_matching_relations(string filter, string[] expected)
    {
        var store = await SeededStoreAsync();
        var f = NamedFilter(filter);
        Assert.Equal(Ordered(expected), await RelationIdsAsync(store, f, 2));
        Assert.Equal(expected.Length, await store.CountRelationsAsync(f, Ct));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(500)]
    public async Task Involves_pages_both_sides_in_id_order_with_a_self_loop_once(int pageSize)
    {
        var store = await SeededStoreAsync();
        var g = Graph;
        var loop = new Relation("rel:00000000000000c1", "COOPERATES_WITH", C, C, [], null, null, 1, T1, Recorder);
        await store.ApplyAsync(new([], [], [loop], []), Ct);

        // C is the object of B–C and E–C, the subject of C–D, and both ends of the loop.
        string[] all = Ordered(g.RBC, g.RCD, g.REC, loop);
        Assert.Equal(all, await RelationIdsAsync(store, new RelationFilter(Now, InvolvesId: C), pageSize));
        Assert.Equal(4, await store.CountRelationsAsync(new RelationFilter(Now, InvolvesId: C), Ct));

        // Before T1 neither C–D nor the loop was recorded; other filters apply to both sides.
        var early = new RelationFilter(InvolvesId: C, KnownAt: T0.AddHours(1));
        Assert.Equal(Ordered(g.RBC, g.REC), await RelationIdsAsync(store, early, pageSize));
        Assert.Equal(2, await store.CountRelationsAsync(early, Ct));
        Assert.Equal([g.REC.Id], await RelationIdsAsync(store, new RelationFilter(Now, Type: "ALLIED_WITH", InvolvesId: C), pageSize));
        Assert.Equal([g.RCD.Id], await RelationIdsAsync(store, new RelationFilter(Now, InvolvesId: C, ObjectId: D), pageSize));

        // A–D is retracted: hidden unless asked for.
        Assert.Equal(Ordered(g.RAB, g.RAE), await RelationIdsAsync(store, new RelationFilter(Now, InvolvesId: A), pageSize));
        Assert.Equal(Ordered(g.RAB, g.RAE, g.RAD), await RelationIdsAsync(store, new RelationFilter(Now, InvolvesId: A, IncludeRetracted: true), pageSize));
        Assert.Equal(2, await store.CountRelationsAsync(new RelationFilter(Now, InvolvesId: D, IncludeRetracted: true), Ct));
    }

    [Theory]
    // Week precision: from the Monday 2025-10-06; to the week of 2025-10-06, i.e. through Sunday 2025-10-12.
    [InlineData("RImposes", "2025-10-05", false)]
    [InlineData("RImposes", "2025-10-06", true)]
    [InlineData("RAllied", "2025-10-12", true)]
    [InlineData("RAllied", "2025-10-13", false)]
    // Day precision.
    [InlineData("RAllied", "2015-04-19", false)]
    [InlineData("RAllied", "2015-04-20", true)]
    // Month precision: from October 2025; from June through September 2025.
    [InlineData("RTariff", "2025-09-30", false)]
    [InlineData("RTariff", "2025-10-01", true)]
    [InlineData("RTies", "2025-05-31", false)]
    [InlineData("RTies", "2025-06-01", true)]
    [InlineData("RTies", "2025-09-30", true)]
    [InlineData("RTies", "2025-10-01", false)]
    // Year precision: from 2025 to 2025 is the whole of 2025.
    [InlineData("RMiningShare", "2024-12-31", false)]
    [InlineData("RMiningShare", "2025-01-01", true)]
    [InlineData("RMiningShare", "2025-12-31", true)]
    [InlineData("RMiningShare", "2026-01-01", false)]
    [InlineData("RBC", "2020-12-31", true)]
    [InlineData("RBC", "2021-01-01", false)]
    // Open ends are unbounded.
    [InlineData("RImportsUS", "0001-01-01", true)]
    [InlineData("RImportsUS", "9999-12-31", true)]
    [InlineData("RTariff", "9999-12-31", true)]
    [InlineData("RBC", "0001-01-01", true)]
    public async Task ValidAt_includes_whole_periods_of_each_precision(string relation, string date, bool valid)
    {
        var store = await SeededStoreAsync();
        var r = (Relation)typeof(ContractGraph).GetProperty(relation)!.GetValue(Graph)!;
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var ids = await RelationIdsAsync(store, new RelationFilter(Now, ValidAt: day));
        Assert.Equal(valid, ids.Contains(r.Id));
        Assert.Equal(valid ? 1 : 0, await store.CountRelationsAsync(new RelationFilter(Now, SubjectId: r.SubjectId, ObjectId: r.ObjectId, Type: r.Type, ValidAt: day), Ct));
    }

    [Fact]
    public async Task ValidAt_lists_exactly_the_relations_true_on_that_day()
    {
        var store = await SeededStoreAsync();
        var g = Graph;
        Assert.Equal(
            Ordered(g.RImposes, g.RTariff, g.RMiningShare, g.RImportsUS, g.RImportsIN, g.RImportsEU, g.RRole, g.RGifted, g.RAsserts, g.RDenies,
                g.RDeniesLink, g.RShipment, g.RAB, g.RCD, g.RAE, g.REC),
            await RelationIdsAsync(store, new RelationFilter(Now, ValidAt: new DateOnly(2025, 10, 14))));
    }

    [Fact]
    public async Task KnownAt_shows_the_graph_as_recorded_then()
    {
        var store = await SeededStoreAsync();
        var g = Graph;

        Assert.Empty(await RelationIdsAsync(store, new RelationFilter(KnownAt: T0.AddTicks(-1))));
        Assert.Equal(0, await store.CountRelationsAsync(new RelationFilter(KnownAt: T0.AddSeconds(-1)), Ct));

        // Recorded at T0: everything but C–D, including what was retracted later.
        var atT0 = Ordered(g.Relations.Where(r => r != g.RCD).Select(r => r.Id));
        Assert.Equal(atT0, await RelationIdsAsync(store, new RelationFilter(KnownAt: T0)));
        // Same instant in another offset.
        Assert.Equal(atT0, await RelationIdsAsync(store, new RelationFilter(KnownAt: T0.ToOffset(TimeSpan.FromHours(-7)))));

        var justBeforeRetraction = Ordered(g.Relations.Select(r => r.Id));
        Assert.Equal(justBeforeRetraction, await RelationIdsAsync(store, new RelationFilter(KnownAt: TRetract.AddTicks(-1))));

        // From the retraction on, retracted relations are hidden unless asked for.
        Assert.Equal(g.VisibleRelationIds, await RelationIdsAsync(store, new RelationFilter(KnownAt: TRetract)));
        Assert.Equal(g.VisibleRelationIds, await RelationIdsAsync(store, new RelationFilter(Now)));
        Assert.Equal(justBeforeRetraction, await RelationIdsAsync(store, new RelationFilter(Now, IncludeRetracted: true)));
        Assert.Equal(justBeforeRetraction.Length, await store.CountRelationsAsync(new RelationFilter(Now, IncludeRetracted: true), Ct));
        Assert.Equal(Ordered(g.RDeniesLink, g.RSpeculates),
            await RelationIdsAsync(store, new RelationFilter(Now, ObjectId: LinkClaim, IncludeRetracted: true)));

        // includeRetracted still respects knownAt for recording.
        Assert.DoesNotContain(g.RCD.Id, await RelationIdsAsync(store, new RelationFilter(KnownAt: T0, IncludeRetracted: true)));
    }

    [Fact]
    public async Task Retracting_marks_a_relation_once_and_never_deletes_it()
    {
        var store = await SeededStoreAsync();
        var at = new DateTimeOffset(2025, 11, 1, 9, 30, 0, TimeSpan.FromHours(1));

        var (outcome, retracted) = await store.RetractRelationAsync(Graph.RTariff.Id, "misattributed", "editor@example", at, Ct);
        Assert.Equal(RetractOutcome.Retracted, outcome);
        AssertSameRelation(Graph.RTariff with { RetractedAt = at, RetractedBy = "editor@example", RetractReason = "misattributed" }, retracted);

        // A second retraction changes nothing and returns the relation as it was retracted.
        var again = await store.RetractRelationAsync(Graph.RTariff.Id, "other reason", "someone-else", at.AddDays(1), Ct);
        Assert.Equal(RetractOutcome.AlreadyRetracted, again.Outcome);
        AssertSameRelation(retracted!, again.Relation);
        AssertSameRelation(retracted!, (await store.GetRelationsAsync([Graph.RTariff.Id], Ct))[Graph.RTariff.Id]);

        Assert.Equal(new RetractResult(RetractOutcome.NotFound, null), await store.RetractRelationAsync("rel:0000000000000000", "x", "y", at, Ct));

        Assert.DoesNotContain(Graph.RTariff.Id, await RelationIdsAsync(store, new RelationFilter(Now)));
        Assert.Contains(Graph.RTariff.Id, await RelationIdsAsync(store, new RelationFilter(Now, IncludeRetracted: true)));
        Assert.Contains(Graph.RTariff.Id, await RelationIdsAsync(store, new RelationFilter(KnownAt: at.AddTicks(-1))));
        Assert.Single((await store.GetCitationsAsync([Graph.RTariff.Id], Ct))[Graph.RTariff.Id]);
    }
}
