using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests;

/// <summary>What the explorer page asks of the public API beyond the other listings: the graph as recorded at an instant, and quotes in their sentences.</summary>
public sealed class ExplorerQueriesTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    [Fact]
    public async Task Neighborhood_knownAt_shows_the_graph_as_recorded_then()
    {
        var client = api.CreateGraphQLClient();
        const string Query = """
            query ($knownAt: DateTime) { neighborhood(id: "country:PK", knownAt: $knownAt) { nodes { id } relations { id } } }
            """;

        var now = (await client.DataAsync(Query))["neighborhood"]!;
        var before = (await client.DataAsync(Query, new { knownAt = "2000-01-01T00:00:00Z" }))["neighborhood"]!;

        Assert.True(now["relations"]!.AsArray().Count > 3);
        JsonAssert.Equal("""{ "nodes": [ { "id": "country:PK" } ], "relations": [] }""", before);
    }

    [Fact]
    public async Task A_citation_shows_its_quote_in_its_sentence_when_the_text_is_stored()
    {
        var client = api.CreateGraphQLClient();
        var bundle = SyntheticArticle.Generate(2, "context");
        await client.DataAsync(Queries.IngestArticle, bundle.ToVariables());
        var quote = bundle.Relations[1].Citations[0].Quote; // "Item 1: DE and IT agreed to cooperate."

        var data = await client.DataAsync("""
            { relations(where: { subject: "country:DE", object: "country:IT", type: "COOPERATES_WITH" }) {
                edges { node { citations { article { title } context { before quote after } } } } } }
            """);

        var citations = JsonAssert.Nodes(data["relations"]).SelectMany(r => r["citations"]!.AsArray())
            .Where(c => c!["article"]!["title"]!.GetValue<string>() == "Synthetic report context").ToArray();
        JsonAssert.Equal($$"""[ { "article": { "title": "Synthetic report context" }, "context": { "before": "", "quote": "{{quote}}", "after": "" } } ]""",
            new System.Text.Json.Nodes.JsonArray(citations.Select(c => c!.DeepClone()).ToArray()));
    }

    [Fact]
    public async Task A_citation_of_an_article_without_text_has_no_context()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { relations(where: { type: "GIFTED" }) { edges { node { citations { quote context { quote } } } } } }
            """);

        Assert.All(JsonAssert.Nodes(data["relations"]).SelectMany(r => r["citations"]!.AsArray()), c => Assert.Null(c!["context"]));
    }
}
