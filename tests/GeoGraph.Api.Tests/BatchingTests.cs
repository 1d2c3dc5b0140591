using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests;

/// <summary>No N+1: following subjects, objects, qualifier entities and citations costs a fixed number of store calls, whatever the page size.</summary>
public sealed class BatchingTests
{
    [Fact]
    public async Task Fifty_relations_with_their_nodes_and_citations_take_as_few_store_calls_as_five()
    {
        await using var api = new GeoGraphApiFactory();
        var client = api.CreateGraphQLClient();
        await client.DataAsync(Queries.IngestArticle, SyntheticArticle.Generate(60, "batching").ToVariables());

        var (fiftyCalls, fifty) = await CountStoreCallsAsync(api, client, 50);
        var (fiveCalls, five) = await CountStoreCallsAsync(api, client, 5);

        Assert.Equal(50, fifty.Length);
        Assert.Equal(5, five.Length);
        Assert.All(fifty, r =>
        {
            Assert.NotNull(r["subject"]!["name"]);
            Assert.NotNull(r["object"]!["name"]);
            Assert.All(r["citations"]!.AsArray(), c => Assert.NotNull(c!["article"]!["title"]));
        });
        // The page mixes seed and synthetic relations: qualifier entities and speakers are followed.
        Assert.Contains(fifty, r => r["qualifiers"]!.AsArray().Any(q => q!["entity"]?["name"] is not null));
        Assert.Contains(fifty, r => r["citations"]!.AsArray().Any(c => c!["speaker"]?["name"]?.GetValue<string>() == "Lin Jian"));

        var total = fiftyCalls.Values.Sum();
        Assert.True(total <= 8, $"50 relations took {total} store calls: {Describe(fiftyCalls)}");
        // Page size never adds calls. It can save one: a speaker already loaded as some relation's
        // subject needs no second node batch, and a page of 50 is likelier to hold one.
        Assert.True(fiftyCalls.All(c => c.Value <= fiveCalls.GetValueOrDefault(c.Key)),
            $"5 relations: {Describe(fiveCalls)}; 50 relations: {Describe(fiftyCalls)}");
    }

    private static async Task<(Dictionary<string, int> Calls, System.Text.Json.Nodes.JsonNode[] Relations)> CountStoreCallsAsync(GeoGraphApiFactory api, GraphQLClient client, int first)
    {
        api.Store.Reset();
        var data = await client.DataAsync(Queries.RelationsWithEverything, new { first });
        return (new Dictionary<string, int>(api.Store.Calls), JsonAssert.Nodes(data["relations"]));
    }

    private static string Describe(Dictionary<string, int> calls) =>
        string.Join(", ", calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}×{c.Value}"));
}
