using System.Security.Cryptography;
using System.Text;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests;

/// <summary>The four mutations, each test on its own freshly seeded store.</summary>
public sealed class MutationTests : IAsyncLifetime
{
    private readonly GeoGraphApiFactory _api = new();
    private GraphQLClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = _api.CreateGraphQLClient();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task IngestArticle_with_text_stores_the_article_and_verified_citations()
    {
        var bundle = SyntheticArticle.Generate(2, "verified");
        var text = bundle.Article.Text!;
        var articleId = "article:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

        var payload = (await _client.DataAsync(Queries.IngestArticle, bundle.ToVariables()))["ingestArticle"]!;

        var citation = (int i) =>
        {
            var c = bundle.Relations[i].Citations[0];
            return $$"""{ "quote": "{{c.Quote}}", "start": {{c.Start}}, "end": {{c.End}}, "verified": true }""";
        };
        JsonAssert.Equal($$"""
            { "changed": true, "message": "ingested", "articlesCreated": 1, "nodesCreated": 0, "relationsCreated": 2, "citationsAdded": 2,
              "article": { "id": "{{articleId}}", "title": "Synthetic report verified", "textLength": {{text.Length}} },
              "relations": [
                { "id": "{{payload["relations"]![0]!["id"]}}", "type": "COOPERATES_WITH", "subject": { "id": "country:FR" }, "object": { "id": "country:DE" }, "citations": [ {{citation(0)}} ] },
                { "id": "{{payload["relations"]![1]!["id"]}}", "type": "COOPERATES_WITH", "subject": { "id": "country:DE" }, "object": { "id": "country:IT" }, "citations": [ {{citation(1)}} ] } ] }
            """, payload);

        var stored = await _client.DataAsync($$"""
            { relations(where: { article: "{{articleId}}" }) { totalCount edges { node { citations { verified stance speaker { id } article { id title } } } } } }
            """);
        Assert.Equal(2, stored["relations"]!["totalCount"]!.GetValue<int>());
        Assert.All(JsonAssert.Nodes(stored["relations"]), r => JsonAssert.Equal($$"""
            [ { "verified": true, "stance": "REPORTS", "speaker": { "id": "person:lin-jian" }, "article": { "id": "{{articleId}}", "title": "Synthetic report verified" } } ]
            """, r["citations"]));
    }

    [Fact]
    public async Task AssertRelation_citing_a_known_fact_again_adds_one_citation_to_the_same_relation()
    {
        var bundle = SyntheticArticle.Generate(3, "reassert");
        var ingested = (await _client.DataAsync(Queries.IngestArticle, bundle.ToVariables()))["ingestArticle"]!;
        var articleId = ingested["article"]!["id"]!.GetValue<string>();
        var relationId = ingested["relations"]![0]!["id"]!.GetValue<string>();

        // The same fact as relation 0, now cited by the sentence of relation 2.
        var other = bundle.Relations[2].Citations[0];
        var again = bundle.Relations[0] with { Citations = [other with { Article = articleId, Speaker = null, Stance = "ASSERTS" }] };
        var payload = (await _client.DataAsync(Queries.AssertRelation, new { input = again }))["assertRelation"]!;

        var first = bundle.Relations[0].Citations[0];
        JsonAssert.Equal($$"""
            { "changed": true, "message": "ingested", "relationsCreated": 0, "citationsAdded": 1,
              "relations": [ { "id": "{{relationId}}", "citations": [
                { "quote": "{{first.Quote}}", "start": {{first.Start}}, "end": {{first.End}}, "verified": true, "article": { "id": "{{articleId}}" } },
                { "quote": "{{other.Quote}}", "start": {{other.Start}}, "end": {{other.End}}, "verified": true, "article": { "id": "{{articleId}}" } } ] } ] }
            """, payload);

        var repeat = (await _client.DataAsync(Queries.AssertRelation, new { input = again }))["assertRelation"]!;
        Assert.False(repeat["changed"]!.GetValue<bool>());
        Assert.Equal(0, repeat["citationsAdded"]!.GetValue<int>());
    }

