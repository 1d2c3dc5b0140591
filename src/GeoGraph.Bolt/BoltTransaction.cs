using GeoGraph.Bolt.Connection;
using GeoGraph.Bolt.Messages;

namespace GeoGraph.Bolt;

/// <summary>
/// An explicit transaction: BEGIN … RUN/PULL … COMMIT or ROLLBACK on one connection. Disposing an
/// open transaction rolls it back. After any failure the transaction is over; the connection is
/// RESET and returned to the pool.
/// </summary>
public sealed class BoltTransaction : IBoltQueryRunner, IAsyncDisposable, IResultOwner
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    private readonly BoltSession _session;
    private readonly BoltConnection _connection;
    private readonly List<BoltResult> _results = [];
    private BoltException? _failure;
    private State _state = State.Active;

    private enum State
    {
        Active,
        Committed,
        RolledBack,
        Failed,
    }

    internal BoltTransaction(BoltSession session, BoltConnection connection)
    {
        _session = session;
        _connection = connection;
    }

    public bool IsOpen => _state == State.Active;

    /// <summary>Runs a query in the transaction. RUN and the first PULL leave in one flush (with BEGIN, for the first query).</summary>
    public async Task<BoltResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        EnsureActive();
        parameters ??= Empty;
        BoltValues.Validate(parameters);
        var activity = BoltTelemetry.StartQuery(query, _connection.Address, _session.Database);
        try
        {
            var result = await _session.RunPipelinedAsync(_connection, this, query, parameters, Empty, null, activity, cancellationToken)
                .ConfigureAwait(false);
            _results.Add(result);
            return result;
        }
        catch (BoltException e)
        {
            BoltTelemetry.Fail(activity, e);
            throw await FailAsync(e).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            BoltTelemetry.Fail(activity, e); // a cancellation: the broken connection fails the transaction on next use
            throw;
        }
    }

    /// <summary>Reads the rest of every open result into memory, then COMMIT; the session takes the new bookmark.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureActive();
        try
        {
            foreach (var result in _results) await result.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
            if (_state == State.Failed) throw _failure!;
            var commit = new ResponseHandler("COMMIT");
            _connection.Enqueue(CommitMessage.Instance, commit);
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await _connection.ReceiveAsync(commit, cancellationToken).ConfigureAwait(false);
            var meta = commit.SuccessOrThrow();
            _state = State.Committed;
            await _session.EndTransactionAsync(meta.TryGetValue("bookmark", out var b) ? b as string : null).ConfigureAwait(false);
        }
        catch (BoltException e) when (_state == State.Active)
        {
            throw await FailAsync(e).ConfigureAwait(false);
        }
    }

    /// <summary>Discards unread records, then ROLLBACK. Does nothing if the transaction already failed or ended.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state != State.Active) return;
        try
        {
            foreach (var result in _results)
                if (result.IsOpen) await result.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            if (_state != State.Active) return;
            var rollback = new ResponseHandler("ROLLBACK");
            _connection.Enqueue(RollbackMessage.Instance, rollback);
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await _connection.ReceiveAsync(rollback, cancellationToken).ConfigureAwait(false);
            rollback.SuccessOrThrow();
            _state = State.RolledBack;
            await _session.EndTransactionAsync(null).ConfigureAwait(false);
        }
        catch (BoltException e) when (_state == State.Active)
        {
            throw await FailAsync(e).ConfigureAwait(false);
        }
    }

    private async Task<BoltException> FailAsync(BoltException error)
    {
        _state = State.Failed;
        _failure = error;
        var surfaced = await _session.ReleaseAfterErrorAsync(error).ConfigureAwait(false);
        await _session.EndTransactionAsync(null).ConfigureAwait(false);
        return _failure = surfaced;
    }

    ValueTask IResultOwner.OnResultCompletedAsync(BoltResult result, ResultSummary summary) => ValueTask.CompletedTask;

    async ValueTask<BoltException> IResultOwner.OnResultFailedAsync(BoltResult result, BoltException error) =>
        _state == State.Active ? await FailAsync(error).ConfigureAwait(false) : error;

    private void EnsureActive()
    {
        switch (_state)
        {
            case State.Failed: throw new BoltUsageException($"The transaction failed and can no longer be used: {_failure!.Message}");
            case State.Committed: throw new BoltUsageException("The transaction was committed.");
            case State.RolledBack: throw new BoltUsageException("The transaction was rolled back.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_state != State.Active) return;
        try
        {
            await RollbackAsync().ConfigureAwait(false);
        }
        catch (BoltException)
        {
            // The failure already ended the transaction and released its connection.
        }
    }
}
