using GeoGraph.Bolt.Connection;
using GeoGraph.Bolt.Routing;

namespace GeoGraph.Bolt;

/// <summary>
/// Entry point: one per application (thread-safe). Holds the connection pools and, for
/// <c>neo4j://</c> URIs, the routing tables. Sessions are cheap; open one per unit of work.
/// </summary>
public sealed class BoltDriver : IAsyncDisposable
{
    public BoltDriver(string uri, BoltAuth auth, BoltDriverConfig? config = null)
    {
        Uri = BoltUri.Parse(uri);
        Config = config ?? new BoltDriverConfig();
        if (Config.FetchSize == 0 || Config.FetchSize < -1)
            throw new ArgumentException("FetchSize must be positive, or -1 for everything at once.", nameof(config));
        Log = new BoltLog(Config);
        var settings = new ConnectionSettings(Uri, auth, Config, Log);
        Provider = Uri.Routing
            ? new RoutingConnectionProvider(Uri, settings)
            : new DirectConnectionProvider(Uri.Address, settings);
    }

    public BoltUri Uri { get; }
    public BoltDriverConfig Config { get; }
    internal BoltLog Log { get; }
    internal IConnectionProvider Provider { get; }

    /// <param name="database">Null for the user's home database.</param>
    /// <param name="accessMode">Read sends <c>mode: "r"</c> and, with routing, goes to a reader.</param>
    /// <param name="bookmarks">Bookmarks from other sessions this one must see the effects of.</param>
    /// <param name="fetchSize">Records per PULL; defaults to <see cref="BoltDriverConfig.FetchSize"/>.</param>
    public BoltSession Session(string? database = null, AccessMode accessMode = AccessMode.Write,
        IEnumerable<string>? bookmarks = null, int? fetchSize = null) =>
        new(this, database, accessMode, bookmarks, fetchSize ?? Config.FetchSize);

    /// <summary>Opens (or reuses) a connection and returns the server's details; throws if it cannot.</summary>
    public async Task<ServerInfo> VerifyConnectivityAsync(string? database = null, CancellationToken cancellationToken = default)
    {
        var connection = await Provider.AcquireAsync(database, AccessMode.Read, [], cancellationToken).ConfigureAwait(false);
        try
        {
            return new ServerInfo(connection.Address, connection.ServerAgent, connection.Version, connection.ConnectionId);
        }
        finally
        {
            await Provider.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}
