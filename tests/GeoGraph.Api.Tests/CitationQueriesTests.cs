using System.Text.Json.Nodes;
using GeoGraph.Api.Tests.Support;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Seed;
using GeoGraph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests;

/// <summary>
/// Who said what, and quote search, asked of the seeded API: citations(where, orderBy) and
/// articles(search:) over the founding article's 52 citations, with their exact quotes.
/// </summary>
public sealed class CitationQueriesTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    private readonly GraphQLClient _client = api.CreateGraphQLClient();

    private static string[] Quotes(JsonNode data) => JsonAssert.Nodes(data["citations"]).Select(n => n["quote"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task Everything_Lin_Jian_said_is_sixteen_quotes_in_twelve_relations_in_key_order()
    {
        var data = await _client.DataAsync("""
            { citations(where: {speaker: "person:lin-jian"}, first: 500) {
                totalCount edges { node { quote start end stance speaker { id } article { id } relation { id type subject { id } object { id } } } } } }
            """);

        // [relation type, subject, object, start, end, quote], in key order (relation id, article, start, end).
        (string Type, string Subject, string Object, int Start, int End, string Quote)[] expected =
        [
            ("ACCUSES", "person:lin-jian", "org:unattributed-reports", 764, 903, "The reports you mentioned are either unaware of the facts, or are based on speculation, or are intended to sow discord. They are groundless"),
            ("ACCUSES", "person:lin-jian", "org:unattributed-reports", 2422, 2582, "The reported stories that you mentioned are either misinformed or invented, or even designed to drive a wedge between China and Pakistan. They are just baseless"),
            ("COMMUNICATES_WITH", "country:PK", "country:CN", 2963, 3041, "the two countries have been in communication on Pakistan-US mining cooperation"),
            ("DENIES", "person:lin-jian", "claim:pk-gift-contained-rare-earths", 2232, 2302, "the box of raw stones presented to Trump by Munir were not rare-earths"),
            ("DENIES_LINK", "country:CN", "claim:cn-export-controls-linked-to-pk-gift", 20, 105, "Beijing denies link between its rare earths restrictions and Pakistan’s gift to Trump"),
            ("DENIES_LINK", "country:CN", "claim:cn-export-controls-linked-to-pk-gift", 493, 560, "Chinese Foreign Ministry spokesperson Lin Jian said it was not true"),
            ("DENIES_LINK", "country:CN", "claim:cn-export-controls-linked-to-pk-gift", 562, 624, "Jian said the export controls had nothing to do with Pakistan."),
            ("ALLIED_WITH", "country:CN", "country:PK", 654, 707, "Beijing’s ironclad friendship with Islamabad remained"),
            ("COOPERATES_WITH", "country:PK", "country:US", 3011, 3041, "Pakistan-US mining cooperation"),
            ("GIFTED", "person:asim-munir", "person:donald-trump", 2232, 2281, "the box of raw stones presented to Trump by Munir"),
            ("DEVELOPS_TIES_WITH", "country:PK", "country:US", 716, 761, "Pakistan developed close ties with Washington"),
            ("ASSERTS", "country:CN", "claim:cn-export-controls-legitimate-and-protect-peace", 2623, 2785, "China's recently introduced export control measures are a legitimate step by the government to improve its export control system in line with laws and regulations"),
            ("ASSERTS", "country:CN", "claim:cn-export-controls-legitimate-and-protect-peace", 2801, 2936, "the measures aim to better protect world peace and regional stability and to meet non-proliferation and other international obligations"),
            ("GIFTED", "person:shehbaz-sharif", "person:donald-trump", 2305, 2376, "The samples that the Pakistani leaders showed and gave to the US leader"),
            ("ASSERTS", "person:lin-jian", "claim:pk-gift-was-gem-ores", 2305, 2421, "The samples that the Pakistani leaders showed and gave to the US leader are gem ores purchased by staff in Pakistan."),
            ("ASSURES", "country:PK", "country:CN", 3043, 3154, "Pakistan stressed that its business with the US will never harm China’s interests or its cooperation with China"),
        ];
        var nodes = JsonAssert.Nodes(data["citations"]);
        Assert.Equal(16, data["citations"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.Select(e => (e.Type, e.Subject, e.Object, e.Start, e.End, e.Quote)),
            nodes.Select(n => (n["relation"]!["type"]!.GetValue<string>(), n["relation"]!["subject"]!["id"]!.GetValue<string>(),
                n["relation"]!["object"]!["id"]!.GetValue<string>(), n["start"]!.GetValue<int>(), n["end"]!.GetValue<int>(), n["quote"]!.GetValue<string>())));
        Assert.All(nodes, n => Assert.Equal(("person:lin-jian", "REPORTS", Seed.ArticleId),
            (n["speaker"]!["id"]!.GetValue<string>(), n["stance"]!.GetValue<string>(), n["article"]!["id"]!.GetValue<string>())));
        // 12 relations quote him; relations(involves:) finds only the 3 he is an end of.
        Assert.Equal(12, nodes.Select(n => n["relation"]!["id"]!.GetValue<string>()).Distinct().Count());
        var ordered = nodes.Select(n => n["relation"]!["id"]!.GetValue<string>()).ToArray();
        Assert.Equal(ordered.Order(StringComparer.Ordinal), ordered);
    }

    [Fact]
    public async Task A_search_for_rare_earth_ranks_the_phrase_first_then_quotes_with_only_the_word_rare()
    {
        const string query = """
            query ($after: String) { citations(where: {search: "rare earth"}, first: 5, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } edges { node { quote start relation { type } } } } }
            """;
        var found = new List<(string, int, string)>();
        string? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = (await _client.DataAsync(query, new { after }))["citations"]!;
            Assert.Equal(16, page["totalCount"]!.GetValue<int>());
            found.AddRange(JsonAssert.Nodes(page).Select(n => (n["relation"]!["type"]!.GetValue<string>(), n["start"]!.GetValue<int>(), n["quote"]!.GetValue<string>())));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        // "rare-earth" and "rare earth" hold the phrase; "rare-earths" and "rare earths" only the word "rare". Ties by key.
        const string metals = "China's rare-earth metals are in high demand, with the United States, the European Union, and India being the top importers.";
        const string denial = "Beijing denies link between its rare earths restrictions and Pakistan’s gift to Trump";
        Assert.Equal(
        [
            ("IMPORTS", 1660, metals),
            ("ASSERTS", 1898, "a box, which reports said contained samples of rare-earth materials"),
            ("CONCERNS", 1905, "which reports said contained samples of rare-earth materials"),
            ("SPECULATES", 337, "speculations that China ramped up restrictions on exports of rare earth after Pakistani leaders presented the precious metals to US President Donald Trump"),
            ("IMPORTS", 1660, metals),
            ("CONTROLS_SHARE_OF", 1447, "This control gives China a near monopoly on the supply of rare-earth metals."),
            ("IMPORTS", 1660, metals),
            ("IMPOSES_EXPORT_CONTROL", 106, "China last week announced further export controls for mining and processing rare-earths"),
            ("CONCERNS", 2232, "the box of raw stones presented to Trump by Munir were not rare-earths"),
            ("DENIES", 2232, "the box of raw stones presented to Trump by Munir were not rare-earths"),
            ("DENIES_LINK", 20, denial),
            ("CONCERNS", 140, "export controls for mining and processing rare-earths"),
            ("CONCERNS", 20, denial),
            ("CONTROLS_SHARE_OF", 1306, "China accounts for about 70 per cent of the world's rare-earths mining"),
            ("ANNOUNCES", 106, "China last week announced further export controls for mining and processing rare-earths"),
            ("CONCERNS", 20, denial),
        ], found);
    }

    [Fact]
    public async Task Filters_combine_and_orderings_answer_in_their_own_order()
    {
        var data = await _client.DataAsync("""
            { citations(where: {speaker: "person:lin-jian", search: "GEM ores", stance: REPORTS, article: "article:21064a8d1731bc87"}) { totalCount edges { node { quote } } } }
            """);
        Assert.Equal(["The samples that the Pakistani leaders showed and gave to the US leader are gem ores purchased by staff in Pakistan."], Quotes(data));

        var asserts = await _client.DataAsync("""{ citations(where: {stance: ASSERTS}) { totalCount } }""");
        var reports = await _client.DataAsync("""{ citations(where: {stance: REPORTS}) { totalCount } }""");
        Assert.Equal(Seed.CitationCount, asserts["citations"]!["totalCount"]!.GetValue<int>() + reports["citations"]!["totalCount"]!.GetValue<int>());

        // One article: every citation has its publishedAt, so newest first falls back to the key order.
        var byKey = await _client.DataAsync("""{ citations(first: 500) { edges { node { quote start } } } }""");
        var newest = await _client.DataAsync("""{ citations(first: 500, orderBy: {field: PUBLISHED_AT, direction: DESC}) { edges { node { quote start } } } }""");
        Assert.Equal(Seed.CitationCount, Quotes(byKey).Length);
        Assert.Equal(Quotes(byKey), Quotes(newest));
    }

    [Theory]
    [InlineData("') DETACH DELETE n //")]
    [InlineData("\"unbalanced")]
    [InlineData("rare\" OR title:*")]
    [InlineData("AND NOT NEAR(")]
    public async Task Hostile_searches_are_plain_searches_never_errors(string search)
    {
        var response = await _client.PostAsync("""
            query ($s: String) { citations(where: {search: $s}) { totalCount edges { node { quote } } } articles(search: $s) { totalCount } }
            """, new { s = search });
        Assert.Null(response.Errors);
        Assert.NotNull(response.Data!["citations"]);
        // The store is untouched: still every seed citation.
        var all = await _client.DataAsync("{ citations { totalCount } }");
        Assert.Equal(Seed.CitationCount, all["citations"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bad_arguments_are_refused_with_their_field()
    {
        (await _client.PostAsync("query ($s: String) { citations(where: {search: $s}) { totalCount } }", new { s = new string('x', 301) }))
            .AssertRefused("VALIDATION_FAILED", "where.search");
        (await _client.PostAsync("{ citations(where: {speaker: \"lin jian\"}) { totalCount } }")).AssertRefused("VALIDATION_FAILED", "where.speaker");
        (await _client.PostAsync("{ citations(where: {speaker: \"person:nobody\"}) { totalCount } }")).AssertRefused("NOT_FOUND", "where.speaker");
        (await _client.PostAsync("{ citations(where: {article: \"article:0000000000000000\"}) { totalCount } }")).AssertRefused("NOT_FOUND", "where.article");
        (await _client.PostAsync("{ citations(orderBy: {field: RELEVANCE}) { totalCount } }")).AssertRefused("VALIDATION_FAILED", "orderBy");
        (await _client.PostAsync("{ citations(orderBy: {field: KEY, direction: DESC}) { totalCount } }")).AssertRefused("VALIDATION_FAILED", "orderBy[0].direction");
        (await _client.PostAsync("{ citations(orderBy: [{field: KEY}, {field: PUBLISHED_AT}]) { totalCount } }")).AssertRefused("VALIDATION_FAILED", "orderBy");

        // A cursor belongs to its listing and its order.
        var search = await _client.DataAsync("""{ citations(where: {search: "rare earth"}, first: 1) { pageInfo { endCursor } } }""");
        var cursor = search["citations"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        (await _client.PostAsync("query ($c: String) { citations(after: $c) { totalCount } }", new { c = cursor })).AssertRefused("VALIDATION_FAILED", "after");
        (await _client.PostAsync("query ($c: String) { relations(after: $c) { totalCount } }", new { c = cursor })).AssertRefused("VALIDATION_FAILED", "after");
        var relations = await _client.DataAsync("""{ relations(first: 1) { pageInfo { endCursor } } }""");
        (await _client.PostAsync("query ($c: String) { citations(after: $c) { totalCount } }", new { c = relations["relations"]!["pageInfo"]!["endCursor"]!.GetValue<string>() }))
            .AssertRefused("VALIDATION_FAILED", "after");
    }

    [Fact]
    public async Task Fifty_citations_with_speakers_articles_and_relations_take_as_few_store_calls_as_five()
    {
        await using var counting = new GeoGraphApiFactory();
        var client = counting.CreateGraphQLClient();
        const string query = """
            query ($first: Int) { citations(first: $first, orderBy: {field: PUBLISHED_AT}) { totalCount edges { node {
                quote speaker { name } article { title } relation { type subject { name } object { name } } } } } }
            """;
        async Task<Dictionary<string, int>> CallsAsync(int first)
        {
            await client.DataAsync("{ relationTypes { type } }"); // the seed is in before counting
            counting.Store.Reset();
            var data = await client.DataAsync(query, new { first });
            Assert.Equal(first, JsonAssert.Nodes(data["citations"]).Length);
            return new Dictionary<string, int>(counting.Store.Calls);
        }
        var five = await CallsAsync(5);
        var fifty = await CallsAsync(50);
        Assert.True(fifty.Values.Sum() <= 6, string.Join(", ", fifty.Select(c => $"{c.Key}×{c.Value}")));
        Assert.All(fifty, c => Assert.True(c.Value <= five.GetValueOrDefault(c.Key), $"{c.Key}: {c.Value} for 50, {five.GetValueOrDefault(c.Key)} for 5"));
        Assert.Equal(1, fifty["FindCitationsAsync"]);
        Assert.Equal(1, fifty["GetRelationsAsync"]);
    }

    [Fact]
    public async Task With_the_founding_articles_text_stored_a_phrase_from_its_body_finds_it()
    {
        var text = FoundingArticle.Text();
        await using var withText = new GeoGraphApiFactory();
        var client = withText.CreateGraphQLClient();
        const string query = """query ($s: String) { articles(search: $s) { totalCount edges { node { id title } } } }""";

        // Not in the title, so not found until the text is stored.
        var before = await client.DataAsync(query, new { s = "near monopoly on the supply" });
        Assert.True(JsonAssert.Nodes(before["articles"]).Length == 0, before.ToJsonString());
        var bundle = SeedData.LoadBundle();
        bundle.Articles[0].Text = text;
        await withText.Services.GetRequiredService<Ingestor>().IngestAsync(bundle, "test", TestContext.Current.CancellationToken);

        JsonAssert.Equal($$"""
            { "articles": { "totalCount": 1, "edges": [ { "node": { "id": "{{Seed.ArticleId}}", "title": "{{Seed.ArticleTitle}}" } } ] } }
            """, await client.DataAsync(query, new { s = "near monopoly on the supply" }));
        Assert.Empty(JsonAssert.Nodes((await client.DataAsync(query, new { s = "zebra quasar" }))["articles"]));
    }
}
