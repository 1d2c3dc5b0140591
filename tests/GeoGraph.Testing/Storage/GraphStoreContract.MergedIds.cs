using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

/// <summary>
/// Ids merged away stay merged (Core's EntityMerges.CheckNotMergedAway): a write that would
/// re-create one, and so shadow its redirect, is refused naming the survivor. And entities(search:)
/// finds an entity by an external id it holds (Core's ExternalIdSchemes.KeysSearched), ranked first.
/// </summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Writing_a_merged_id_again_is_refused_naming_the_survivor_and_changes_nothing()
    {
        var (store, _, _, _) = await StoreWithTrumpTwiceAsync();
        await store.MergeEntitiesAsync(new EntityMergeRequest(TrumpTwice, Trump, "admin", T1), Ct);
        var before = await StoreSnapshot.TakeAsync(store, Ct);
        var recreated = new Node(TrumpTwice, NodeKind.Person, "Trump", [], null, T1.AddDays(2));

        foreach (var mode in new[] { NodeWrite.Replace, NodeWrite.Merge })
        {
            var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.ApplyAsync(IngestionBatch.OfNodes([recreated], mode), Ct));
            Assert.Equal((ErrorCodes.ValidationFailed, "id"), (e.Code, Assert.Single(e.Fields).Field));
            Assert.Contains($"'{TrumpTwice}' was merged into '{Trump}'", e.Message);
        }

        Assert.Equal(before, await StoreSnapshot.TakeAsync(store, Ct));
        Assert.Equal(Trump, (await store.GetNodesAsync([TrumpTwice], Ct))[TrumpTwice].Id);
    }

    [Fact]
    public async Task A_batch_naming_an_id_merged_while_it_was_prepared_is_refused_and_changes_nothing()
    {
        // An ingestion resolved its ids, then a merge committed before it wrote: what it names is gone.
        var (store, _, _, _) = await StoreWithTrumpTwiceAsync();
        await store.MergeEntitiesAsync(new EntityMergeRequest(TrumpTwice, Trump, "admin", T1), Ct);
        var before = await StoreSnapshot.TakeAsync(store, Ct);
        var late = Rel(TrumpTwice, "CRITICIZES", PK, []) with { RecordedAt = T1 };

        var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.ApplyAsync(
            new IngestionBatch([], [], [late], [new Citation(late.Id, Graph.Chain.Id, "quoted", 40, 46, null, CitationStance.Reports, false)]), Ct));

        Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store, Ct));
    }

    [Fact]
    public async Task Entities_are_found_by_an_external_id_they_hold_ranked_with_exact_names_before_prefixes()
    {
        var store = await SeededStoreAsync();
        // A prefix match for "chn", which China's alpha-3 code outranks.
        await store.ApplyAsync(IngestionBatch.OfNodes([new Node("org:chn-watch", NodeKind.Organization, "CHN Watch", [], null, T1)]), Ct);

        async Task<(string Id, int Rank)[]> Search(string search, NodeKind? kind = null) =>
            [.. (await store.FindNodesAsync(new NodeFilter(kind, search), PageRequest.FirstPage(), Ct)).Items.Select(i => (i.Item.Id, i.Key.Rank))];

        Assert.Equal([(CN, 0)], await Search("Q148"));
        Assert.Equal([(CN, 0)], await Search(" q148 "));
        Assert.Equal([(CN, 0)], await Search("wikidata:Q148"));
        Assert.Equal([(CN, 0), ("org:chn-watch", 1)], await Search("CHN"));
        Assert.Equal([("org:chn-watch", 1)], await Search("chn", NodeKind.Organization));
        Assert.Equal([(EU, 0)], await Search("Q458"));
        Assert.Empty(await Search("Q14"));
        Assert.Equal(2, await store.CountNodesAsync(new NodeFilter(null, "chn"), Ct));
        Assert.Equal(1, await store.CountNodesAsync(new NodeFilter(null, "Q148"), Ct));

        // Paging goes from the external-id match to the prefix match.
        var first = await store.FindNodesAsync(new NodeFilter(null, "chn"), PageRequest.FirstPage(1), Ct);
        Assert.True(first.HasNextPage);
        var second = await store.FindNodesAsync(new NodeFilter(null, "chn"), new PageRequest(1, first.Items[^1].Key), Ct);
        Assert.Equal(["org:chn-watch"], second.Items.Select(i => i.Item.Id));
    }
}
