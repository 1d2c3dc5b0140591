using System.Collections.Concurrent;

namespace GeoGraph.Bolt.Connection;

/// <summary>
/// Connections to one server: at most <see cref="BoltDriverConfig.MaxConnectionPoolSize"/>, idle ones
/// reused most-recent first, checked with RESET after being idle too long, closed after their
/// lifetime, and discarded once broken.
/// </summary>
internal sealed class ConnectionPool(ServerAddress address, ConnectionSettings settings) : IAsyncDisposable
{
    private readonly SemaphoreSlim _slots = new(settings.Config.MaxConnectionPoolSize, settings.Config.MaxConnectionPoolSize);
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private readonly BoltDriverConfig _config = settings.Config;
    private int _created;
    private volatile bool _disposed;

    public ServerAddress Address { get; } = address;
    public int IdleCount => _idle.Count;
    public int InUseCount => _config.MaxConnectionPoolSize - _slots.CurrentCount;
    public int CreatedCount => _created;

    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(_config.ConnectionAcquisitionTimeout, cancellationToken).ConfigureAwait(false))
            throw new ConnectionAcquisitionTimeoutException(
                $"No connection to {Address} became free within {_config.ConnectionAcquisitionTimeout.TotalSeconds:0.###} s " +
                $"(pool size {_config.MaxConnectionPoolSize}).");
        try
        {
            // The token is checked before each idle connection: a cancelled acquisition must not run
            // (and fail) the liveness check of every stale connection in turn.
            while (!cancellationToken.IsCancellationRequested && _idle.TryPop(out var connection))
            {
                var now = _config.TimeProvider.GetUtcNow();
                if (connection.IsBroken || now - connection.CreatedAt > _config.MaxConnectionLifetime)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                    continue;
                }
                if (_config.ConnectionLivenessCheckTimeout is { } idleLimit && now - connection.LastUsedAt > idleLimit
                    && !await IsAliveAsync(connection, cancellationToken).ConfigureAwait(false))
                    continue;
                return connection;
            }
            cancellationToken.ThrowIfCancellationRequested();
            var opened = await BoltConnection.OpenAsync(Address, settings, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _created);
            return opened;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    private async Task<bool> IsAliveAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(_config.ConnectTimeout);
            await connection.ResetAsync(cts.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is BoltException || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await connection.DisposeAsync().ConfigureAwait(false); // dead, or too slow to answer RESET
            return false;
        }
        catch (OperationCanceledException)
        {
            // The caller gave up mid-check: this connection's state is unknown (it is broken), but the
            // server says nothing about the other idle connections, which stay in the pool.
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Returns a connection: RESET first if it has unfinished business; closed if broken or too old.</summary>
    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        try
        {
            connection.DetachResults();
            if (!connection.IsBroken && connection.NeedsReset)
            {
                try
                {
                    using var cts = new CancellationTokenSource(_config.ConnectTimeout);
                    await connection.ResetAsync(cts.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is BoltException or OperationCanceledException)
                {
                    // ResetAsync broke the connection (or timed out, which breaks it too); it is discarded below.
                }
            }
            var now = _config.TimeProvider.GetUtcNow();
            if (connection.IsBroken || _disposed || now - connection.CreatedAt > _config.MaxConnectionLifetime)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                connection.LastUsedAt = now;
                _idle.Push(connection);
                // DisposeAsync may have emptied the stack between the check above and the push.
                if (_disposed)
                    while (_idle.TryPop(out var stray)) await stray.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var connection)) await connection.DisposeAsync().ConfigureAwait(false);
    }
}
