using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

/// <summary>
/// mergeEntities: one entity recorded twice becomes one. Every relation naming the merged entity
/// moves (ids recomputed by Core, relations that then coincide merged with every citation), its
/// names become aliases of the survivor, its id keeps resolving, and a refused merge changes nothing.
/// </summary>
public abstract partial class GraphStoreContract
{
    private const string TrumpTwice = "person:trump";

    /// <summary>
    /// The contract graph plus "Trump", the same person recorded under a second id: he threatens the
    /// same tariff (coinciding with the graph's after the merge, in another article), is questioned
    /// by Lin Jian, speaks a citation, and is named as a qualifier's entity.
    /// </summary>
    private async Task<(IGraphStore Store, Relation Threat, Relation Questioned, Relation Named)> StoreWithTrumpTwiceAsync()
    {
        var store = await SeededStoreAsync();
        var trump = new Node(TrumpTwice, NodeKind.Person, "Trump", ["The Donald"], "Recorded twice by mistake.", T1);
        var threat = Rel(TrumpTwice, "THREATENS_TARIFF", CN, [new Qualifier("rate", "100", 100, "percent", null)],
            from: Graph.RTariff.ValidFrom, confidence: Graph.RTariff.Confidence) with { RecordedAt = T1 };
        var questioned = Rel(LinJian, "QUESTIONS", TrumpTwice, []) with { RecordedAt = T1 };
        var named = Rel(CN, "EXPORTS_TO", US, [new Qualifier("buyer", TrumpTwice, null, null, TrumpTwice)]) with { RecordedAt = T1 };
        Citation Cite(Relation r, int start, string? speaker = null) =>
            new(r.Id, Graph.Chain.Id, "quoted", start, start + 6, speaker, CitationStance.Reports, false);
        await store.ApplyAsync(new IngestionBatch([], [trump], [threat, questioned, named],
            [Cite(threat, 0), Cite(questioned, 10), Cite(named, 20), Cite(Graph.RAllied, 30, speaker: TrumpTwice)]), Ct);
        return (store, threat, questioned, named);
    }

    [Fact]
    public async Task Merging_an_entity_moves_its_relations_names_and_citations_and_leaves_its_id_resolving()
    {
        var (store, threat, questioned, named) = await StoreWithTrumpTwiceAsync();
        var tariffCitations = (await store.GetCitationsAsync([Graph.RTariff.Id], Ct))[Graph.RTariff.Id].Count();

        var result = await store.MergeEntitiesAsync(new EntityMergeRequest(TrumpTwice, Trump, "admin", T1.AddDays(1)), Ct);

        // The survivor keeps its name and gains the merged one's name and aliases.
        Assert.Equal(Trump, result.Into.Id);
        Assert.Equal("Donald Trump", result.Into.Name);
        Assert.Contains("Trump", result.Into.Aliases);
        Assert.Contains("The Donald", result.Into.Aliases);
        // Its id answers the survivor, which says what was merged into it.
        var byOldId = await store.GetNodesAsync([TrumpTwice, Trump], Ct);
        Assert.Equal(StoreSnapshot.Describe(byOldId[Trump]), StoreSnapshot.Describe(byOldId[TrumpTwice]));
        Assert.Equal([TrumpTwice], (await store.GetMergedIdsAsync([Trump], Ct))[Trump]);

        // The threat coincides with the graph's own: one relation, every citation.
        var moves = result.RelationsMoved.ToDictionary(m => m.FormerId);
        Assert.Equal(new RelationMove(threat.Id, Graph.RTariff.Id, Merged: true), moves[threat.Id]);
        Assert.Equal(tariffCitations + 1, (await store.GetCitationsAsync([Graph.RTariff.Id], Ct))[Graph.RTariff.Id].Count());
        Assert.Equal(Graph.RTariff.Id, (await store.GetRelationsAsync([threat.Id], Ct))[threat.Id].Id);
        // Lin Jian now questions Donald Trump; a qualifier that named "Trump" names Donald Trump.
        var nowQuestioned = (await store.GetRelationsAsync([questioned.Id], Ct))[questioned.Id];
        Assert.Equal((LinJian, Trump), (nowQuestioned.SubjectId, nowQuestioned.ObjectId));
        Assert.False(moves[questioned.Id].Merged);
        Assert.Equal(Trump, Assert.Single((await store.GetRelationsAsync([named.Id], Ct))[named.Id].Qualifiers).EntityId);
        // A citation he spoke is spoken by the survivor.
        Assert.Contains((await store.GetCitationsAsync([Graph.RAllied.Id], Ct))[Graph.RAllied.Id], c => c.SpeakerId == Trump);

        // Nothing names the merged id any more; every relation of Donald Trump is found from him.
        var involving = await RelationIdsAsync(store, new RelationFilter(Now, InvolvesId: Trump, IncludeRetracted: true));
        Assert.Contains(nowQuestioned.Id, involving);
        Assert.Empty(await RelationIdsAsync(store, new RelationFilter(Now, InvolvesId: TrumpTwice, IncludeRetracted: true)));
        // A traversal asked from the merged id starts from the survivor.
        var around = await store.GetNeighborhoodAsync(new NeighborhoodQuery(TrumpTwice, 1, 50, new TraversalFilter(Now)), Ct);
        Assert.Equal(Trump, around!.Nodes[0].Id);
        Assert.Contains(around.Relations, r => r.Id == nowQuestioned.Id);

        // The change log says what happened, at the merge's time.
        var changes = (await ChangesAsync(store, pageSize: 500)).Where(c => c.Kind is ChangeKind.EntityMerged or ChangeKind.RelationIdChanged).ToArray();
        Assert.Equal((ChangeKind.EntityMerged, Trump, TrumpTwice), (changes[0].Kind, changes[0].EntityId, changes[0].FormerId));
        Assert.Equal(result.RelationsMoved.Select(m => (m.FormerId, m.Id)).Order(),
            changes.Skip(1).Select(c => (c.FormerId!, c.RelationId!)).Order());
        Assert.All(changes, c => Assert.Equal(T1.AddDays(1), c.At));
    }