    [Fact]
    public async Task UpsertEntity_creates_then_reports_no_change_then_changes()
    {
        const string upsert = """
            mutation ($input: EntityInput!) { upsertEntity(input: $input) { created changed entity { id kind name aliases description } } }
            """;
        var created = await _client.DataAsync(upsert, new { input = new { id = "person:ada-diplomat", name = "Ada Diplomat", aliases = new[] { "Ada" } } });
        JsonAssert.Equal("""
            { "upsertEntity": { "created": true, "changed": true,
              "entity": { "id": "person:ada-diplomat", "kind": "PERSON", "name": "Ada Diplomat", "aliases": ["Ada"], "description": null } } }
            """, created);

        var same = await _client.DataAsync(upsert, new { input = new { id = "person:ada-diplomat", name = "Ada Diplomat", aliases = new[] { "Ada" } } });
        JsonAssert.Equal("""{ "created": false, "changed": false }""", JsonAssert.Pick(same["upsertEntity"], "created", "changed"));

        var changed = await _client.DataAsync(upsert, new { input = new { id = "person:ada-diplomat", name = "Ada L. Diplomat", description = "An envoy." } });
        JsonAssert.Equal("""
            { "upsertEntity": { "created": false, "changed": true,
              "entity": { "id": "person:ada-diplomat", "kind": "PERSON", "name": "Ada L. Diplomat", "aliases": [], "description": "An envoy." } } }
            """, changed);
        JsonAssert.Equal("""{ "entity": { "name": "Ada L. Diplomat" } }""", await _client.DataAsync("""{ entity(id: "person:ada-diplomat") { name } }"""));
    }

    [Fact]
    public async Task RetractRelation_hides_the_relation_unless_includeRetracted_or_known_before()
    {
        var retracted = (await _client.DataAsync($$"""
            mutation { retractRelation(id: "{{Seed.ChinaPakistanAlliance}}", reason: "test retraction") { id type recordedAt retractedAt retractedBy retractReason } }
            """))["retractRelation"]!;
        Assert.Equal(Seed.ChinaPakistanAlliance, retracted["id"]!.GetValue<string>());
        Assert.Equal("test retraction", retracted["retractReason"]!.GetValue<string>());
        Assert.Equal("test-admin", retracted["retractedBy"]!.GetValue<string>());
        var recordedAt = DateTimeOffset.Parse(retracted["recordedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var retractedAt = DateTimeOffset.Parse(retracted["retractedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(retractedAt >= recordedAt);
        var before = recordedAt + (retractedAt - recordedAt) / 2;

        const string query = """
            query ($includeRetracted: Boolean, $knownAt: DateTime) {
              relations(where: { subject: "country:CN", object: "country:PK", includeRetracted: $includeRetracted, knownAt: $knownAt }) {
                edges { node { id } }
              }
            }
            """;
        var ids = async (object variables) => JsonAssert.Strings((await _client.DataAsync(query, variables))["relations"]!["edges"], e => e["node"]!["id"]);
        Assert.DoesNotContain(Seed.ChinaPakistanAlliance, await ids(new { includeRetracted = (bool?)null, knownAt = (string?)null }));
        Assert.Contains(Seed.ChinaPakistanAlliance, await ids(new { includeRetracted = true, knownAt = (string?)null }));
        Assert.Contains(Seed.ChinaPakistanAlliance, await ids(new { includeRetracted = (bool?)null, knownAt = before.ToString("O", System.Globalization.CultureInfo.InvariantCulture) }));

        // Traversals no longer follow it: Pakistan now reaches China by its assurance.
        var path = await _client.DataAsync("""{ shortestPath(from: "country:PK", to: "country:CN") { length relations { id type } } }""");
        Assert.DoesNotContain(Seed.ChinaPakistanAlliance, JsonAssert.Strings(path["shortestPath"]!["relations"], r => r["id"]));
        Assert.Equal(1, path["shortestPath"]!["length"]!.GetValue<int>());
    }

    [Fact]
    public async Task RetractRelation_of_an_unknown_id_is_not_found_and_changes_nothing()
    {
        var before = await StoreSnapshot.TakeAsync(_client);
        (await _client.PostAsync("""mutation { retractRelation(id: "rel:00000000000000ff", reason: "gone") { id } }""")).AssertRefused("NOT_FOUND", "id");
        Assert.Equal(before, await StoreSnapshot.TakeAsync(_client));
    }

    [Fact]
    public async Task When_a_second_mutation_is_refused_the_answer_still_shows_what_the_first_wrote()
    {
        var response = await _client.PostAsync("""
            mutation {
              first: upsertEntity(input: { id: "person:first-of-two", name: "First Of Two" }) { created entity { id } }
              second: retractRelation(id: "rel:0000000000000000", reason: "no such relation") { id }
            }
            """);

        Assert.Equal("NOT_FOUND", response.ErrorCode);
        JsonAssert.Equal("""{ "first": { "created": true, "entity": { "id": "person:first-of-two" } }, "second": null }""", response.Data!);
        Assert.Equal("First Of Two", (await _client.DataAsync("""{ entity(id: "person:first-of-two") { name } }"""))["entity"]!["name"]!.GetValue<string>());
    }
}
