using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

/// <summary>External ids: stored with the node, found by exact "scheme:id", merged and replaced as Core's NodeWrites says.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task External_ids_round_trip_with_the_node_and_listings()
    {
        var store = await SeededStoreAsync();

        Assert.Equal(Graph.NodeOf(CN).ExternalIds, (await store.GetNodesAsync([CN], Ct))[CN].ExternalIds);
        Assert.Empty((await store.GetNodesAsync([PK], Ct))[PK].ExternalIds);
        var listed = await store.FindNodesAsync(new NodeFilter(NodeKind.Organization, "European Union"), PageRequest.FirstPage(), Ct);
        Assert.Equal([new ExternalId("wikidata", "Q458")], listed.Items.Single(i => i.Item.Id == EU).Item.ExternalIds);
    }

    [Fact]
    public async Task Entities_are_found_by_an_exact_external_id_and_by_nothing_else()
    {
        var store = await SeededStoreAsync();

        var found = await store.FindNodesByExternalIdsAsync(["wikidata:Q148", "iso3166-alpha3:CHN", "wikidata:Q458", "wikidata:Q14", "wikidata:q148", "Q148", "iso3166-alpha2:C"], Ct);

        Assert.Equal(CN, Assert.Single(found["wikidata:Q148"]).Id);
        Assert.Equal(CN, Assert.Single(found["iso3166-alpha3:CHN"]).Id);
        Assert.Equal(EU, Assert.Single(found["wikidata:Q458"]).Id);
        Assert.Equal(Graph.NodeOf(EU).Name, found["wikidata:Q458"].Single().Name);
        Assert.Equal(3, found.Count);
        Assert.Empty(await store.FindNodesByExternalIdsAsync([], Ct));
    }

    [Fact]
    public async Task Merge_adds_external_ids_of_new_schemes_and_Replace_sets_exactly_those_given()
    {
        var store = await SeededStoreAsync();
        var eu = Graph.NodeOf(EU);

        // Merge: a new scheme is added, a stored one is never replaced.
        var merged = eu with { ExternalIds = [new ExternalId("lei", "549300DTUYXVMJXZNY75"), new ExternalId("wikidata", "Q1")] };
        Assert.Equal(new ApplyResult(0, 0, 0, 1, 0, 0), await store.ApplyAsync(IngestionBatch.OfNodes([merged], NodeWrite.Merge), Ct));
        Assert.Equal([new ExternalId("lei", "549300DTUYXVMJXZNY75"), new ExternalId("wikidata", "Q458")], (await store.GetNodesAsync([EU], Ct))[EU].ExternalIds);
        Assert.Equal(EU, Assert.Single((await store.FindNodesByExternalIdsAsync(["lei:549300DTUYXVMJXZNY75"], Ct))["lei:549300DTUYXVMJXZNY75"]).Id);
        Assert.Empty(await store.FindNodesByExternalIdsAsync(["wikidata:Q1"], Ct));

        // Replace: exactly the ids given; the old keys no longer find it.
        var replaced = eu with { ExternalIds = [new ExternalId("wikidata", "Q1")] };
        Assert.Equal(new ApplyResult(0, 0, 0, 1, 0, 0), await store.ApplyAsync(IngestionBatch.OfNodes([replaced], NodeWrite.Replace), Ct));
        Assert.Equal([new ExternalId("wikidata", "Q1")], (await store.GetNodesAsync([EU], Ct))[EU].ExternalIds);
        Assert.Empty(await store.FindNodesByExternalIdsAsync(["wikidata:Q458", "lei:549300DTUYXVMJXZNY75"], Ct));
        Assert.Equal(EU, Assert.Single((await store.FindNodesByExternalIdsAsync(["wikidata:Q1"], Ct))["wikidata:Q1"]).Id);

        // The same ids again change nothing.
        Assert.Equal(new ApplyResult(0, 0, 0, 0, 0, 0), await store.ApplyAsync(IngestionBatch.OfNodes([replaced], NodeWrite.Replace), Ct));
    }
}
