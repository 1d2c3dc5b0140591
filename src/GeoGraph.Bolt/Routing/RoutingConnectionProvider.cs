using System.Collections.Concurrent;
using GeoGraph.Bolt.Connection;

namespace GeoGraph.Bolt.Routing;

/// <summary>
/// Client-side routing for <c>neo4j://</c>: a routing table per database fetched with ROUTE, writes
/// to writers, reads spread over readers, unreachable servers dropped, the table refreshed when it
/// expires or cannot serve the mode.
/// </summary>
internal sealed class RoutingConnectionProvider(BoltUri uri, ConnectionSettings settings) : IConnectionProvider
{
    private readonly ConcurrentDictionary<ServerAddress, ConnectionPool> _pools = new();
    private readonly ConcurrentDictionary<string, RoutingTable> _tables = new();
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly TimeProvider _clock = settings.Config.TimeProvider;

    public IReadOnlyCollection<ConnectionPool> Pools => _pools.Values.ToArray();

    internal RoutingTable? TableFor(string? database) => _tables.TryGetValue(database ?? "", out var t) ? t : null;

    private ConnectionPool Pool(ServerAddress address) => _pools.GetOrAdd(address, a => new ConnectionPool(a, settings));

    public async Task<BoltConnection> AcquireAsync(string? database, AccessMode mode, IReadOnlyList<string> bookmarks,
        CancellationToken cancellationToken)
    {
        ServiceUnavailableException? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var table = await GetTableAsync(database, mode, bookmarks, cancellationToken).ConfigureAwait(false);
            foreach (var address in table.CandidatesFor(mode))
            {
                try
                {
                    return await Pool(address).AcquireAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (ServiceUnavailableException e)
                {
                    last = e;
                    ForgetEverywhere(address);
                }
            }
        }
        throw new SessionExpiredException(
            $"No {(mode == AccessMode.Read ? "reader" : "writer")} for database {database ?? "(home)"} could be reached.", null, last);
    }

    private async Task<RoutingTable> GetTableAsync(string? database, AccessMode mode, IReadOnlyList<string> bookmarks,
        CancellationToken cancellationToken)
    {
        var key = database ?? "";
        if (_tables.TryGetValue(key, out var table) && !table.IsStaleFor(mode, _clock.GetUtcNow())) return table;
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tables.TryGetValue(key, out table) && !table.IsStaleFor(mode, _clock.GetUtcNow())) return table;
            var fresh = await FetchAsync(table, database, bookmarks, cancellationToken).ConfigureAwait(false);
            settings.Log.Write(BoltLogLevel.Debug, $"routing table: {fresh}");
            _tables[key] = fresh;
            return fresh;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Asks the known routers in turn, then the address of the URI, for a new table.</summary>
    private async Task<RoutingTable> FetchAsync(RoutingTable? previous, string? database, IReadOnlyList<string> bookmarks,
        CancellationToken cancellationToken)
    {
        var routers = (previous?.Routers ?? []).Append(uri.Address).Distinct().ToArray();
        var errors = new List<string>();
        foreach (var router in routers)
        {
            BoltConnection connection;
            try
            {
                connection = await Pool(router).AcquireAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceUnavailableException e)
            {
                errors.Add($"{router}: {e.Message}");
                ForgetEverywhere(router);
                continue;
            }
            try
            {
                var rt = await connection.RouteAsync(uri.RoutingContext, bookmarks, database, cancellationToken).ConfigureAwait(false);
                return RoutingTable.Parse(rt, _clock.GetUtcNow());
            }
            catch (ServiceUnavailableException e)
            {
                errors.Add($"{router}: {e.Message}");
                ForgetEverywhere(router);
            }
            finally
            {
                await Pool(router).ReleaseAsync(connection).ConfigureAwait(false);
            }
        }
        throw new ServiceUnavailableException(
            $"Could not fetch a routing table for database {database ?? "(home)"}: {string.Join("; ", errors)}");
    }

    private void ForgetEverywhere(ServerAddress address)
    {
        foreach (var table in _tables.Values) table.Forget(address);
    }

    public ValueTask ReleaseAsync(BoltConnection connection) => Pool(connection.Address).ReleaseAsync(connection);

    public BoltException OnError(BoltConnection connection, string? database, BoltException error)
    {
        switch (error)
        {
            case ServiceUnavailableException:
                ForgetEverywhere(connection.Address);
                return new SessionExpiredException($"Server {connection.Address} is no longer available: {error.Message}", null, error);
            case ClientException { Code: "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase" }:
                TableFor(database)?.ForgetWriter(connection.Address);
                return new SessionExpiredException($"Server {connection.Address} can no longer accept writes: {error.Message}", error.Code, error);
            case TransientException { Code: "Neo.TransientError.General.DatabaseUnavailable" }:
                ForgetEverywhere(connection.Address);
                return error;
            default:
                return error;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values) await pool.DisposeAsync().ConfigureAwait(false);
    }
}
