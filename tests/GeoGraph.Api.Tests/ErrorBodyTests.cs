using System.Net;
using GeoGraph.Api.Tests.Support;
using GeoGraph.Testing;

namespace GeoGraph.Api.Tests;

/// <summary>Refusals that routing or the server would send with an empty body get a GraphQL-shaped JSON error naming why.</summary>
public sealed class ErrorBodyTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("PROPFIND")]
    public async Task A_method_graphql_does_not_take_is_405_naming_the_methods_it_takes(string method)
    {
        using var response = await api.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"), Ct);
        var answer = await GraphQLResponse.ReadAsync(response);

        answer.AssertRefused(HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Equal($"/graphql does not take {method}; it takes GET, POST", answer.ErrorMessage);
    }

    [Fact]
    public async Task An_unknown_path_is_404_pointing_at_graphql_and_the_explorer()
    {
        using var response = await api.CreateClient().GetAsync("/graphq", Ct);
        var answer = await GraphQLResponse.ReadAsync(response);

        answer.AssertRefused(HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Equal("nothing at /graphq: GraphQL is at /graphql, the graph explorer at /explore", answer.ErrorMessage);
    }

    [Fact]
    public async Task A_url_longer_than_the_limit_is_414_saying_to_post_and_a_url_at_the_limit_is_served()
    {
        var http = api.CreateClient();
        const string query = "{ entity(id: \"country:CN\") { name } }";
        var prefix = "/graphql?query=" + Uri.EscapeDataString(query) + "&padding=";
        var atLimit = prefix + new string('x', 8192 - prefix.Length);

        using var served = await http.GetAsync(atLimit, Ct);
        using var refused = await http.GetAsync(atLimit + "x", Ct);
        var answer = await GraphQLResponse.ReadAsync(refused);

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        answer.AssertRefused(HttpStatusCode.RequestUriTooLong, "REQUEST_TOO_LARGE");
        Assert.StartsWith("the URL is 8193 characters, more than 8192: send the GraphQL document in a POST body", answer.ErrorMessage);
    }

    [Fact]
    public async Task Behind_kestrel_a_url_four_times_the_limit_still_gets_the_explaining_414()
    {
        using var dir = new TempDirectory();
        await using var server = ServerProcess.Start(dir.File("urls.db"), ("Seed:OnStartup", "false"));
        await server.WaitReadyAsync(TimeSpan.FromSeconds(60), Ct);
        using var http = new HttpClient { BaseAddress = server.Address };

        using var response = await http.GetAsync("/graphql?query=" + new string('x', 4 * 8192 - 100), Ct);
        var answer = await GraphQLResponse.ReadAsync(response);

        answer.AssertRefused(HttpStatusCode.RequestUriTooLong, "REQUEST_TOO_LARGE");
    }
}
