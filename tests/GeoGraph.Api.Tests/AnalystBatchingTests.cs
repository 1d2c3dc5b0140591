using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests;

/// <summary>No N+1 in the analysts' queries: timelines, degrees, counts and paths make a fixed number of store calls whatever their size.</summary>
public sealed class AnalystBatchingTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    private readonly GraphQLClient _client = api.CreateGraphQLClient();

    private async Task<Dictionary<string, int>> CallsAsync(string query, object? variables = null)
    {
        api.Store.Reset();
        await _client.DataAsync(query, variables);
        return new Dictionary<string, int>(api.Store.Calls);
    }

    private static string Describe(Dictionary<string, int> calls) =>
        string.Join(", ", calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}×{c.Value}"));

    [Fact]
    public async Task A_timeline_page_with_nodes_and_citations_takes_the_same_calls_whatever_its_size()
    {
        const string query = """
            query($first: Int) { timeline(id: "country:CN", first: $first) { totalCount edges { node { date relation {
              subject { id name } object { name } citations { quote speaker { name } article { title } } } } } } }
            """;
        var two = await CallsAsync(query, new { first = 2 });
        var fifteen = await CallsAsync(query, new { first = 15 });

        // Nodes: the id checked, then one batch per level (subjects and objects, then speakers).
        Assert.Equal("CountTimelineAsync×1, FindTimelineAsync×1, GetArticlesAsync×1, GetCitationsAsync×1, GetNodesAsync×3", Describe(fifteen));
        // The first two entries quote no speaker: that level is not even reached.
        Assert.True(two.All(c => c.Value <= fifteen[c.Key]), Describe(two));
    }

    [Fact]
    public async Task Degrees_of_a_page_of_nodes_take_one_store_call_per_distinct_arguments()
    {
        const string query = """
            query($first: Int) { entities(first: $first) { edges { node { id degree out: degree(direction: OUT) also: degree
              ... on Entity { cn: degree(types: ["ALLIED_WITH", "ASSURES"]) same: degree(types: ["ASSURES", "ALLIED_WITH"]) } } } } }
            """;
        var three = await CallsAsync(query, new { first = 3 });
        var thirty = await CallsAsync(query, new { first = 30 });

        Assert.Equal(Describe(three), Describe(thirty));
        // BOTH (asked twice), OUT, and the two types in either order: three store calls.
        Assert.Equal(3, thirty["CountDegreesAsync"]);
    }

    [Fact]
    public async Task Relation_counts_and_paths_take_a_fixed_number_of_calls()
    {
        var counts = await CallsAsync("""
            { relationCounts(groupBy: [SUBJECT, OBJECT], first: 500) { key { subject { id name } object { id name } } count } }
            """);
        Assert.Equal("CountRelationsByAsync×1, GetNodesAsync×1", Describe(counts));

        const string paths = """
            query($k: Int) { paths(from: "country:PK", to: "event:cn-rare-earth-export-controls-2025-10", k: $k, maxHops: 4) {
              nodes { name } relations { subject { name } citations { quote article { title } } } } }
            """;
        var one = await CallsAsync(paths, new { k = 1 });
        var ten = await CallsAsync(paths, new { k = 10 });
        Assert.True(ten.Values.Sum() <= one.Values.Sum() + 2, $"k 1: {Describe(one)}; k 10: {Describe(ten)}");
        Assert.True(ten["ExpandLinksAsync"] <= 4, Describe(ten));
    }
}
