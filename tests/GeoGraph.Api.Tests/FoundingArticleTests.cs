using System.Text.Json.Nodes;
using GeoGraph.Api.Tests.Support;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Seed;
using GeoGraph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests;

/// <summary>What the API serves about the seed, checked against the founding article itself.</summary>
public sealed class FoundingArticleTests
{
    private const string AllCitations = """
        { relations(first: 500) { edges { node { id citations { quote start end verified article { id } } } } } }
        """;

    [Fact]
    public async Task Every_citation_served_is_verbatim_at_its_first_occurrence_in_the_article()
    {
        var text = FoundingArticle.Text();
        await using var api = new GeoGraphApiFactory();
        var citations = Citations(await api.CreateGraphQLClient().DataAsync(AllCitations));

        Assert.Equal(Seed.CitationCount, citations.Count);
        Assert.All(citations, c =>
        {
            Assert.Equal(Seed.ArticleId, c.Article);
            Assert.Equal(c.Quote, text[c.Start..c.End]);
            Assert.Equal(c.Start, text.IndexOf(c.Quote, StringComparison.Ordinal));
            Assert.False(c.Verified); // the seed ships no text, so nothing is verified yet
        });
    }

    [Fact]
    public async Task Supplying_the_article_text_later_verifies_every_seed_citation_and_changes_nothing_else()
    {
        var text = FoundingArticle.Text();
        await using var api = new GeoGraphApiFactory();
        var client = api.CreateGraphQLClient();
        var relationIdsBefore = Citations(await client.DataAsync(AllCitations)).Select(c => c.Relation).Distinct().ToArray();

        var bundle = SeedData.LoadBundle();
        bundle.Articles[0].Text = text;
        var result = await api.Services.GetRequiredService<Ingestor>().IngestAsync(bundle, "test", TestContext.Current.CancellationToken);

        Assert.Equal(1, result.Applied.ArticleTextsAdded);
        Assert.Equal(0, result.Applied.RelationsCreated);
        Assert.Equal(0, result.Applied.CitationsAdded);
        var after = Citations(await client.DataAsync(AllCitations));
        Assert.Equal(relationIdsBefore, after.Select(c => c.Relation).Distinct().ToArray());
        Assert.Equal(Seed.CitationCount, after.Count);
        Assert.All(after, c => Assert.True(c.Verified, $"{c.Relation} '{c.Quote}' is not verified"));
    }

    [Fact]
    public async Task A_node_and_an_article_list_their_relations()
    {
        await using var api = new GeoGraphApiFactory();
        var data = await api.CreateGraphQLClient().DataAsync("""
            { entity(id: "person:lin-jian") { ... on Entity {
                outgoing: relations(direction: OUT) { totalCount edges { node { type subject { id } } } }
                incoming: relations(direction: IN) { totalCount edges { node { type object { id } } } }
                denials: relations(type: "DENIES") { edges { node { object { id } } } } } }
              claim: entity(id: "claim:pk-gift-contained-rare-earths") { ... on Claim {
                relations(direction: IN) { edges { node { type subject { id } } } } } }
              article(id: "article:21064a8d1731bc87") { relations(first: 5) { totalCount edges { node { id } } } } }
            """);

        var outgoing = data["entity"]!["outgoing"]!;
        Assert.Equal(4, outgoing["totalCount"]!.GetValue<int>());
        Assert.All(outgoing["edges"]!.AsArray(), e => Assert.Equal("person:lin-jian", e!["node"]!["subject"]!["id"]!.GetValue<string>()));
        Assert.Equal(["ACCUSES", "ASSERTS", "DENIES", "HOLDS_ROLE"],
            outgoing["edges"]!.AsArray().Select(e => e!["node"]!["type"]!.GetValue<string>()).Order().ToArray());
        Assert.Equal(["QUESTIONS"], data["entity"]!["incoming"]!["edges"]!.AsArray().Select(e => e!["node"]!["type"]!.GetValue<string>()).ToArray());
        Assert.Equal("claim:pk-gift-contained-rare-earths", data["entity"]!["denials"]!["edges"]![0]!["node"]!["object"]!["id"]!.GetValue<string>());

        var claimStances = data["claim"]!["relations"]!["edges"]!.AsArray()
            .Select(e => $"{e!["node"]!["type"]} {e["node"]!["subject"]!["id"]}").Order().ToArray();
        Assert.Equal(["ASSERTS org:unattributed-reports", "DENIES person:lin-jian"], claimStances);

        Assert.Equal(Seed.RelationCount, data["article"]!["relations"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(5, data["article"]!["relations"]!["edges"]!.AsArray().Count);
    }

    private sealed record ServedCitation(string Relation, string Quote, int Start, int End, bool Verified, string Article);

    private static List<ServedCitation> Citations(JsonNode data) =>
        data["relations"]!["edges"]!.AsArray().SelectMany(e => e!["node"]!["citations"]!.AsArray().Select(c => new ServedCitation(
            e["node"]!["id"]!.GetValue<string>(), c!["quote"]!.GetValue<string>(), c["start"]!.GetValue<int>(), c["end"]!.GetValue<int>(),
            c["verified"]!.GetValue<bool>(), c["article"]!["id"]!.GetValue<string>()))).ToList();
}
