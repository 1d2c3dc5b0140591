using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using GeoGraph.Api.GraphQL.Execution;
using GeoGraph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests;

/// <summary>GraphQL over HTTP: methods, media types, status codes, the playground, health, the document cache and the complexity limit.</summary>
public sealed class HttpEndpointTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    private const string GraphQLResponseJson = "application/graphql-response+json";

    private readonly HttpClient _http = api.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> PostAsync(string body, string contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return _http.SendAsync(request, Ct);
    }

    private static string Body(string query) => System.Text.Json.JsonSerializer.Serialize(new { query });

    [Theory]
    [InlineData("application/graphql-response+json;q=0, application/json", "application/json")]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponseJson)]
    [InlineData("application/*;q=0.2, application/graphql-response+json;q=0.1", "application/json")]
    [InlineData("*/*", "application/json")]
    public async Task Accept_q_values_choose_the_answer_type(string accept, string expected)
    {
        using var response = await PostAsync(Body("{ __typename }"), accept: accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("application/graphql-response+json;q=0")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("*/*;q=0")]
    public async Task Accept_refusing_both_answer_types_is_406(string accept)
    {
        using var response = await PostAsync(Body("{ __typename }"), accept: accept);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Get_with_a_query_answers_json()
    {
        using var response = await _http.GetAsync("/graphql?query=" + Uri.EscapeDataString("""{ entity(id: "country:CN") { name } }"""), Ct);
        var answer = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/json", answer.ContentType);
        JsonAssert.Equal("""{ "data": { "entity": { "name": "China" } } }""", answer.Body);
    }

    [Fact]
    public async Task Get_with_a_mutation_is_405_allowing_only_post_and_writes_nothing()
    {
        var mutation = """mutation { upsertEntity(input: { id: "person:get-mutant", name: "Get Mutant" }) { created } }""";
        using var response = await _http.GetAsync("/graphql?query=" + Uri.EscapeDataString(mutation), Ct);
        var answer = await GraphQLResponse.ReadAsync(response);

        answer.AssertRefused(HttpStatusCode.MethodNotAllowed, "VALIDATION_FAILED");
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        (await new GraphQLClient(_http).PostAsync("""{ entity(id: "person:get-mutant") { id } }""")).AssertRefused("NOT_FOUND", "id");
    }

    [Fact]
    public async Task Post_accepting_graphql_response_json_gets_it_and_a_syntax_error_is_400()
    {
        using var ok = await PostAsync(Body("{ relationTypes { type } }"), accept: GraphQLResponseJson);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(GraphQLResponseJson, ok.Content.Headers.ContentType?.MediaType);

        using var bad = await PostAsync(Body("{ relationTypes { type "), accept: GraphQLResponseJson);
        var answer = await GraphQLResponse.ReadAsync(bad);
        answer.AssertRefused(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Equal(GraphQLResponseJson, answer.ContentType);
        Assert.Null(answer.Data);
    }

    [Fact]
    public async Task Post_accepting_application_json_is_200_even_on_a_validation_error()
    {
        using var response = await PostAsync(Body("{ relationTypes { nope } }"), accept: "application/json");
        var answer = await GraphQLResponse.ReadAsync(response);

        answer.AssertRefused(HttpStatusCode.OK, "VALIDATION_FAILED");
        Assert.Equal("application/json", answer.ContentType);
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"variables": {}}""")]
    [InlineData("")]
    public async Task A_body_that_is_not_a_graphql_request_is_400(string body)
    {
        using var response = await PostAsync(body);
        (await GraphQLResponse.ReadAsync(response)).AssertRefused(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_body_that_is_not_json_by_content_type_is_415(string contentType)
    {
        using var response = await PostAsync(Body("{ relationTypes { type } }"), contentType);
        (await GraphQLResponse.ReadAsync(response)).AssertRefused(HttpStatusCode.UnsupportedMediaType, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task A_browser_gets_the_playground()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await _http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("GeoGraph — GraphQL playground", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("/playground/vendor/react.production.min.js", "javascript")]
    [InlineData("/playground/vendor/react-dom.production.min.js", "javascript")]
    [InlineData("/playground/vendor/graphiql.umd.js", "javascript")]
    [InlineData("/playground/vendor/graphiql.css", "text/css")]
    [InlineData("/playground/examples.js", "javascript")]
    [InlineData("/explore/vendor/cytoscape.min.js", "javascript")]
    [InlineData("/explore/vendor/layout-base.js", "javascript")]
    [InlineData("/explore/vendor/cose-base.js", "javascript")]
    [InlineData("/explore/vendor/cytoscape-fcose.js", "javascript")]
    [InlineData("/explore/explore.js", "javascript")]
    public async Task The_pages_assets_npm_installed_are_served_locally(string path, string mediaType)
    {
        var file = Path.Combine(SchemaSdlTests.RepoRoot(), "src", "GeoGraph.Api", "wwwroot", path.TrimStart('/'));
        if (!File.Exists(file))
        {
            // Without npm the build cannot install them; CI has npm, so there they must exist.
            if (Environment.GetEnvironmentVariable("GEOGRAPH_REQUIRE_PLAYGROUND") == "1") Assert.Fail($"{file} was not installed by the build");
            Assert.Skip($"{file} not installed (no npm at build time)");
        }
        using var response = await _http.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new FileInfo(file).Length, (await response.Content.ReadAsByteArrayAsync(Ct)).Length);
    }

    [Fact]
    public async Task Explore_answers_the_explorer_page()
    {
        using var response = await _http.GetAsync("/explore?focus=country:PK", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("GeoGraph — explorer", page);
        Assert.Contains("/explore/explore.js", page);
    }

    [Fact]
    public async Task Get_without_a_query_from_a_non_browser_is_400()
    {
        using var response = await _http.GetAsync("/graphql", Ct);
        (await GraphQLResponse.ReadAsync(response)).AssertRefused(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        using var response = await _http.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_document_cache_keeps_a_new_valid_query_once()
    {
        var cache = api.Services.GetRequiredService<DocumentCache>();
        var client = new GraphQLClient(_http);
        var query = $$"""{ cached_{{Guid.NewGuid():N}}: entity(id: "country:PK") { name } }""";

        var before = cache.Count;
        await client.DataAsync(query);
        Assert.Equal(before + 1, cache.Count);
        JsonAssert.Equal("""{ "name": "Pakistan" }""", (await client.DataAsync(query)).AsObject().Single().Value);
        Assert.Equal(before + 1, cache.Count);

        (await client.PostAsync("{ entity(id: \"country:PK\") { nope } }")).AssertRefused("VALIDATION_FAILED");
        Assert.Equal(before + 1, cache.Count);
    }

    [Fact]
    public async Task A_cached_document_with_variable_page_sizes_is_costed_again_for_every_request()
    {
        // Cached with small pages, then sent again asking for pages whose cost is beyond the limit:
        // the cache skips the validation the document passed, but not the cost its variables set.
        var client = new GraphQLClient(_http);
        var query = $$"""
            query Costly_{{Guid.NewGuid():N}}($outer: Int, $inner: Int) { relations(first: $outer) { edges { node { citations { article {
              relations(first: $inner) { edges { node { id subject { id name } object { id name } } } } } } } } } }
            """;
        var cheap = await client.PostAsync(query, new { outer = 2, inner = 2 });
        cheap.AssertNoInternalError();
        Assert.Null(cheap.Errors);
        Assert.Null((await client.PostAsync(query, new { outer = 2, inner = 2 })).Errors);

        var costly = await client.PostAsync(query, new { outer = 500, inner = 500 });
        costly.AssertRefused("QUERY_TOO_COMPLEX");
        Assert.Equal("complexity", costly.Errors![0]!["extensions"]!["measure"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_cached_document_is_still_refused_an_operation_it_does_not_hold()
    {
        var client = new GraphQLClient(_http);
        var query = $$"""query Known_{{Guid.NewGuid():N}} { entity(id: "country:PK") { name } }""";
        Assert.Null((await client.PostAsync(query)).Errors);
        var response = await GraphQLResponse.ReadAsync(await _http.PostAsJsonAsync("/graphql", new { query, operationName = "Unknown" }, Ct));
        Assert.NotNull(response.Errors);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_query_deeper_than_15_is_too_complex()
    {
        var selection = "id";
        for (var i = 0; i < 8; i++) selection = $"supporters {{ object {{ ... on Claim {{ {selection} }} }} }}";
        var response = await new GraphQLClient(_http).PostAsync($"{{ claims(first: 1) {{ edges {{ node {{ {selection} }} }} }} }}");

        response.AssertRefused("QUERY_TOO_COMPLEX");
        Assert.Null(response.Data);
    }
}
