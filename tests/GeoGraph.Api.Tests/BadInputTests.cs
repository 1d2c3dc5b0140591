using System.Net;
using System.Net.Http.Json;
using System.Text;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests;

/// <summary>
/// Every kind of bad input issue 2 lists gets a clear error with its extensions.code and the
/// failing field — never a 500 — and a refused ingestion writes nothing.
/// </summary>
public sealed class BadInputTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    private const string Text = "Paris and Berlin signed a treaty. Rome watched closely.";
    private const string Treaty = "Paris and Berlin signed a treaty.";

    private readonly GraphQLClient _client = api.CreateGraphQLClient();

    private static RelationSpec Alliance(string subject = "country:FR", string @object = "country:DE", string type = "ALLIED_WITH") =>
        new(type, subject, @object, [CitationSpec.Of(Text, Treaty)]);

    private static ArticleBundle Article(params RelationSpec[] relations) => new(new ArticleSpec("A treaty", Text), relations);

    /// <summary>Ingests, expects VALIDATION_FAILED naming exactly these fields, and proves nothing was written.</summary>
    private static async Task AssertIngestionRefusedAsync(GraphQLClient client, ArticleBundle bundle, params string[] fields)
    {
        var before = await StoreSnapshot.TakeAsync(client);
        var response = await client.IngestAsync(bundle);
        response.AssertRefused("VALIDATION_FAILED", fields);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(client));
    }

    [Fact]
    public Task Unknown_relation_type_is_refused() =>
        AssertIngestionRefusedAsync(_client, Article(Alliance(type: "INVADES_GENTLY")), "input.relations[0].type");

    [Fact]
    public Task Subject_and_object_kinds_the_type_does_not_allow_are_refused() =>
        AssertIngestionRefusedAsync(_client,
            Article(Alliance(type: "THREATENS_TARIFF", subject: "commodity:rare-earths"), Alliance(@object: "commodity:rare-earths")),
            "input.relations[0].subject", "input.relations[1].object");

    [Fact]
    public Task Relation_without_a_citation_is_refused() =>
        AssertIngestionRefusedAsync(_client, Article(Alliance() with { Citations = [] }), "input.relations[0].citations");

    [Fact]
    public Task Quote_that_does_not_occur_in_the_article_is_refused() =>
        AssertIngestionRefusedAsync(_client,
            Article(Alliance() with { Citations = [new CitationSpec("Paris and Madrid signed a treaty.", 0, 33)] }),
            "input.relations[0].citations[0].quote");

    [Fact]
    public Task Offsets_beyond_the_text_are_refused() =>
        AssertIngestionRefusedAsync(_client,
            Article(Alliance() with { Citations = [new CitationSpec(Treaty, 100, 100 + Treaty.Length)] }),
            "input.relations[0].citations[0].end");

    [Fact]
    public Task Negative_offsets_are_refused() =>
        AssertIngestionRefusedAsync(_client,
            Article(Alliance() with { Citations = [new CitationSpec(Treaty, -1, Treaty.Length - 1)] }),
            "input.relations[0].citations[0].start");

    [Fact]
    public Task Offsets_that_do_not_point_at_the_quote_are_refused() =>
        AssertIngestionRefusedAsync(_client,
            Article(Alliance() with { Citations = [new CitationSpec(Treaty, 1, 1 + Treaty.Length)] }),
            "input.relations[0].citations[0].start");

    [Fact]
    public Task Subject_not_in_the_store_is_refused() =>
        AssertIngestionRefusedAsync(_client, Article(Alliance(subject: "org:nowhere-corp")), "input.relations[0].subject");

    [Fact]
    public Task Malformed_ids_in_an_ingestion_are_refused() =>
        AssertIngestionRefusedAsync(_client, Article(Alliance(subject: "country:France"), Alliance(@object: "Germany")),
            "input.relations[0].subject", "input.relations[1].object");

    [Fact]
    public Task Empty_article_text_is_refused() =>
        AssertIngestionRefusedAsync(_client, Article(Alliance()) with { Article = new ArticleSpec("A treaty", "") }, "input.article.text");

    [Fact]
    public Task Article_text_of_300000_characters_is_refused()
    {
        var text = Treaty + " " + new string('x', 300_000 - Treaty.Length - 1);
        Assert.Equal(300_000, text.Length);
        return AssertIngestionRefusedAsync(_client, Article(Alliance()) with { Article = new ArticleSpec("A long treaty", text) }, "input.article.text");
    }

    [Fact]
    public Task Control_characters_in_an_article_are_refused() =>
        AssertIngestionRefusedAsync(_client, Article(Alliance()) with { Article = new ArticleSpec("A\u0001treaty", Text + "\u0007") },
            "input.article.title", "input.article.text");

    [Fact]
    public async Task One_bad_relation_among_many_means_nothing_is_written()
    {
        var article = SyntheticArticle.Generate(12, "atomicity");
        var relations = article.Relations.ToArray();
        relations[7] = relations[7] with { Citations = [relations[7].Citations[0] with { Quote = "Item 7: nobody agreed to anything." }] };
        var bundle = article with { Relations = relations, Entities = [new EntitySpec("org:atomicity-watchers", "Atomicity watchers")] };

        await AssertIngestionRefusedAsync(_client, bundle, "input.relations[7].citations[0].quote", "input.relations[7].citations[0].end");
        (await _client.PostAsync("""{ entity(id: "org:atomicity-watchers") { id } }""")).AssertRefused("NOT_FOUND", "id");
    }

    [Fact]
    public async Task The_same_article_ingested_twice_changes_nothing_the_second_time()
    {
        await using var fresh = new GeoGraphApiFactory();
        var client = fresh.CreateGraphQLClient();
        var bundle = SyntheticArticle.Generate(3, "twice");

        var first = await client.DataAsync(Queries.IngestArticle, bundle.ToVariables());
        Assert.True(first["ingestArticle"]!["changed"]!.GetValue<bool>());
        var after = await StoreSnapshot.TakeAsync(client);

        var second = await client.DataAsync(Queries.IngestArticle, bundle.ToVariables());
        JsonAssert.Equal("""
            { "changed": false, "message": "nothing changed: the store already holds this article, its entities, relations and citations",
              "articlesCreated": 0, "nodesCreated": 0, "relationsCreated": 0, "citationsAdded": 0 }
            """, JsonAssert.Pick(second["ingestArticle"], "changed", "message", "articlesCreated", "nodesCreated", "relationsCreated", "citationsAdded"));
        Assert.Equal(first["ingestArticle"]!["relations"]!.ToJsonString(), second["ingestArticle"]!["relations"]!.ToJsonString());
        Assert.Equal(after, await StoreSnapshot.TakeAsync(client));
    }

    [Theory]
    [InlineData("""{ entity(id: "person:nobody-at-all") { id } }""", "id")]
    [InlineData("""{ entity(id: "country:ZZ") { id } }""", "id")]
    [InlineData("""{ relation(id: "rel:0000000000000000") { id } }""", "id")]
    [InlineData("""{ article(id: "article:0000000000000000") { id } }""", "id")]
    [InlineData("""{ relations(where: { subject: "person:nobody-at-all" }) { totalCount } }""", "where.subject")]
    [InlineData("""{ relations(where: { involves: "org:nowhere-corp" }) { totalCount } }""", "where.involves")]
    [InlineData("""{ relations(where: { article: "article:0000000000000000" }) { totalCount } }""", "where.article")]
    [InlineData("""{ shortestPath(from: "country:PK", to: "person:nobody-at-all") { length } }""", "to")]
    [InlineData("""{ neighborhood(id: "person:nobody-at-all") { nodes { id } } }""", "id")]
    [InlineData("""mutation { retractRelation(id: "rel:0000000000000000", reason: "test") { id } }""", "id")]
    public async Task Unknown_ids_are_not_found(string query, string field) =>
        (await _client.PostAsync(query)).AssertRefused("NOT_FOUND", field);

    [Theory]
    [InlineData("relations", 501)]
    [InlineData("relations", 0)]
    [InlineData("relations", -1)]
    [InlineData("entities", 501)]
    [InlineData("entities", 0)]
    [InlineData("articles", -1)]
    [InlineData("claims", 501)]
    public async Task Page_sizes_outside_1_to_500_are_refused(string listing, int first) =>
        (await _client.PostAsync($$"""{ {{listing}}(first: {{first}}) { totalCount } }""")).AssertRefused("VALIDATION_FAILED", "first");

    [Theory]
    [InlineData("""{ entity(id: "Not An Id") { id } }""", "id")]
    [InlineData("""{ entity(id: "country:china") { id } }""", "id")]
    [InlineData("""{ relation(id: "rel:XYZ") { id } }""", "id")]
    [InlineData("""{ article(id: "article:not-hex") { id } }""", "id")]
    [InlineData("""{ relations(where: { subject: "bad id" }) { totalCount } }""", "where.subject")]
    [InlineData("""{ relations(where: { article: "rel:0000000000000000" }) { totalCount } }""", "where.article")]
    [InlineData("""{ relations(where: { type: "NOT_A_TYPE" }) { totalCount } }""", "where.type")]
    [InlineData("""{ relations(after: "garbage!!") { totalCount } }""", "after")]
    [InlineData("""{ relations(after: "eyJ4IjoxfQ==") { totalCount } }""", "after")]
    [InlineData("""{ entities(after: "") { totalCount } }""", "after")]
    [InlineData("""{ shortestPath(from: "PK", to: "country:CN") { length } }""", "from")]
    [InlineData("""mutation { retractRelation(id: "relation-1", reason: "test") { id } }""", "id")]
    public async Task Malformed_ids_and_cursors_are_refused(string query, string field) =>
        (await _client.PostAsync(query)).AssertRefused("VALIDATION_FAILED", field);

    [Fact]
    public async Task A_tampered_cursor_is_refused()
    {
        var relations = await _client.DataAsync("{ relations(first: 1) { pageInfo { endCursor } } }");
        var cursor = relations["relations"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var response = await _client.PostAsync("query ($after: String) { relations(first: 1, after: $after) { totalCount } }", new { after = cursor[..^2] + "!" });
        response.AssertRefused("VALIDATION_FAILED", "after");
    }

    [Theory]
    [InlineData("""{ entities(search: "Chi\u0001na") { totalCount } }""", "search")]
    [InlineData("""{ articles(search: "Beijing\u001b") { totalCount } }""", "search")]
    public async Task Control_characters_in_arguments_are_refused(string query, string field) =>
        (await _client.PostAsync(query)).AssertRefused("VALIDATION_FAILED", field);

    [Fact]
    public async Task Control_characters_in_an_entity_are_refused()
    {
        var before = await StoreSnapshot.TakeAsync(_client);
        var response = await _client.PostAsync("""
            mutation { upsertEntity(input: { id: "person:bell-ringer", name: "Bell\u0007 Ringer" }) { created } }
            """);
        response.AssertRefused("VALIDATION_FAILED", "input.name");
        Assert.Equal(before, await StoreSnapshot.TakeAsync(_client));
    }

    [Fact]
    public async Task A_10_MB_request_is_refused_with_413()
    {
        var huge = new string('a', 10 * 1024 * 1024);
        // Content-Length known up front, and streamed without one: both are refused.
        using var sized = await _client.Http.PostAsync("/graphql",
            new StringContent($$"""{"query":"{ entities(search: \"{{huge}}\") { totalCount } }"}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        using var streamed = await _client.Http.PostAsync("/graphql",
            JsonContent.Create(new { query = "query ($s: String) { entities(search: $s) { totalCount } }", variables = new { s = huge } }), TestContext.Current.CancellationToken);

        foreach (var message in new[] { sized, streamed })
            (await GraphQLResponse.ReadAsync(message)).AssertRefused(HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE");
    }

    [Theory]
    [InlineData("""{ relations(first: "many") { totalCount } }""")]
    [InlineData("""{ entity { id } }""")]
    [InlineData("""{ entity(id: null) { id } }""")]
    [InlineData("""{ relations { edges { node { nope } } } }""")]
    [InlineData("""mutation { ingestArticle(input: { article: { title: "x" } }) { changed } }""")]
    [InlineData("""{ neighborhood(id: "country:CN", depth: 9) { nodes { id } } }""")]
    [InlineData("""{ neighborhood(id: "country:CN", limit: 501) { nodes { id } } }""")]
    [InlineData("""{ shortestPath(from: "country:PK", to: "country:CN", maxHops: 0) { length } }""")]
    [InlineData("""{ relations(where: { validAt: "2025-13-45" }) { totalCount } }""")]
    [InlineData("""{ relations(where: { knownAt: "yesterday" }) { totalCount } }""")]
    public async Task Ill_typed_or_out_of_range_arguments_are_validation_failures_never_internal_errors(string query)
    {
        var response = await _client.PostAsync(query);
        response.AssertNoInternalError();
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.NotNull(response.Errors);
        Assert.All(response.Errors, e => Assert.Equal("VALIDATION_FAILED", e!["extensions"]!["code"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("Chi\u202Ena")]
    [InlineData("\u009B2J")]
    public async Task A_search_for_text_that_is_not_plain_is_refused_not_a_server_error(string search)
    {
        foreach (var query in new[] { "query($s: String) { entities(search: $s) { totalCount } }", "query($s: String) { articles(search: $s) { totalCount } }" })
        {
            var response = await _client.PostAsync(query, new { s = search });
            response.AssertRefused("VALIDATION_FAILED", "search");
        }
    }

    [Fact]
    public Task An_entity_name_with_a_direction_override_is_refused_and_nothing_written() =>
        AssertIngestionRefusedAsync(_client,
            new ArticleBundle(new ArticleSpec("A treaty", Text), [Alliance()], [new EntitySpec("person:trickster", "Tr\u202Eickster")]),
            "input.entities[0].name");
}
