using System.Net;
using GeoGraph.Api.Tests.Support;
using GeoGraph.Testing;
using Microsoft.AspNetCore.Hosting;

namespace GeoGraph.Api.Tests;

/// <summary>RateLimiting:PermitsPerSecond: a token bucket per key, else per address; 429 with Retry-After and a coded body.</summary>
public sealed class RateLimitingTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    [Fact]
    public async Task Beyond_the_burst_a_caller_gets_429_with_retry_after_and_another_key_is_not_affected()
    {
        using var app = api.WithWebHostBuilder(b =>
        {
            b.UseSetting("RateLimiting:PermitsPerSecond", "1");
            b.UseSetting("RateLimiting:Burst", "3");
        });
        var reader = new GraphQLClient(GeoGraphApiFactory.WithKey(app.CreateClient(), ApiTestKeys.Reader));

        var answers = new List<GraphQLResponse>();
        for (var i = 0; i < 10; i++) answers.Add(await reader.PostAsync("{ __typename }"));

        Assert.True(answers.Count(a => a.Status == HttpStatusCode.OK) is >= 3 and < 10, string.Join(", ", answers.Select(a => a.Status)));
        var refused = answers.First(a => a.Status == HttpStatusCode.TooManyRequests);
        Assert.Equal("RATE_LIMITED", refused.ErrorCode);

        using var raw = await GeoGraphApiFactory.WithKey(app.CreateClient(), ApiTestKeys.Reader).PostAsync("/graphql",
            new StringContent("""{"query": "{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, raw.StatusCode);
        Assert.True(raw.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));

        // Another key has its own bucket; health checks are never limited.
        var writer = await new GraphQLClient(GeoGraphApiFactory.WithKey(app.CreateClient(), ApiTestKeys.Writer)).PostAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.OK, writer.Status);
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Without_configuration_nothing_is_limited()
    {
        var client = api.CreateGraphQLClient(key: null);
        for (var i = 0; i < 30; i++) Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("{ __typename }")).Status);
    }
}
