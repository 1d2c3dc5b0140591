using System.Diagnostics;
using GeoGraph.Bolt.Connection;
using GeoGraph.Bolt.Messages;

namespace GeoGraph.Bolt;

/// <summary>
/// A sequence of queries and transactions against one database, chaining bookmarks so each sees
/// the writes of the previous ones. Not thread-safe: use one session per logical unit of work.
/// </summary>
public sealed class BoltSession : IBoltQueryRunner, IAsyncDisposable, IResultOwner
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    private readonly BoltDriver _driver;
    private readonly AccessMode _defaultMode;
    private IReadOnlyList<string> _bookmarks;
    private BoltConnection? _connection;
    private BoltResult? _openResult;
    private BoltTransaction? _transaction;
    private bool _disposed;

    internal BoltSession(BoltDriver driver, string? database, AccessMode accessMode, IEnumerable<string>? bookmarks, int fetchSize)
    {
        _driver = driver;
        Database = string.IsNullOrEmpty(database) ? null : database;
        _defaultMode = accessMode;
        _bookmarks = bookmarks?.ToArray() ?? [];
        FetchSize = fetchSize;
    }

    /// <summary>The database, or null for the user's home database.</summary>
    public string? Database { get; }
    public int FetchSize { get; }

    /// <summary>The bookmark of the last committed work, to pass to another session for causal consistency.</summary>
    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    internal IConnectionProvider Provider => _driver.Provider;

    /// <summary>Runs one auto-commit query with the session's defaults. RUN and the first PULL leave in one flush.</summary>
    public Task<BoltResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters,
        CancellationToken cancellationToken) =>
        RunAsync(query, parameters, null, cancellationToken);

    /// <summary>Runs one auto-commit query; <paramref name="config"/> sets its timeout and metadata. RUN and the first PULL leave in one flush.</summary>
    public async Task<BoltResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        TransactionConfig? config = null, CancellationToken cancellationToken = default)
    {
        EnsureUsable();
        parameters ??= NoParameters;
        BoltValues.Validate(parameters);
        await FinishOpenResultAsync(cancellationToken).ConfigureAwait(false); // may bring a new bookmark
        var extra = TransactionConfig.Extra(Database, _defaultMode, _bookmarks, config);
        var connection = await Provider.AcquireAsync(Database, _defaultMode, _bookmarks, cancellationToken).ConfigureAwait(false);
        var activity = BoltTelemetry.StartQuery(query, connection.Address, Database);
        try
        {
            _connection = connection;
            _openResult = await RunPipelinedAsync(connection, this, query, parameters, extra, TelemetryApi.AutoCommit, activity, cancellationToken)
                .ConfigureAwait(false);
            return _openResult;
        }
        catch (BoltException e)
        {
            BoltTelemetry.Fail(activity, e);
            throw await ReleaseAfterErrorAsync(e).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // A value the writer refused, or a cancellation: the connection goes back either way.
            BoltTelemetry.Fail(activity, e);
            await ReleaseConnectionAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Opens an explicit transaction. BEGIN is sent with the transaction's first request.</summary>
    public Task<BoltTransaction> BeginTransactionAsync(TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        BeginAsync(_defaultMode, config, TelemetryApi.ExplicitTransaction, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying it on transient errors.</summary>
    public Task<T> ExecuteReadAsync<T>(Func<BoltTransaction, Task<T>> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, config, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying it on transient errors.</summary>
    public Task<T> ExecuteWriteAsync<T>(Func<BoltTransaction, Task<T>> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, config, cancellationToken);

    public Task ExecuteWriteAsync(Func<BoltTransaction, Task> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, async tx =>
        {
            await work(tx).ConfigureAwait(false);
            return true;
        }, config, cancellationToken);

    /// <summary>
    /// The managed-transaction loop: commit on success; on a retryable error roll back, wait with
    /// exponential backoff and jitter, and try again until <see cref="BoltDriverConfig.MaxTransactionRetryTime"/> has passed.
    /// </summary>
    private async Task<T> ExecuteAsync<T>(AccessMode mode, Func<BoltTransaction, Task<T>> work, TransactionConfig? config,
        CancellationToken cancellationToken)
    {
        var settings = _driver.Config;
        var started = Stopwatch.StartNew();
        var delay = settings.RetryInitialDelay;
        for (var attempt = 1; ; attempt++)
        {
            BoltTransaction? tx = null;
            try
            {
                tx = await BeginAsync(mode, config, TelemetryApi.ManagedTransaction, cancellationToken).ConfigureAwait(false);
                var value = await work(tx).ConfigureAwait(false);
                if (tx.IsOpen) await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                return value;
            }
            // A cancellation is never retried: it surfaces as OperationCanceledException, and a retryable
            // error that races with the caller's token is not retried either.
            catch (BoltException e) when (e.IsRetryable && !cancellationToken.IsCancellationRequested
                                          && started.Elapsed < settings.MaxTransactionRetryTime)
            {
                var jitter = 1 + settings.RetryJitter * (2 * Random.Shared.NextDouble() - 1);
                var wait = TimeSpan.FromTicks((long)(delay.Ticks * jitter));
                _driver.Log.Write(BoltLogLevel.Warning,
                    $"Transaction attempt {attempt} failed with {e.Code ?? e.GetType().Name}; retrying in {wait.TotalMilliseconds:0} ms: {e.Message}");
                if (tx is not null) await tx.DisposeAsync().ConfigureAwait(false);
                tx = null;
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks((long)(delay.Ticks * settings.RetryDelayMultiplier));
            }
            finally
            {
                if (tx is not null) await tx.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    internal async Task<BoltTransaction> BeginAsync(AccessMode mode, TransactionConfig? config, TelemetryApi api, CancellationToken cancellationToken)
    {
        EnsureUsable();
        await FinishOpenResultAsync(cancellationToken).ConfigureAwait(false); // may bring a new bookmark
        var extra = TransactionConfig.Extra(Database, mode, _bookmarks, config);
        var connection = await Provider.AcquireAsync(Database, mode, _bookmarks, cancellationToken).ConfigureAwait(false);
        try
        {
            SendTelemetry(connection, api);
            connection.Enqueue(new BeginMessage(extra), new ResponseHandler("BEGIN"));
        }
        catch
        {
            await Provider.ReleaseAsync(connection).ConfigureAwait(false);
            throw;
        }
        _connection = connection;
        return _transaction = new BoltTransaction(this, connection);
    }

    /// <summary>RUN then PULL {n: fetch size}, flushed together; returns once RUN's reply (the keys) is in.</summary>
    internal async Task<BoltResult> RunPipelinedAsync(BoltConnection connection, IResultOwner owner, string query,
        IReadOnlyDictionary<string, object?> parameters, IReadOnlyDictionary<string, object?> extra, TelemetryApi? api,
        Activity? activity, CancellationToken cancellationToken)
    {
        if (api is { } telemetryApi) SendTelemetry(connection, telemetryApi);
        var run = new ResponseHandler("RUN");
        connection.Enqueue(new RunMessage(query, parameters, extra), run);
        var (pull, bind) = BoltResult.DeferredPull();
        connection.Enqueue(new PullMessage(FetchSize), pull);
        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        await connection.ReceiveAsync(run, cancellationToken).ConfigureAwait(false);
        run.SuccessOrThrow();
        return new BoltResult(query, connection, owner, run, bind, FetchSize, activity);
    }

    private void SendTelemetry(BoltConnection connection, TelemetryApi api)
    {
        if (connection.TelemetryEnabled && _driver.Config.TelemetryEnabled)
            connection.Enqueue(new TelemetryMessage(api), new ResponseHandler("TELEMETRY"));
    }

    /// <summary>Before a new query: read the rest of the previous result into memory so its connection is free.</summary>
    private async Task FinishOpenResultAsync(CancellationToken cancellationToken)
    {
        if (_openResult is { IsOpen: true } previous) await previous.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
        _openResult = null;
    }

    ValueTask IResultOwner.OnResultCompletedAsync(BoltResult result, ResultSummary summary)
    {
        if (summary.Bookmark is { } bookmark) _bookmarks = [bookmark];
        return ReleaseConnectionAsync();
    }

    async ValueTask<BoltException> IResultOwner.OnResultFailedAsync(BoltResult result, BoltException error) =>
        await ReleaseAfterErrorAsync(error).ConfigureAwait(false);

    internal async Task<BoltException> ReleaseAfterErrorAsync(BoltException error)
    {
        var connection = _connection;
        if (connection is null) return error;
        var surfaced = Provider.OnError(connection, Database, error);
        await ReleaseConnectionAsync().ConfigureAwait(false);
        return surfaced;
    }

    internal ValueTask EndTransactionAsync(string? bookmark)
    {
        if (bookmark is not null) _bookmarks = [bookmark];
        _transaction = null;
        return ReleaseConnectionAsync();
    }

    private ValueTask ReleaseConnectionAsync()
    {
        var connection = _connection;
        _connection = null;
        return connection is null ? ValueTask.CompletedTask : Provider.ReleaseAsync(connection);
    }

    private void EnsureUsable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_transaction is not null)
            throw new BoltUsageException("This session has an open transaction; run queries through it, or commit or roll it back first.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        if (_transaction is not null) await _transaction.DisposeAsync().ConfigureAwait(false);
        _disposed = true;
        // An unread result is abandoned (the pool detaches it); the pool's RESET ends its stream on the server.
        await ReleaseConnectionAsync().ConfigureAwait(false);
    }
}
