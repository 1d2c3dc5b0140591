using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GeoGraph.Api.Tests.Support;
using GeoGraph.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests;

/// <summary>Inputs a review found crashing, accepted wrongly, or answered silently; each now refused clearly.</summary>
public sealed class ReviewFindingsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Tariff = "rel:231929e2f26bc922";

    private static object TariffAgain(double number = 100, string unit = "percent", double confidence = 1) => new
    {
        input = new
        {
            type = "THREATENS_TARIFF", subject = "person:donald-trump", @object = "country:CN", confidence,
            qualifiers = new object[] { new { key = "goods", value = "Chinese goods" }, new { key = "rate", value = "100", number, unit } },
            citations = new[] { new { article = Seed.ArticleId, quote = "threatened to impose 100 per cent tariffs on Chinese goods", start = 1246, end = 1304, stance = "ASSERTS" } },
        },
    };

    [Fact]
    public async Task Asserting_a_known_fact_again_unchanged_changes_nothing()
    {
        await using var api = new GeoGraphApiFactory();
        var data = await api.CreateGraphQLClient().DataAsync(Queries.AssertRelation, TariffAgain());

        Assert.False(data["assertRelation"]!["changed"]!.GetValue<bool>());
        Assert.Equal(Tariff, data["assertRelation"]!["relations"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_fact_stored_with_its_qualifiers_in_another_order_is_the_same_fact()
    {
        await using var api = new GeoGraphApiFactory();
        var store = api.Services.GetRequiredService<IGraphStore>();
        var stored = (await store.GetRelationsAsync([Tariff], Ct))[Tariff];
        // Stores written before qualifiers were kept in key order return them as they were given.
        var unsorted = stored with { Id = "rel:00000000000000aa", Qualifiers = stored.Qualifiers.Reverse().ToArray() };
        await store.ApplyAsync(new IngestionBatch([], [], [unsorted], []), Ct);
        Assert.Equal(["rate", "goods"], (await store.GetRelationsAsync([unsorted.Id], Ct))[unsorted.Id].Qualifiers.Select(q => q.Key));

        var data = await api.CreateGraphQLClient().DataAsync(Queries.AssertRelation, TariffAgain());

        Assert.False(data["assertRelation"]!["changed"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(50, true)]
    [InlineData(100, false)]
    public async Task Relations_of_each_node_in_a_list_are_allowed_for_a_page_of_about_fifty_nodes(int first, bool allowed)
    {
        await using var api = new GeoGraphApiFactory();
        var response = await api.CreateGraphQLClient().PostAsync(
            $$"""{ entities(first: {{first}}) { edges { node { ... on Entity { relations { totalCount } } } } } }""");

        if (allowed) Assert.Null(response.Errors);
        else response.AssertRefused("QUERY_TOO_COMPLEX");
    }

    [Theory]
    [InlineData(5, "percent", 1)]
    [InlineData(100, "dollars", 1)]
    [InlineData(100, "percent", 0.1)]
    public async Task Asserting_a_known_fact_with_other_numbers_units_or_confidence_is_refused(double number, string unit, double confidence)
    {
        await using var api = new GeoGraphApiFactory();
        var client = api.CreateGraphQLClient();
        var before = await StoreSnapshot.TakeAsync(client);

        var response = await client.PostAsync(Queries.AssertRelation, TariffAgain(number, unit, confidence));

        response.AssertRefused("VALIDATION_FAILED", "input");
        Assert.Contains($"conflicts with the stored {Tariff}", response.Errors![0]!["extensions"]!["fields"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(before, await StoreSnapshot.TakeAsync(client));
    }

    [Fact]
    public async Task Retracting_twice_is_refused_and_a_retracted_fact_is_not_asserted_again()
    {
        await using var api = new GeoGraphApiFactory();
        var client = api.CreateGraphQLClient();
        const string retract = """mutation R($id: ID!, $reason: String!) { retractRelation(id: $id, reason: $reason) { retractReason } }""";
        await client.DataAsync(retract, new { id = Tariff, reason = "first" });

        var twice = await client.PostAsync(retract, new { id = Tariff, reason = "second" });
        twice.AssertRefused("VALIDATION_FAILED", "id");
        Assert.Contains("already retracted", twice.Errors![0]!["message"]!.GetValue<string>());
        Assert.Contains(": first)", twice.Errors![0]!["message"]!.GetValue<string>());

        var again = await client.PostAsync(Queries.AssertRelation, TariffAgain());
        again.AssertRefused("VALIDATION_FAILED", "input");
        Assert.Contains("was retracted", again.Errors![0]!["extensions"]!["fields"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_cursor_from_another_listing_is_refused()
    {
        await using var api = new GeoGraphApiFactory();
        var client = api.CreateGraphQLClient();
        var cursor = (await client.DataAsync("{ entities(first: 1) { pageInfo { endCursor } } }"))["entities"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var response = await client.PostAsync("query($after: String) { relations(after: $after) { totalCount } }", new { after = cursor });

        response.AssertRefused("VALIDATION_FAILED", "after");
        Assert.Contains("belongs to the nodes listing, not relations", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_search_cursor_continues_only_a_search()
    {
        await using var api = new GeoGraphApiFactory();
        var client = api.CreateGraphQLClient();
        var edges = (await client.DataAsync("""{ entities(search: "chin", first: 1) { edges { cursor node { id } } } }"""))["entities"]!["edges"]!.AsArray();
        var cursor = edges[0]!["cursor"]!.GetValue<string>();

        var searched = await client.DataAsync("""query($after: String) { entities(search: "chin", first: 5, after: $after) { edges { node { id } } } }""", new { after = cursor });
        Assert.DoesNotContain(searched["entities"]!["edges"]!.AsArray(), e => e!["node"]!["id"]!.GetValue<string>() == edges[0]!["node"]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{ entities(search: "\ud800") { totalCount } }""", "search")]
    [InlineData("""{ articles(search: "ab\udc00") { totalCount } }""", "search")]
    public async Task A_lone_surrogate_is_refused_not_a_crash(string query, string field)
    {
        await using var api = new GeoGraphApiFactory();
        (await api.CreateGraphQLClient().PostAsync(query)).AssertRefused("VALIDATION_FAILED", field);
    }

    [Fact]
    public async Task A_validity_period_past_year_9999_is_refused_not_a_crash()
    {
        await using var api = new GeoGraphApiFactory();
        const string query = """
            mutation { assertRelation(input: { type: "ALLIED_WITH", subject: "country:CN", object: "country:PK",
              validTo: "9999-12-27", validToPrecision: WEEK,
              citations: [{ article: "article:21064a8d1731bc87", quote: "Beijing’s ironclad friendship with Islamabad remained", start: 689, end: 742, stance: REPORTS }] }) { changed } }
            """;
        (await api.CreateGraphQLClient().PostAsync(query)).AssertRefused("VALIDATION_FAILED", "input.validTo");
    }

    [Fact]
    public async Task A_neighbourhood_caps_its_relations_and_says_when_it_did()
    {
        await using var api = new GeoGraphApiFactory();
        var client = api.CreateGraphQLClient();

        var cut = (await client.DataAsync("""{ neighborhood(id: "country:CN", depth: 2, relationLimit: 3) { relations { id } relationsTruncated } }"""))["neighborhood"]!;
        Assert.Equal(3, cut["relations"]!.AsArray().Count);
        Assert.True(cut["relationsTruncated"]!.GetValue<bool>());
        Assert.False((await client.DataAsync("""{ neighborhood(id: "country:CN", depth: 2) { relationsTruncated } }"""))["neighborhood"]!["relationsTruncated"]!.GetValue<bool>());

        (await client.PostAsync("""{ neighborhood(id: "country:CN", relationLimit: 5001) { relationsTruncated } }""")).AssertRefused("VALIDATION_FAILED", "relationLimit");
    }

    [Fact]
    public async Task More_types_than_the_vocabulary_has_are_refused()
    {
        await using var api = new GeoGraphApiFactory();
        var types = string.Join(",", Enumerable.Repeat("\"ASSERTS\"", 1000));
        (await api.CreateGraphQLClient().PostAsync($$"""{ neighborhood(id: "country:CN", types: [{{types}}]) { nodes { id } } }""")).AssertRefused("VALIDATION_FAILED", "types");
    }

    [Fact]
    public async Task Invalid_UTF8_is_400_and_another_charset_is_415_and_an_unacceptable_accept_is_406()
    {
        await using var api = new GeoGraphApiFactory();
        var http = api.CreateClient();

        var bytes = Encoding.UTF8.GetBytes("""{"query":"{ entities(search: \"X\") { totalCount } }"}""");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;
        using var invalid = new ByteArrayContent(bytes);
        invalid.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        (await GraphQLResponse.ReadAsync(await http.PostAsync("/graphql", invalid, Ct))).AssertRefused(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        using var latin1 = new StringContent("""{"query":"{ relationTypes { type } }"}""");
        latin1.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=latin1");
        (await GraphQLResponse.ReadAsync(await http.PostAsync("/graphql", latin1, Ct))).AssertRefused(HttpStatusCode.UnsupportedMediaType, "VALIDATION_FAILED");

        using var xml = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ relationTypes { type } }"}""", Encoding.UTF8, "application/json") };
        xml.Headers.Accept.ParseAdd("application/xml");
        using var notAcceptable = await http.SendAsync(xml, Ct);
        Assert.Equal(HttpStatusCode.NotAcceptable, notAcceptable.StatusCode);
    }
}
