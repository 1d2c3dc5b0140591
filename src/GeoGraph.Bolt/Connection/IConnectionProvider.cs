namespace GeoGraph.Bolt.Connection;

/// <summary>Finds a connection for a database and access mode: one pool (direct) or the routing table (neo4j://).</summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    Task<BoltConnection> AcquireAsync(string? database, AccessMode mode, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken);

    ValueTask ReleaseAsync(BoltConnection connection);

    /// <summary>Learns from an error on a connection (e.g. drops a server that is no longer a writer) and returns the error to surface.</summary>
    BoltException OnError(BoltConnection connection, string? database, BoltException error);

    IReadOnlyCollection<ConnectionPool> Pools { get; }
}

internal sealed class DirectConnectionProvider(ServerAddress address, ConnectionSettings settings) : IConnectionProvider
{
    private readonly ConnectionPool _pool = new(address, settings);

    public IReadOnlyCollection<ConnectionPool> Pools => [_pool];

    public Task<BoltConnection> AcquireAsync(string? database, AccessMode mode, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken) =>
        _pool.AcquireAsync(cancellationToken);

    public ValueTask ReleaseAsync(BoltConnection connection) => _pool.ReleaseAsync(connection);

    public BoltException OnError(BoltConnection connection, string? database, BoltException error) => error;

    public ValueTask DisposeAsync() => _pool.DisposeAsync();
}
