using GeoGraph.Api.Tests.Support;
using GeoGraph.Core.Synthetic;

namespace GeoGraph.Api.Tests;

/// <summary>
/// Bolt round trips per query of bench/run.sh's mix, for the Neo4j store the harness cannot reach
/// here. The Neo4j store's fake-server test (<c>Neo4jGraphStoreTests.Every_read_is_one_transaction_with_one_statement_whatever_it_asks_for</c>)
/// proves every store read is one Bolt transaction with one RUN; so a query's RUNs are its store
/// calls, counted here on the synthetic graph at S = 1, and printed (bench/results.md quotes them).
/// </summary>
public sealed class BenchMixRoundTripsTests
{
    // The mix's queries as bench/mix.py sends them.
    private const string EntityRelations = """
        query EntityRelations($id: ID!) {
          entity(id: $id) { id kind name ... on Entity { aliases } }
          relations(where: {involves: $id}, first: 20) {
            edges { node {
              id type subject { id name } object { id name } qualifiers { key value } validFrom confidence
              citations { quote start end stance article { id title publishedAt } } } } }
        }
        """;

    private const string RelationsFiltered = "query($type: String!, $id: ID!, $day: Date!) { relations(where: {type: $type, involves: $id, validAt: $day}, first: 50) "
        + "{ edges { node { id type subject { id name } object { id name } validFrom validTo confidence } } } }";

    private const string Neighborhood = "query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id kind name } relations { id type subject { id } object { id } } } }";

    private const string ShortestPath = "query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 4) { length nodes { id name } relations { id type } } }";

    private const string EntitySearch = "query($s: String!) { entities(search: $s, first: 20) { edges { node { id kind name } } } }";

    [Fact]
    public async Task Every_query_of_the_bench_mix_takes_a_small_fixed_number_of_store_calls()
    {
        await using var api = new GeoGraphApiFactory();
        var client = api.CreateGraphQLClient();
        var chunks = SyntheticGraph.Chunks(SyntheticGraphOptions.ForScale(1)).ToList();
        foreach (var batch in SyntheticGraph.Generate(SyntheticGraphOptions.ForScale(1)))
            await api.Store.ApplyAsync(batch, TestContext.Current.CancellationToken);
        // A far end for the path: the last person that takes part in some relation (a leaf, far from the hubs).
        var person = chunks.SelectMany(c => c.Relations).Select(r => r.ObjectId).Where(id => id.StartsWith("person:", StringComparison.Ordinal)).Max(StringComparer.Ordinal)!;

        var mix = new (string Name, string Query, object Variables, int Bound)[]
        {
            ("entity-relations", EntityRelations, new { id = "country:CN" }, 6),
            ("relations-filtered", RelationsFiltered, new { type = "DEVELOPS_TIES_WITH", id = "country:US", day = "2020-06-01" }, 3),
            // 8 (was 5: one expand of each level): the bounded neighbourhood reads a level a page per
            // chunk of its frontier (4 nodes first, chunks doubling), so at S = 1 the second level
            // takes four page calls: more round trips, but not 4,000 relations read for the 50 nodes
            // a level still needs. It then asks for the relations between the expanded nodes and the
            // answer's in one call. Calls grow with the answer, not the degrees. The relations'
            // subject and object are among the answer's nodes, read once (the node loader is primed
            // with them), so no third node read.
            ("neighborhood-hub", Neighborhood, new { id = "country:US" }, 8),
            ("shortest-path", ShortestPath, new { from = "country:CN", to = person }, 10),
            ("entity-search", EntitySearch, new { s = "ova" }, 2),
        };
        var report = new List<string>();
        var over = false;
        foreach (var (name, query, variables, bound) in mix)
        {
            api.Store.Reset();
            var data = await client.DataAsync(query, variables);
            Assert.NotNull(data.AsObject().Last().Value); // an answer, not a miss
            var calls = api.Store.Calls.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
            report.Add($"{name}: {api.Store.TotalCalls} store calls = Bolt RUNs ({string.Join(", ", calls.Select(c => $"{c.Key}×{c.Value}"))})");
            over |= api.Store.TotalCalls > bound;
        }
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", report));
        Assert.False(over, string.Join("\n", report));
    }
}
