using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests;

/// <summary>
/// Quotes without offsets through ingestArticle and assertRelation: placed in the text sent or
/// stored, the n-th occurrence on request, and refused with the closest passage — or because no
/// text is known — leaving the store unchanged.
/// </summary>
public sealed class QuoteWithoutOffsetsTests : IAsyncLifetime
{
    private readonly GeoGraphApiFactory _api = new();
    private GraphQLClient _client = null!;

    private const string Text =
        "Trump said he would impose an additional 100% tariff on Chinese goods.\n\n" +
        "Beijing\u2019s commerce ministry called it \u201Ctypical double standards\u201D.\n\n" +
        "Trump said he would impose an additional 100% tariff on Chinese goods.";

    private const string Tariff = "impose an additional 100% tariff on Chinese goods";

    public ValueTask InitializeAsync()
    {
        _client = _api.CreateGraphQLClient();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    private static object Ingest(params object[] citations) => new
    {
        input = new
        {
            article = new { title = "Tariff report", publisher = "Test Wire", text = Text },
            relations = new[]
            {
                new
                {
                    type = "THREATENS_TARIFF", subject = "person:donald-trump", @object = "country:CN",
                    qualifiers = new[] { new { key = "rate", value = "100 percent", number = (double?)100, unit = "percent" } },
                    citations,
                },
            },
        },
    };

    [Fact]
    public async Task IngestArticle_places_a_quote_without_offsets_at_its_first_occurrence_and_verifies_it()
    {
        var payload = (await _client.DataAsync(Queries.IngestArticle, Ingest(new { quote = Tariff, stance = "ASSERTS" })))["ingestArticle"]!;

        var first = Text.IndexOf(Tariff, StringComparison.Ordinal);
        JsonAssert.Equal($$"""[ { "quote": "{{Tariff}}", "start": {{first}}, "end": {{first + Tariff.Length}}, "verified": true } ]""",
            payload["relations"]![0]!["citations"]);
    }

    [Fact]
    public async Task AssertRelation_places_a_quote_in_the_stored_text_and_occurrence_picks_the_repeat()
    {
        var ingested = (await _client.DataAsync(Queries.IngestArticle, Ingest(new { quote = Tariff, stance = "ASSERTS" })))["ingestArticle"]!;
        var articleId = ingested["article"]!["id"]!.GetValue<string>();

        var asserted = (await _client.DataAsync(Queries.AssertRelation, new
        {
            input = new
            {
                type = "THREATENS_TARIFF", subject = "person:donald-trump", @object = "country:CN",
                qualifiers = new[] { new { key = "rate", value = "100 percent", number = (double?)100, unit = "percent" } },
                citations = new[] { new { article = articleId, quote = Tariff, occurrence = 2, stance = "ASSERTS" } },
            },
        }))["assertRelation"]!;

        var second = Text.LastIndexOf(Tariff, StringComparison.Ordinal);
        Assert.Equal(1, asserted["citationsAdded"]!.GetValue<int>());
        Assert.Equal(ingested["relations"]![0]!["id"]!.GetValue<string>(), asserted["relations"]![0]!["id"]!.GetValue<string>());
        var citations = asserted["relations"]![0]!["citations"]!.AsArray();
        Assert.Contains(citations, c => c!["start"]!.GetValue<int>() == second && c["end"]!.GetValue<int>() == second + Tariff.Length && c["verified"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_quote_typed_with_a_straight_apostrophe_is_refused_naming_the_closest_passage_and_nothing_is_stored()
    {
        var before = await StoreSnapshot.TakeAsync(_client);

        var response = await _client.PostAsync(Queries.IngestArticle, Ingest(new { quote = "Beijing's commerce ministry called it", stance = "REPORTS" }));

        response.AssertRefused("VALIDATION_FAILED", "input.relations[0].citations[0].quote");
        var passage = "Beijing\u2019s commerce ministry called it";
        var at = Text.IndexOf(passage, StringComparison.Ordinal);
        Assert.Equal(
            $"does not occur verbatim in the article text; the closest passage, at {at}–{at + passage.Length}, is \"{passage}\"; it differs by apostrophe: the text has a curly apostrophe (’) where the quote has a straight apostrophe (')",
            response.Errors![0]!["extensions"]!["fields"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(before, await StoreSnapshot.TakeAsync(_client));
    }

    [Fact]
    public async Task Occurrence_beyond_the_repeats_is_refused()
    {
        var response = await _client.PostAsync(Queries.IngestArticle, Ingest(new { quote = Tariff, occurrence = 3, stance = "ASSERTS" }));

        response.AssertRefused("VALIDATION_FAILED", "input.relations[0].citations[0].occurrence");
        Assert.Contains("is 3, but the quote occurs 2 times in the article text", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_offsets_a_citation_of_an_article_whose_text_is_not_stored_is_refused_and_nothing_is_stored()
    {
        var before = await StoreSnapshot.TakeAsync(_client);

        var response = await _client.PostAsync(Queries.AssertRelation, new
        {
            input = new
            {
                type = "THREATENS_TARIFF", subject = "person:donald-trump", @object = "country:CN",
                citations = new[] { new { article = Seed.ArticleId, quote = "threatened to impose 100 per cent tariffs on Chinese goods", stance = "ASSERTS" } },
            },
        });

        response.AssertRefused("VALIDATION_FAILED", "input.citations[0].start");
        Assert.Contains($"the text of {Seed.ArticleId} is neither in this request nor stored, so the quote cannot be placed (send the article's text, or give start and end)",
            response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(_client));
    }

    [Fact]
    public async Task Start_without_end_is_refused()
    {
        var response = await _client.PostAsync(Queries.IngestArticle, Ingest(new { quote = Tariff, start = Text.IndexOf(Tariff, StringComparison.Ordinal), stance = "ASSERTS" }));

        response.AssertRefused("VALIDATION_FAILED", "input.relations[0].citations[0].end");
    }
}