    [Fact]
    public async Task A_refused_merge_says_why_and_changes_nothing()
    {
        var (store, _, _, _) = await StoreWithTrumpTwiceAsync();
        var before = await StoreSnapshot.TakeAsync(store, Ct);

        async Task Refused(string from, string into, string code, string field)
        {
            var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.MergeEntitiesAsync(new EntityMergeRequest(from, into, "admin", T1), Ct));
            Assert.Equal((code, field), (e.Code, e.Fields[0].Field));
        }

        await Refused(Trump, Trump, ErrorCodes.ValidationFailed, "into");
        await Refused("person:nobody", Trump, ErrorCodes.NotFound, "from");
        await Refused(TrumpTwice, "person:nobody", ErrorCodes.NotFound, "into");
        await Refused(TrumpTwice, CN, ErrorCodes.ValidationFailed, "into");
        await Refused(GiftClaim, LinkClaim, ErrorCodes.ValidationFailed, "from");
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store, Ct));
    }

    [Fact]
    public async Task A_merged_id_leads_to_its_survivor_however_often_entities_merge_after()
    {
        var (store, _, questioned, _) = await StoreWithTrumpTwiceAsync();
        await store.MergeEntitiesAsync(new EntityMergeRequest(TrumpTwice, Trump, "admin", T1), Ct);

        // Merging it again is refused, naming where it went; merging into it lands on the survivor.
        var again = await Assert.ThrowsAsync<GeoGraphException>(() => store.MergeEntitiesAsync(new EntityMergeRequest(TrumpTwice, Munir, "admin", T1), Ct));
        Assert.Contains($"already merged into '{Trump}'", again.Message);
        var intoMerged = await store.MergeEntitiesAsync(new EntityMergeRequest(Munir, TrumpTwice, "admin", T1), Ct);
        Assert.Equal(Trump, intoMerged.Into.Id);

        // The survivor merged in turn: both former ids lead (one hop) to the last survivor.
        await store.MergeEntitiesAsync(new EntityMergeRequest(Trump, LinJian, "admin", T1), Ct);
        var nodes = await store.GetNodesAsync([TrumpTwice, Trump, Munir], Ct);
        Assert.All(nodes.Values, n => Assert.Equal(LinJian, n.Id));
        Assert.Equal([Munir, Trump, TrumpTwice], (await store.GetMergedIdsAsync([LinJian], Ct))[LinJian]);
        // Lin Jian questioning Trump is now Lin Jian questioning himself: kept, with its citation.
        var self = (await store.GetRelationsAsync([questioned.Id], Ct))[questioned.Id];
        Assert.Equal((LinJian, LinJian), (self.SubjectId, self.ObjectId));
        Assert.Single((await store.GetCitationsAsync([self.Id], Ct))[self.Id]);
    }
}

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Merging_moves_external_ids_to_the_survivor_which_keeps_its_own_of_a_shared_scheme()
    {
        var (store, _, _, _) = await StoreWithTrumpTwiceAsync();
        var twice = (await store.GetNodesAsync([TrumpTwice], Ct))[TrumpTwice] with
        {
            ExternalIds = [new ExternalId("geonames", "1234567"), new ExternalId("wikidata", "Q99999")],
        };
        var survivor = (await store.GetNodesAsync([Trump], Ct))[Trump] with { ExternalIds = [new ExternalId("wikidata", "Q22686")] };
        await store.ApplyAsync(IngestionBatch.OfNodes([twice, survivor], NodeWrite.Replace), Ct);

        var result = await store.MergeEntitiesAsync(new EntityMergeRequest(TrumpTwice, Trump, "admin", T1.AddDays(1)), Ct);

        Assert.Equal([new ExternalId("geonames", "1234567"), new ExternalId("wikidata", "Q22686")], result.Into.ExternalIds);
        Assert.Equal([new ExternalId("geonames", "1234567")], result.ExternalIdsAdded);
        Assert.Equal(["Trump", "The Donald"], result.AliasesAdded);
        Assert.Equal(result.Into.ExternalIds, (await store.GetNodesAsync([Trump], Ct))[Trump].ExternalIds);
        var found = await store.FindNodesByExternalIdsAsync(["geonames:1234567", "wikidata:Q22686", "wikidata:Q99999"], Ct);
        Assert.Equal(Trump, Assert.Single(found["geonames:1234567"]).Id);
        Assert.Equal(Trump, Assert.Single(found["wikidata:Q22686"]).Id);
        Assert.Empty(found["wikidata:Q99999"]);
    }
}
