using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests;

/// <summary>articles(orderBy:): newest first, by title, undated last, with cursors that continue only their own ordering.</summary>
public sealed class ArticleOrderTests : IAsyncLifetime
{
    private readonly GeoGraphApiFactory _api = new();
    private GraphQLClient _client = null!;

    private const string Ingest = """
        mutation($title: String!, $text: String!, $publishedAt: DateTime) {
          ingestArticle(input: { article: { title: $title, text: $text, publishedAt: $publishedAt }, relations: [] }) { article { id } }
        }
        """;

    private const string Seed = "‘Unaware of facts’: Beijing denies link between its rare earths restrictions and Pakistan’s gift to Trump";

    private const string Page = """
        query($orderBy: [ArticleOrderBy!], $after: String) {
          articles(orderBy: $orderBy, first: 2, after: $after) { edges { node { title publishedAt } } pageInfo { hasNextPage endCursor } }
        }
        """;

    public async ValueTask InitializeAsync()
    {
        _client = _api.CreateGraphQLClient();
        await _client.DataAsync(Ingest, new { title = "Rare-earth magnets, a year on", text = "A follow-up report.", publishedAt = "2026-10-09T08:00:00Z" });
        await _client.DataAsync(Ingest, new { title = "an undated briefing", text = "Background only.", publishedAt = (string?)null });
        await _client.DataAsync(Ingest, new { title = "Antimony controls announced", text = "An earlier report.", publishedAt = "2024-12-03T00:00:00+08:00" });
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    private async Task<List<string>> TitlesAsync(object orderBy)
    {
        var titles = new List<string>();
        string? after = null;
        while (true)
        {
            var page = (await _client.DataAsync(Page, new { orderBy, after }))["articles"]!;
            titles.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["title"]!.GetValue<string>()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) return titles;
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    [Fact]
    public async Task Newest_first_puts_the_undated_briefing_last_and_pages_through_every_article()
    {
        Assert.Equal(
            ["Rare-earth magnets, a year on", Seed, "Antimony controls announced", "an undated briefing"],
            await TitlesAsync(new[] { new { field = "PUBLISHED_AT", direction = "DESC" } }));
        Assert.Equal(
            ["Antimony controls announced", Seed, "Rare-earth magnets, a year on", "an undated briefing"],
            await TitlesAsync(new[] { new { field = "PUBLISHED_AT", direction = "ASC" } }));
    }

    [Fact]
    public async Task By_title_ignores_case_and_compares_characters_by_code_point()
    {
        // The seed's title opens with a curly quote (U+2018), which sorts after every letter.
        Assert.Equal(
            ["an undated briefing", "Antimony controls announced", "Rare-earth magnets, a year on", Seed],
            await TitlesAsync(new[] { new { field = "TITLE", direction = "ASC" } }));
    }

    [Fact]
    public async Task A_cursor_of_another_ordering_and_an_ordered_search_are_refused()
    {
        var first = (await _client.DataAsync(Page, new { orderBy = new[] { new { field = "TITLE", direction = "ASC" } } }))["articles"]!;
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();

        (await _client.PostAsync(Page, new { orderBy = new[] { new { field = "PUBLISHED_AT", direction = "ASC" } }, after = cursor })).AssertRefused("VALIDATION_FAILED", "after");
        (await _client.PostAsync("""{ articles(search: "rare", orderBy: [{field: TITLE}]) { totalCount } }""")).AssertRefused("VALIDATION_FAILED", "orderBy");
        (await _client.PostAsync("""{ articles(orderBy: [{field: TITLE}, {field: PUBLISHED_AT}]) { totalCount } }""")).AssertRefused("VALIDATION_FAILED", "orderBy");
    }
}
