using System.Net;
using System.Net.Sockets;
using GeoGraph.Api.Tests.Support;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Testing.Bolt;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests;

/// <summary>
/// The API with <c>Storage:Provider=Neo4j</c>: it serves from the Neo4j store (here the scripted
/// fake Bolt server), and while Neo4j is unreachable it answers STORE_UNAVAILABLE and reports
/// itself not ready, then recovers by itself.
/// </summary>
public sealed class Neo4jProviderTests
{
    private static WebApplicationFactory<Program> Api(string uri, bool seed = false, string timeout = "00:00:10") => new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
        .UseEnvironment("Testing")
        .UseSetting("Storage:Provider", "Neo4j")
        .UseSetting("Neo4j:Uri", uri)
        .UseSetting("Neo4j:User", "neo4j")
        .UseSetting("Neo4j:Password", "pass")
        .UseSetting("Neo4j:ApplySchema", "false")
        .UseSetting("Neo4j:OperationTimeout", timeout)
        .UseSetting("Seed:OnStartup", seed ? "true" : "false"));

    private static string ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"bolt://127.0.0.1:{port}";
    }

    [Fact]
    public async Task The_Neo4j_provider_serves_GraphQL_from_Neo4j()
    {
        await using var server = FakeBoltServer.Start();
        var recorded = new DateTimeOffset(2025, 10, 14, 6, 0, 0, TimeSpan.Zero);
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(GetNodes, ["requestedId", "id", "kind", "name", "aliases", "description", "recordedAt", "externalIds"],
                [["country:CN", "country:CN", "COUNTRY", "China", new object?[] { "Beijing", "CHN" }, null, recorded, new object?[] { "iso3166-alpha2:CN" }]],
                checkRun: m => Assert.Equal(new object?[] { "country:CN" }, (object?[])m.Map(1)["ids"]!))
            .Expect("COMMIT").Success(("bookmark", "bm:1")));
        await using var api = Api(server.Uri());
        Assert.IsType<Neo4jGraphStore>(api.Services.GetRequiredService<IGraphStore>());

        var data = await new GraphQLClient(api.CreateClient()).DataAsync("""{ entity(id: "country:CN") { id kind name ... on Entity { aliases } } }""");

        JsonAssert.Equal("""{ "entity": { "id": "country:CN", "kind": "COUNTRY", "name": "China", "aliases": ["Beijing", "CHN"] } }""", data);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task With_Neo4j_down_requests_fail_with_STORE_UNAVAILABLE_and_readiness_says_so()
    {
        // A short timeout: with nothing listening the driver retries until it runs out.
        await using var api = Api(ClosedPort(), timeout: "00:00:01");
        var client = api.CreateClient();

        using var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        var response = await new GraphQLClient(client).PostAsync("""{ entity(id: "country:CN") { id } }""");
        Assert.Equal("STORE_UNAVAILABLE", response.ErrorCode);
        response.AssertNoInternalError();
    }

    [Fact]
    public async Task With_Neo4j_down_at_start_up_the_API_starts_not_ready_and_keeps_trying_to_seed()
    {
        await using var api = Api(ClosedPort(), seed: true, timeout: "00:00:01");
        var client = api.CreateClient();

        using var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.True(api.Services.GetRequiredService<GeoGraph.Api.Hosting.SeedState>().Pending);
        using var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task A_connection_dropped_mid_request_is_retried_on_a_new_one()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().Close());
        server.OnEveryConnection(s => s.Login()
            .Expect("BEGIN").Success().Query(Ready, ["ready"], [[1L]]).Expect("COMMIT").Success());
        // The default timeout (10 s) leaves room for the driver's first retry (after about a second).
        await using var api = Api(server.Uri());
        var client = api.CreateClient();

        // The first connection is dropped mid-request; the managed transaction retries on a new one.
        using var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(server.ConnectionCount >= 2);
    }

    private static string GetNodes => Statement("get_nodes");

    private static string Ready => Statement("ready");

    /// <summary>A statement as the store sends it: the file under cypher/queries.</summary>
    private static string Statement(string name) =>
        File.ReadAllText(Path.Combine(RepoRoot(), "cypher", "queries", name + ".cypher")).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GeoGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("GeoGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
