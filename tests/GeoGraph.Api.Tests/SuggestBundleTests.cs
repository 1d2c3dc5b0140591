using System.Text.Json.Nodes;
using GeoGraph.Api.Tests.Support;
using GeoGraph.Testing;

namespace GeoGraph.Api.Tests;

/// <summary>suggestBundle (issue 10): a draft from the store's names, nothing stored; the edited draft goes to ingestArticle.</summary>
public sealed class SuggestBundleTests : IAsyncLifetime
{
    private const string Suggest = """
        query Suggest($text: String!, $publishedAt: DateTime) {
          suggestBundle(text: $text, publishedAt: $publishedAt) {
            articleId title bundle
            entities { id kind name aliases known rule }
            mentions { entity kind start end text rule }
            relations { type subject object quote start end confidence rule stance qualifiers { key value number unit } }
          }
        }
        """;

    private const string OwnText =
        "Japanese Prime Minister Shigeru Ishiba expressed concern over Beijing's military drills near Taiwan. "
        + "Tokyo has strengthened ties with Manila, officials said.";

    private readonly GeoGraphApiFactory _api = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task A_reader_gets_a_draft_of_the_founding_article_from_the_stored_names_and_nothing_is_stored()
    {
        var text = FoundingArticle.Text();
        var client = _api.CreateGraphQLClient(ApiTestKeys.Reader);
        var before = await client.DataAsync("{ articles { totalCount } entities { totalCount } }");

        var draft = (await client.DataAsync(Suggest, new { text, publishedAt = "2025-10-14T10:33:00+05:30" }))["suggestBundle"]!;

        Assert.Equal("article:21064a8d1731bc87", draft["articleId"]!.GetValue<string>());
        var lin = Assert.Single(draft["entities"]!.AsArray(), e => e!["id"]!.GetValue<string>() == "person:lin-jian")!;
        Assert.True(lin["known"]!.GetValue<bool>());
        Assert.Contains(draft["mentions"]!.AsArray(), m => m!["entity"]!.GetValue<string>() == "country:CN" && m["text"]!.GetValue<string>() == "Chinese");
        var tariff = Assert.Single(draft["relations"]!.AsArray(), r => r!["type"]!.GetValue<string>() == "THREATENS_TARIFF")!;
        Assert.Equal(("person:donald-trump", "country:CN"), (tariff["subject"]!.GetValue<string>(), tariff["object"]!.GetValue<string>()));
        var (start, end) = (tariff["start"]!.GetValue<int>(), tariff["end"]!.GetValue<int>());
        Assert.Equal(tariff["quote"]!.GetValue<string>(), text[start..end]);
        Assert.Equal("THREATENS_TARIFF/threaten-rate-tariffs", tariff["rule"]!.GetValue<string>());
        var bundle = JsonNode.Parse(draft["bundle"]!.GetValue<string>())!;
        Assert.Equal("geograph-bundle/1", bundle["format"]!.GetValue<string>());
        Assert.Equal(draft["relations"]!.AsArray().Count, bundle["relations"]!.AsArray().Count);
        Assert.Equal("2025-10-14T10:33:00+05:30", bundle["articles"]![0]!["publishedAt"]!.GetValue<string>());

        JsonAssert.Equal(before.ToJsonString(), await client.DataAsync("{ articles { totalCount } entities { totalCount } }"));
    }

    [Fact]
    public async Task The_draft_of_a_new_text_ingests_as_it_is_with_verified_citations()
    {
        var reader = _api.CreateGraphQLClient(ApiTestKeys.Reader);
        var draft = (await reader.DataAsync(Suggest, new { text = OwnText }))["suggestBundle"]!;
        var bundle = JsonNode.Parse(draft["bundle"]!.GetValue<string>())!;

        var writer = _api.CreateGraphQLClient(ApiTestKeys.Writer);
        var ingested = (await writer.DataAsync(Queries.IngestArticle, new { input = ToInput(bundle) }))["ingestArticle"]!;

        Assert.Equal(draft["articleId"]!.GetValue<string>(), ingested["article"]!["id"]!.GetValue<string>());
        Assert.Equal(bundle["relations"]!.AsArray().Count, ingested["relationsCreated"]!.GetValue<int>());
        Assert.True(ingested["relationsCreated"]!.GetValue<int>() >= 3);
        Assert.All(ingested["relations"]!.AsArray(), r => Assert.All(r!["citations"]!.AsArray(), c => Assert.True(c!["verified"]!.GetValue<bool>())));
        var ishiba = await writer.DataAsync("""{ entity(id: "person:shigeru-ishiba") { name } }""");
        Assert.Equal("Shigeru Ishiba", ishiba["entity"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_empty_text_is_a_validation_error()
    {
        var response = await _api.CreateGraphQLClient(ApiTestKeys.Reader).PostAsync(Suggest, new { text = " \n " });

        Assert.Equal("VALIDATION_FAILED", response.ErrorCode);
    }

    /// <summary>A geograph-bundle/1 document as ingestArticle's input, as the /ingest page builds it.</summary>
    private static JsonObject ToInput(JsonNode bundle)
    {
        var article = bundle["articles"]![0]!;
        return new JsonObject
        {
            ["article"] = new JsonObject { ["title"] = article["title"]!.DeepClone(), ["text"] = article["text"]!.DeepClone() },
            ["entities"] = new JsonArray(bundle["entities"]!.AsArray().Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e!["id"]!.DeepClone(), ["name"] = e["name"]!.DeepClone(),
                ["aliases"] = e["aliases"]?.DeepClone() ?? new JsonArray(), ["description"] = e["description"]?.DeepClone(),
            }).ToArray()),
            ["relations"] = new JsonArray(bundle["relations"]!.AsArray().Select(r => (JsonNode)new JsonObject
            {
                ["type"] = r!["type"]!.DeepClone(), ["subject"] = r["subject"]!.DeepClone(), ["object"] = r["object"]!.DeepClone(),
                ["confidence"] = r["confidence"]!.DeepClone(), ["qualifiers"] = r["qualifiers"]?.DeepClone() ?? new JsonArray(),
                ["citations"] = new JsonArray(r["citations"]!.AsArray().Select(c => (JsonNode)new JsonObject
                {
                    ["quote"] = c!["quote"]!.DeepClone(), ["start"] = c["start"]!.DeepClone(), ["end"] = c["end"]!.DeepClone(), ["stance"] = c["stance"]!.DeepClone(),
                }).ToArray()),
            }).ToArray()),
        };
    }
}
