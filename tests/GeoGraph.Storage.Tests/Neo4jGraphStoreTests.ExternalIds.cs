using GeoGraph.Core.Model;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Testing.Bolt;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Storage.Tests;

/// <summary>External ids in Neo4j: found through find_nodes_by_external_ids (the text index on externalIdText) and read back.</summary>
public sealed partial class Neo4jGraphStoreTests
{
    [Fact]
    public async Task External_ids_are_looked_up_by_key_between_separators_and_read_back_into_the_node()
    {
        await using var server = FakeBoltServer.Start();
        var china = Graph.NodeOf(CN);
        server.OnConnection(s => s.Login()
            .Expect("BEGIN", m => Assert.Equal("r", m.Extra["mode"])).Success()
            .Query(CypherStatements.Query("find_nodes_by_external_ids"), ["key", .. NodeFields], [["wikidata:Q148", .. NodeRecord(china)]],
                checkRun: m =>
                {
                    Assert.Equal(["wikidata:Q148", "wikidata:Q1"], List(m, "keys"));
                    Assert.Equal("\u0001", Params(m)["separator"]);
                })
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var found = await store.FindNodesByExternalIdsAsync(["wikidata:Q148", "wikidata:Q1", "wikidata:Q148"], Ct);
            var node = Assert.Single(found["wikidata:Q148"]);
            Assert.Equal([new ExternalId("iso3166-alpha2", "CN"), new ExternalId("iso3166-alpha3", "CHN"), new ExternalId("wikidata", "Q148")], node.ExternalIds);
            Assert.Empty(found["wikidata:Q1"]);
            Assert.Empty(await store.FindNodesByExternalIdsAsync([], Ct));
        }
        await server.VerifyAsync();
    }

    [Fact]
    public void The_schema_indexes_external_id_keys_for_exact_lookup() =>
        Assert.Contains(CypherStatements.Schema(), s => s.Contains("CREATE TEXT INDEX entity_external_id_text IF NOT EXISTS FOR (n:Entity) ON (n.externalIdText)", StringComparison.Ordinal));
}
