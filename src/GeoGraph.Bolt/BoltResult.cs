using System.Diagnostics;
using System.Runtime.CompilerServices;
using GeoGraph.Bolt.Connection;
using GeoGraph.Bolt.Messages;

namespace GeoGraph.Bolt;

/// <summary>Whoever runs a query learns here when its stream ends, to release the connection or mark a transaction failed.</summary>
internal interface IResultOwner
{
    ValueTask OnResultCompletedAsync(BoltResult result, ResultSummary summary);

    /// <summary>Returns the exception to surface (a routing owner may turn it into a session-expired error).</summary>
    ValueTask<BoltException> OnResultFailedAsync(BoltResult result, BoltException error);
}

/// <summary>
/// The records of one query, streamed: records arrive in batches of the fetch size (PULL
/// <c>{n}</c>), the next batch is requested when the previous one is used up and the server said
/// <c>has_more</c>. Enumerate it once; <see cref="ConsumeAsync"/> discards the rest and gives the summary.
/// </summary>
public sealed class BoltResult : IAsyncEnumerable<Record>
{
    private readonly BoltConnection _connection;
    private readonly IResultOwner _owner;
    private readonly RecordKeys _keys;
    private readonly IReadOnlyDictionary<string, object?> _runMetadata;
    private readonly Queue<Record> _buffer = new();
    private readonly string _query;
    private readonly Activity? _activity;
    private StreamHandler _stream;
    private readonly long _qid;
    private int _fetchSize;
    private bool _discarding;
    private ResultSummary? _summary;
    private BoltException? _error;

    internal BoltResult(string query, BoltConnection connection, IResultOwner owner, ResponseHandler run,
        Func<BoltResult, StreamHandler> firstPull, int fetchSize, Activity? activity)
    {
        _query = query;
        _connection = connection;
        _owner = owner;
        _fetchSize = fetchSize;
        _activity = activity;
        _runMetadata = run.Metadata!;
        _keys = new RecordKeys(_runMetadata.TryGetValue("fields", out var f) && f is object?[] fields
            ? fields.Select(x => x as string ?? "").ToArray()
            : []);
        _qid = _runMetadata.TryGetValue("qid", out var q) && q is long qid ? qid : -1;
        _stream = firstPull(this);
        _connection.MarkStreamOpen(true);
        _connection.Attach(this);
    }

    /// <summary>Binds the handler created before the result existed (RUN and PULL are sent together).</summary>
    internal static (StreamHandler Handler, Func<BoltResult, StreamHandler> Bind) DeferredPull()
    {
        BoltResult? owner = null;
        var handler = new StreamHandler("PULL", values => owner!.OnRecord(values));
        return (handler, r =>
        {
            owner = r;
            return handler;
        });
    }

    public IReadOnlyList<string> Keys => _keys.Names;

    /// <summary>True until the server's final summary (or an error) has arrived.</summary>
    public bool IsOpen => _summary is null && _error is null;

    /// <summary>The summary, once the stream has ended.</summary>
    public ResultSummary? Summary => _summary;

    private void OnRecord(object?[] values)
    {
        if (!_discarding) _buffer.Enqueue(new Record(_keys, values));
    }

    public async IAsyncEnumerator<Record> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        while (await MoveNextAsync(cancellationToken).ConfigureAwait(false))
            yield return _buffer.Dequeue();
    }

    private async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        while (_buffer.Count == 0)
        {
            if (_error is not null) throw _error;
            if (_summary is not null) return false;
            await PumpAsync(cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    /// <summary>One step: read a message, or ask for the next batch, or finish.</summary>
    private async ValueTask PumpAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!_stream.IsDone)
            {
                await _connection.ReceiveOneAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            if (_stream.Error is { } error)
            {
                await FailAsync(error).ConfigureAwait(false);
                return;
            }
            if (_stream.HasMore)
            {
                StreamRequestMessage next = _discarding ? new DiscardMessage(-1, _qid) : new PullMessage(_fetchSize, _qid);
                _stream = new StreamHandler(next.Name, OnRecord);
                _connection.Enqueue(next, _stream);
                await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            _connection.MarkStreamOpen(false);
            _summary = new ResultSummary(_query,
                new ServerInfo(_connection.Address, _connection.ServerAgent, _connection.Version, _connection.ConnectionId),
                _runMetadata, _stream.Metadata!);
            _activity?.Dispose();
            await _owner.OnResultCompletedAsync(this, _summary).ConfigureAwait(false);
        }
        catch (BoltException e) when (_error is null)
        {
            await FailAsync(e).ConfigureAwait(false);
        }
    }

    private async ValueTask FailAsync(BoltException error)
    {
        _buffer.Clear();
        BoltTelemetry.Fail(_activity, error);
        _error = error; // set first: the owner may reset the connection, which pumps no further
        _error = await _owner.OnResultFailedAsync(this, error).ConfigureAwait(false);
    }

    /// <summary>
    /// Its connection went back to the pool with this result unfinished (session disposed, transaction
    /// ended or failed): never touch the connection again, drop whatever the pool's RESET drains, and
    /// make every further read fail.
    /// </summary>
    internal void Detach()
    {
        if (!IsOpen) return;
        _discarding = true;
        _buffer.Clear();
        _activity?.Dispose();
        _error = new BoltUsageException("the result was abandoned: its session or transaction ended");
    }

    /// <summary>Reads every remaining record into memory (before COMMIT, or before the session runs another query).</summary>
    internal async Task BufferRemainingAsync(CancellationToken cancellationToken)
    {
        _fetchSize = -1;
        while (IsOpen) await PumpAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Throws away unread records (DISCARD for batches not yet sent) and returns the summary.</summary>
    public async Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _discarding = true;
        _buffer.Clear();
        while (IsOpen) await PumpAsync(cancellationToken).ConfigureAwait(false);
        return _summary ?? throw _error!;
    }

    public async Task<List<Record>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<Record>();
        await foreach (var record in WithCancellation(cancellationToken)) list.Add(record);
        return list;
    }

    /// <summary>The one record of the result; throws if there are none or more than one.</summary>
    public async Task<Record> SingleAsync(CancellationToken cancellationToken = default)
    {
        var records = await ToListAsync(cancellationToken).ConfigureAwait(false);
        return records.Count == 1 ? records[0]
            : throw new BoltUsageException($"Expected exactly one record, got {records.Count}.");
    }

    private ConfiguredCancelableAsyncEnumerable<Record> WithCancellation(CancellationToken cancellationToken) =>
        TaskAsyncEnumerableExtensions.WithCancellation(this, cancellationToken).ConfigureAwait(false);
}
