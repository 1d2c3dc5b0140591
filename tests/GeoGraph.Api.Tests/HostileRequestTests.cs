using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GeoGraph.Api.GraphQL.Execution;
using GeoGraph.Api.Tests.Support;
using GeoGraph.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeoGraph.Api.Tests;

/// <summary>
/// Requests built to exhaust the server are refused before validation or execution does the
/// expensive work, each with a code saying what was too much, and the server answers normally
/// afterwards. (How fast each refusal is, is measured in docs/reliability.md, not asserted here.)
/// </summary>
public sealed class HostileRequestTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    private readonly GraphQLClient _client = api.CreateGraphQLClient();

    private static string Repeat(string part, int times) => string.Concat(Enumerable.Repeat(part, times));

    /// <summary>One QUERY_TOO_COMPLEX naming the measure and the bound, with a 400 for graphql-response+json; then a normal query still works.</summary>
    private async Task AssertTooComplexAsync(string query, string measure, long limit)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var response = await PostAsync(query, GraphQLHttpAccept);
        Figures.Record($"hostile: {query.Length:N0}-character query refused ({measure}) in {watch.Elapsed.TotalMilliseconds:0.0} ms");
        response.AssertNoInternalError();
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.True(response.ErrorCode == "QUERY_TOO_COMPLEX", response.Body.ToJsonString());
        var extensions = response.Errors![0]!["extensions"]!;
        Assert.Equal(measure, extensions["measure"]!.GetValue<string>());
        Assert.Equal(limit, extensions["limit"]!.GetValue<double>());
        Assert.True(extensions["cost"]!.GetValue<double>() > limit);
        await AssertServerAnswersAsync();
    }

    private async Task AssertServerAnswersAsync()
    {
        var data = await _client.DataAsync("""{ entity(id: "country:CN") { name } }""");
        Assert.Equal("China", data["entity"]!["name"]!.GetValue<string>());
    }

    private const string GraphQLHttpAccept = "application/graphql-response+json";

    private async Task<GraphQLResponse> PostAsync(string query, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await _client.Http.SendAsync(request, TestContext.Current.CancellationToken);
        return await GraphQLResponse.ReadAsync(response);
    }

    [Fact]
    public Task Fifty_levels_of_nesting_are_refused() =>
        AssertTooComplexAsync("{ entity(id: \"country:CN\") " + Repeat("{ ... on Entity { relations(first: 1) { edges { node { subject ", 12) + "{ id }" + Repeat(" } } } } }", 12) + " }",
            "depth", DocumentLimits.MaxDepth);

    [Fact]
    public Task Nesting_beyond_the_parser_bound_is_refused_not_a_server_error() =>
        AssertTooComplexAsync(Repeat("{ a ", 300) + Repeat("}", 300), "parserDepth", DocumentLimits.MaxParserDepth);

    [Fact]
    public async Task Nesting_beyond_the_parser_bound_over_GET_is_refused_not_a_server_error()
    {
        var query = Uri.EscapeDataString(Repeat("{a", 300) + Repeat("}", 300));
        using var response = await _client.Http.GetAsync($"/graphql?query={query}", TestContext.Current.CancellationToken);
        var answer = await GraphQLResponse.ReadAsync(response);
        answer.AssertNoInternalError();
        Assert.Equal("QUERY_TOO_COMPLEX", answer.ErrorCode);
    }

    [Fact]
    public Task A_thousand_aliases_are_refused() =>
        AssertTooComplexAsync("{ " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"a{i}: __typename ")) + "}", "aliases", DocumentLimits.MaxAliases);

    [Fact]
    public Task Twenty_thousand_repeated_fields_are_refused() =>
        AssertTooComplexAsync("{ " + Repeat("__typename ", 20_000) + "}", "fields", DocumentLimits.MaxFields);

    [Fact]
    public Task Four_thousand_directives_are_refused() =>
        AssertTooComplexAsync("{ __typename " + Repeat("@skip(if: false) ", 4_000) + "}", "directivesPerLocation", DocumentLimits.MaxDirectivesPerLocation);

    [Fact]
    public Task Directives_spread_over_many_fields_are_bounded_in_total() =>
        AssertTooComplexAsync("{ " + Repeat("__typename @include(if: true) ", 150) + "}", "directives", DocumentLimits.MaxDirectives);

    [Fact]
    public Task Fragments_that_multiply_each_other_are_refused_before_validation()
    {
        // 30 fragments, each spreading the previous one twice: 2^30 fields in 1.3 KB. The first bound
        // reached is the number of times one response name repeats in a selection set.
        var fragments = new StringBuilder("fragment F0 on Query { __typename }\n");
        for (var i = 1; i <= 30; i++) fragments.Append($"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}\n");
        return AssertTooComplexAsync("{ ...F30 }\n" + fragments, "sameResponseName", DocumentLimits.MaxSameResponseName);
    }

    [Fact]
    public Task One_response_name_on_many_differing_fields_is_refused() =>
        // Every pair would be an overlap error: n²/4 of them, uncapped, before this bound.
        AssertTooComplexAsync("{ " + string.Concat(Enumerable.Range(0, 150).Select(i => $"a: entity(id: \"person:p{i}\") {{ id }} ")) + "}",
            "sameResponseName", DocumentLimits.MaxSameResponseName);

    [Fact]
    public async Task A_fragment_cycle_is_refused_as_invalid()
    {
        var response = await _client.PostAsync("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
        response.AssertNoInternalError();
        Assert.Equal("VALIDATION_FAILED", response.ErrorCode);
        Assert.Contains("spreads itself", response.Errors![0]!["message"]!.GetValue<string>());
        await AssertServerAnswersAsync();
    }

    [Fact]
    public async Task At_most_twenty_errors_are_listed_and_the_rest_counted()
    {
        var response = await _client.PostAsync("{ " + string.Concat(Enumerable.Range(0, 30).Select(i => $"unknown{i} ")) + "}");
        response.AssertNoInternalError();
        Assert.Equal(DocumentLimits.MaxErrors + 1, response.Errors!.Count);
        Assert.Contains("Cannot query field 'unknown0'", response.Errors[0]!["message"]!.GetValue<string>());
        Assert.StartsWith("10 more errors are not listed", response.Errors[^1]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Too_costly_a_query_says_its_cost_and_the_limit()
    {
        var response = await PostAsync(
            "{ relations(first: 500) { edges { node { citations { article { relations(first: 500) { edges { node { id subject { id name } object { id name } } } } } } } } } }",
            GraphQLHttpAccept);
        Assert.Equal("QUERY_TOO_COMPLEX", response.ErrorCode);
        var extensions = response.Errors![0]!["extensions"]!;
        Assert.Equal("complexity", extensions["measure"]!.GetValue<string>());
        Assert.Equal(200_000, extensions["limit"]!.GetValue<double>());
        Assert.True(extensions["cost"]!.GetValue<double>() > 200_000);
    }

    [Fact]
    public async Task A_page_of_a_million_is_refused()
    {
        var response = await _client.PostAsync("{ entities(first: 1000000) { edges { node { id } } } }");
        response.AssertRefused("VALIDATION_FAILED", "first");
    }

    [Fact]
    public async Task A_five_megabyte_body_is_refused()
    {
        using var content = new StringContent("{\"query\": \"{ __typename }\", \"pad\": \"" + new string('x', 5 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json");
        using var response = await _client.Http.PostAsync("/graphql", content, TestContext.Current.CancellationToken);
        var answer = await GraphQLResponse.ReadAsync(response);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Equal("REQUEST_TOO_LARGE", answer.ErrorCode);
    }

    [Fact]
    public async Task A_batched_array_is_refused()
    {
        using var content = new StringContent("""[{"query": "{ __typename }"}, {"query": "{ __typename }"}]""", Encoding.UTF8, "application/json");
        using var response = await _client.Http.PostAsync("/graphql", content, TestContext.Current.CancellationToken);
        var answer = await GraphQLResponse.ReadAsync(response);
        answer.AssertNoInternalError();
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("VALIDATION_FAILED", answer.ErrorCode);
    }

    [Fact]
    public async Task The_playground_and_explorer_sized_queries_pass_the_limits()
    {
        // A realistic large document: two named operations, fragments reused, a few aliases.
        var data = await _client.DataAsync("""
            query Focus { cn: entity(id: "country:CN") { ...Card } pk: entity(id: "country:PK") { ...Card } }
            fragment Card on Node { id kind name ... on Entity { relations(first: 20) { edges { node { ...Rel } } } } }
            fragment Rel on Relation { id type subject { id name } object { id name } citations { quote speaker { name } article { title publishedAt } } }
            """);
        Assert.Equal("China", data["cn"]!["name"]!.GetValue<string>());
    }
}

/// <summary>A request's deadline and its client's departure stop its store calls.</summary>
public sealed class RequestDeadlineTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    private (WebApplicationFactory<Program> App, StallingGraphStore.StallRecord Stall) StallingApp(TimeSpan timeout, CapturedLogs? logs = null)
    {
        var stall = new StallingGraphStore.StallRecord();
        var app = api.WithWebHostBuilder(b =>
        {
            if (logs is not null) b.ConfigureLogging(l => l.AddProvider(logs));
            b.UseSetting("Limits:RequestTimeout", timeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
            b.ConfigureTestServices(services =>
            {
                var inner = services.Last(d => d.ServiceType == typeof(IGraphStore));
                services.Remove(inner);
                services.AddSingleton(sp => StallingGraphStore.Wrap((IGraphStore)inner.ImplementationFactory!(sp), stall));
            });
        });
        return (app, stall);
    }

    [Fact]
    public async Task A_request_that_runs_out_of_time_is_stopped_and_says_so()
    {
        var (app, stall) = StallingApp(TimeSpan.FromSeconds(2));
        using var _ = app;
        var client = new GraphQLClient(app.CreateClient());
        // Started and seeded; on a busy machine the very first request may itself run out of time.
        for (var attempt = 0; (await client.PostAsync("{ __typename }")).Errors is not null; attempt++)
            Assert.True(attempt < 10, "the API never answered within its timeout");
        stall.Armed = true;

        var response = await client.PostAsync("""{ entities(search: "china") { edges { node { id } } } }""");

        Assert.Equal("REQUEST_TIMEOUT", response.ErrorCode);
        Assert.True(stall.Cancelled.IsCompletedSuccessfully, "the stalled store call was not cancelled");
    }

    [Fact]
    public async Task A_client_that_leaves_stops_the_store_call()
    {
        var (app, stall) = StallingApp(TimeSpan.FromMinutes(5));
        using var _ = app;
        var client = new GraphQLClient(app.CreateClient());
        await client.DataAsync("{ __typename }");
        stall.Armed = true;
        using var leave = new CancellationTokenSource();

        var request = client.Http.PostAsync("/graphql",
            new StringContent("""{"query": "{ entities(search: \"china\") { edges { node { id } } } }"}""", Encoding.UTF8, "application/json"), leave.Token);
        await stall.Started.WaitAsync(TestContext.Current.CancellationToken);
        await leave.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await stall.Cancelled.WaitAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_store_that_is_down_answers_STORE_UNAVAILABLE_and_the_log_says_why()
    {
        var logs = new CapturedLogs();
        var (app, stall) = StallingApp(TimeSpan.FromMinutes(1), logs);
        using var _ = app;
        var client = new GraphQLClient(app.CreateClient());
        await client.DataAsync("{ __typename }");
        stall.Failure = GeoGraph.Core.Errors.GeoGraphException.StoreUnavailable("the database is locked by another process", new IOException("database is locked"));
        stall.Armed = true;

        var response = await client.PostAsync("""{ entities(search: "china") { edges { node { id } } } }""");

        Assert.Equal("STORE_UNAVAILABLE", response.ErrorCode);
        var logged = Assert.Single(logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Message.Contains("Store unavailable"));
        Assert.Contains("the database is locked by another process", logged.Message);
        Assert.IsType<IOException>(logged.Exception);
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        using var app = api.WithWebHostBuilder(b => b.UseSetting("GraphQL:Introspection", "false"));
        var client = new GraphQLClient(app.CreateClient());

        var schema = await client.PostAsync("{ __schema { queryType { name } } }");
        Assert.Equal("VALIDATION_FAILED", schema.ErrorCode);
        var type = await client.PostAsync("""{ __type(name: "Relation") { name } }""");
        Assert.Equal("VALIDATION_FAILED", type.ErrorCode);
        Assert.Equal("Query", (await client.DataAsync("{ __typename }"))["__typename"]!.GetValue<string>());
        // The complexity bound still applies with the extra rule in place.
        var costly = await client.PostAsync(
            "{ relations(first: 500) { edges { node { citations { article { relations(first: 500) { edges { node { id subject { id name } object { id name } } } } } } } } } }");
        Assert.Equal("QUERY_TOO_COMPLEX", costly.ErrorCode);
    }

    [Fact]
    public async Task Introspection_is_on_by_default()
    {
        var data = await api.CreateGraphQLClient().DataAsync("{ __schema { queryType { name } } }");
        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }
}
