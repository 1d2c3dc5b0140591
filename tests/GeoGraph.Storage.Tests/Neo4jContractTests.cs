using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using GeoGraph.Bolt;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Testing.Storage;

namespace GeoGraph.Storage.Tests;

/// <summary>
/// The storage contract on a real Neo4j: the server named by <c>Neo4j__Uri</c> (with
/// <c>Neo4j__User</c>, <c>Neo4j__Password</c>, <c>Neo4j__Database</c>), else a <c>neo4j:5.26</c>
/// container when a Docker engine is present, else every test skips saying which was missing.
/// Each test empties the database's GeoGraph data first, so the suite refuses (skips) a database
/// that already holds GeoGraph data it did not write.
/// </summary>
public sealed class Neo4jContractTests : GraphStoreContract, IAsyncLifetime
{
    private readonly List<Neo4jGraphStore> _stores = [];

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var server = await Neo4jTestServer.Instance.Value;
        if (server.Options is null) Assert.Skip(server.Reason);
        var options = server.Options;
        await using (var driver = options.CreateDriver("geograph-tests/1.0"))
        await using (var session = driver.Session(options.Database))
            await (await session.RunAsync("MATCH (n) WHERE n:Node OR n:Article DETACH DELETE n", null, Ct)).ConsumeAsync(Ct);
        var store = new Neo4jGraphStore(options, RelationVocabulary.Default);
        _stores.Add(store);
        return store;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores) await store.DisposeAsync();
    }
}

/// <summary>The Neo4j the contract suite runs on, found once per test run, or why there is none.</summary>
internal sealed record Neo4jTestServer(Neo4jOptions? Options, string Reason)
{
    public const string Image = "neo4j:5.26";
    private const string ContainerPassword = "geograph-contract";

    public static readonly Lazy<Task<Neo4jTestServer>> Instance = new(FindAsync);

    private static IContainer? _container;

    private static async Task<Neo4jTestServer> FindAsync()
    {
        if (Environment.GetEnvironmentVariable("Neo4j__Uri") is { Length: > 0 } uri)
        {
            var options = new Neo4jOptions
            {
                Uri = uri,
                User = Environment.GetEnvironmentVariable("Neo4j__User"),
                Password = Environment.GetEnvironmentVariable("Neo4j__Password"),
                Database = Environment.GetEnvironmentVariable("Neo4j__Database"),
            };
            return await RefuseForeignDataAsync(options);
        }
        if (!DockerEngineLikely())
            return new(null, "No Neo4j to run the contract suite on: Neo4j__Uri is not set (a disposable Neo4j 5.26+ database), "
                + $"and no Docker engine was found for a {Image} container (no DOCKER_HOST, no /var/run/docker.sock).");
        try
        {
            _container = new ContainerBuilder(Image)
                .WithEnvironment("NEO4J_AUTH", "neo4j/" + ContainerPassword)
                .WithPortBinding(7687, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilMessageIsLogged("Started."))
                .Build();
            await _container.StartAsync();
            return new(new Neo4jOptions
            {
                Uri = $"bolt://{_container.Hostname}:{_container.GetMappedPublicPort(7687)}",
                User = "neo4j",
                Password = ContainerPassword,
            }, "");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new(null, $"No Neo4j to run the contract suite on: Neo4j__Uri is not set and the {Image} container did not start: {e.Message}");
        }
    }

    /// <summary>The suite empties GeoGraph's labels before each test: never on a database holding someone's graph.</summary>
    private static async Task<Neo4jTestServer> RefuseForeignDataAsync(Neo4jOptions options)
    {
        try
        {
            await using var driver = options.CreateDriver("geograph-tests/1.0");
            await using var session = driver.Session(options.Database, AccessMode.Read);
            var count = (await (await session.RunAsync("MATCH (n) WHERE n:Node OR n:Article RETURN count(n) AS n", null, default)).SingleAsync()).Get<long>("n");
            return count == 0 ? new(options, "")
                : new(null, $"Neo4j at {options.Uri} already holds {count} GeoGraph nodes; the contract suite empties its database before each test, "
                    + "so point Neo4j__Uri/Neo4j__Database at a disposable database.");
        }
        catch (BoltException e)
        {
            return new(null, $"Neo4j__Uri is {options.Uri}, but it cannot be used: {e.Message}");
        }
    }

    private static bool DockerEngineLikely() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");
}
