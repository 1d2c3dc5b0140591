using GeoGraph.Api.GraphQL.Types;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Storage;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Changes;

/// <summary>Configuration section "ChangeFeed": how the changes subscription follows the store.</summary>
public sealed class ChangeFeedOptions
{
    public const string Section = "ChangeFeed";

    /// <summary>
    /// How often an open stream reads the store for entries written by other processes (the CLI,
    /// another API instance on the same Neo4j). Writes through this API wake streams at once.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a stream may stay silent before it sends an SSE comment, so proxies keep it open.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Streams open at once on this instance; one more gets TOO_MANY_STREAMS.</summary>
    public int MaxStreams { get; set; } = 100;

    /// <summary>Entries read from the store at a time while catching up (at most QueryLimits.MaxPageSize).</summary>
    public int PageSize { get; set; } = 100;
}

/// <summary>
/// The change log as a live stream: every entry after a cursor, history first, then new entries as
/// they commit. New entries are found by reading the store (so writes by any process show up),
/// every <see cref="ChangeFeedOptions.PollInterval"/> or as soon as this process writes
/// (<see cref="Notify"/>). The log's sequences rise in commit order, so reading after the last
/// sequence delivered never skips an entry and never repeats one.
/// </summary>
public sealed class ChangeFeed(IGraphStore store, IOptions<ChangeFeedOptions> options, IHostApplicationLifetime lifetime)
{
    /// <summary>The listing name change cursors carry.</summary>
    public const string Listing = "changes";

    private readonly ChangeFeedOptions _options = options.Value;
    private TaskCompletionSource _written = NewSignal();
    private int _streams;

    public ChangeFeedOptions Options => _options;

    /// <summary>The sequence a change cursor names (0, the log's start, when there is none), or VALIDATION_FAILED on 'after'.</summary>
    public static long SequenceOf(string? cursor) =>
        cursor is null ? 0 : ChangeLog.SequenceOf(Cursors.Decode(cursor, Listing, ranked: false, "after"), "after");

    /// <summary>This process wrote to the store: open streams read it now rather than at their next poll.</summary>
    public void Notify() => Interlocked.Exchange(ref _written, NewSignal()).TrySetResult();

    /// <summary>A place among the open streams, released on dispose; TOO_MANY_STREAMS when none is free.</summary>
    public IDisposable OpenStream()
    {
        if (Interlocked.Increment(ref _streams) > _options.MaxStreams)
        {
            Interlocked.Decrement(ref _streams);
            throw new GeoGraphException(ErrorCodes.TooManyStreams,
                $"this server already streams to {_options.MaxStreams} clients; retry later (page the changes query meanwhile)", []);
        }
        return new StreamLease(this);
    }

    /// <summary>
    /// Every entry after <paramref name="afterSequence"/>, as edges, read a page at a time; the
    /// next page is read only once <paramref name="delivery"/> says the transport has sent the
    /// previous one, so a client catching up on a long log never makes the server hold it all.
    /// </summary>
    public IObservable<Edge<Change>> Follow(long afterSequence, StreamDelivery delivery) => new Stream(this, afterSequence, delivery);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task PumpAsync(long after, StreamDelivery delivery, IObserver<Edge<Change>> observer, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                // Taken before the read, so a write committed during it still wakes the wait below.
                var written = Volatile.Read(ref _written).Task;
                var page = await store.GetChangesAsync(new ChangeQuery(after, null, Math.Clamp(_options.PageSize, 1, QueryLimits.MaxPageSize)), ct);
                foreach (var item in page.Items)
                {
                    observer.OnNext(new Edge<Change>(Listing, item));
                    after = item.Item.Sequence;
                }
                await delivery.WaitForAsync(page.Items.Count, ct);
                if (!page.HasNextPage)
                    await Task.WhenAny(written, Task.Delay(_options.PollInterval, ct));
                ct.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away or the server is stopping: nothing more to send.
        }
        catch (Exception e)
        {
            // E.g. STORE_UNAVAILABLE: the stream ends with the error; the client resumes from its last cursor.
            observer.OnError(e);
        }
    }

    /// <summary>Starts pumping to the observer until it unsubscribes or the server stops.</summary>
    private IDisposable Start(long after, StreamDelivery delivery, IObserver<Edge<Change>> observer)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        _ = Task.Run(() => PumpAsync(after, delivery, observer, stop.Token), CancellationToken.None);
        return new Unsubscriber(stop);
    }

    private sealed class Stream(ChangeFeed feed, long after, StreamDelivery delivery) : IObservable<Edge<Change>>
    {
        public IDisposable Subscribe(IObserver<Edge<Change>> observer) => feed.Start(after, delivery, observer);
    }

    private sealed class Unsubscriber(CancellationTokenSource stop) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
            stop.Cancel();
            stop.Dispose();
        }
    }

    private sealed class StreamLease(ChangeFeed feed) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) Interlocked.Decrement(ref feed._streams);
        }
    }
}

/// <summary>
/// Per request: how many events the transport has sent, so a stream reads the store no faster
/// than its client takes the events.
/// </summary>
public sealed class StreamDelivery
{
    private readonly SemaphoreSlim _sent = new(0);

    /// <summary>The transport sent one event.</summary>
    public void Sent() => _sent.Release();

    public async Task WaitForAsync(int events, CancellationToken ct)
    {
        for (var i = 0; i < events; i++) await _sent.WaitAsync(ct);
    }
}
