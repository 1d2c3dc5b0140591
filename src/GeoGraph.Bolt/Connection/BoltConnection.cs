using System.Net.Security;
using System.Net.Sockets;
using GeoGraph.Bolt.Chunking;
using GeoGraph.Bolt.Messages;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Connection;

/// <summary>What every connection of one driver shares.</summary>
internal sealed record ConnectionSettings(BoltUri Uri, BoltAuth Auth, BoltDriverConfig Config, BoltLog Log);

/// <summary>
/// One Bolt connection: handshake, HELLO/LOGON, a FIFO of response handlers for pipelining, and
/// <see cref="Break"/>, the one place where the connection is declared unusable.
/// </summary>
internal sealed class BoltConnection : IAsyncDisposable
{
    /// <summary>Bolt 5.4 down to 5.0 in one range slot; the other three slots are empty (reference §1.7 A).</summary>
    public static readonly byte[] Handshake =
        [0x60, 0x60, 0xB0, 0x17, 0x00, 0x04, 0x04, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    public const string BoltAgentProduct = "GeoGraph.Bolt/1.0";

    private static long _nextLocalId;

    private readonly Stream _stream;
    private readonly ChunkedReader _reader;
    private readonly ChunkedWriter _writer = new();
    private readonly Queue<ResponseHandler> _handlers = new();
    private readonly ConnectionSettings _settings;
    private readonly string _logPrefix;
    private BoltException? _failure;
    private FailureMessage? _failureReply;
    private BoltException? _brokenBy;
    private bool _streamOpen;
    private readonly List<BoltResult> _results = [];

    private BoltConnection(ServerAddress address, Stream stream, ConnectionSettings settings)
    {
        Address = address;
        _stream = stream;
        _reader = new ChunkedReader(stream);
        _settings = settings;
        _logPrefix = $"[{address}#{Interlocked.Increment(ref _nextLocalId)}] ";
        CreatedAt = LastUsedAt = settings.Config.TimeProvider.GetUtcNow();
    }

    public ServerAddress Address { get; }
    public int MinorVersion { get; private set; }
    public string Version => $"5.{MinorVersion}";
    public string? ServerAgent { get; private set; }
    public string? ConnectionId { get; private set; }
    public bool TelemetryEnabled { get; private set; }
    public DateTimeOffset CreatedAt { get; }
    public DateTimeOffset LastUsedAt { get; set; }
    public bool IsBroken => _brokenBy is not null;

    /// <summary>A FAILURE is pending, replies are outstanding, or a result stream was left open: RESET before reuse.</summary>
    public bool NeedsReset => _failure is not null || _handlers.Count > 0 || _streamOpen;

    /// <summary>Set by a result that is abandoned while the server still streams it.</summary>
    public void MarkStreamOpen(bool open) => _streamOpen = open;

    /// <summary>Binds a result to this connection until the connection is released (see <see cref="DetachResults"/>).</summary>
    public void Attach(BoltResult result) => _results.Add(result);

    /// <summary>
    /// The connection is going back to the pool: every result still reading from it is abandoned, so
    /// it never sends PULL on a connection another session may own, and records drained by the pool's
    /// RESET are dropped.
    /// </summary>
    public void DetachResults()
    {
        foreach (var result in _results) result.Detach();
        _results.Clear();
    }

    public static async Task<BoltConnection> OpenAsync(ServerAddress address, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        var timeout = settings.Config.ConnectTimeout;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        BoltConnection? connection = null;
        try
        {
            await socket.ConnectAsync(address.Host, address.Port, cts.Token).ConfigureAwait(false);
            Stream stream = new NetworkStream(socket, ownsSocket: true);
            if (settings.Uri.Tls != TlsMode.None)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = ssl;
                await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
                {
                    TargetHost = address.Host,
                    RemoteCertificateValidationCallback = settings.Uri.Tls == TlsMode.SelfSigned ? (_, _, _, _) => true : null,
                }, cts.Token).ConfigureAwait(false);
            }
            connection = new BoltConnection(address, stream, settings);
            await connection.NegotiateAsync(cts.Token).ConfigureAwait(false);
            await connection.HelloAsync(cts.Token).ConfigureAwait(false);
            return connection;
        }
        catch (Exception e)
        {
            if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
            else socket.Dispose();
            throw e switch
            {
                BoltException bolt => bolt,
                OperationCanceledException when !cancellationToken.IsCancellationRequested =>
                    new ServiceUnavailableException($"Connecting to {address} timed out after {timeout.TotalSeconds:0.###} s.", e),
                OperationCanceledException => e,
                System.Security.Authentication.AuthenticationException =>
                    new ServiceUnavailableException($"TLS with {address} failed: {e.Message}", e),
                _ => new ServiceUnavailableException($"Could not connect to {address}: {e.Message}", e),
            };
        }
    }

    private async Task NegotiateAsync(CancellationToken cancellationToken)
    {
        Trace("C: <MAGIC> 60 60 B0 17");
        Trace("C: <HANDSHAKE> 00 04 04 05 00 00 00 00 00 00 00 00 00 00 00 00");
        _writer.WriteRaw(Handshake);
        await _writer.FlushAsync(_stream, cancellationToken).ConfigureAwait(false);
        var reply = new byte[4];
        try
        {
            await _reader.ReadRawAsync(reply, cancellationToken).ConfigureAwait(false);
        }
        catch (EndOfStreamException e)
        {
            throw new ServiceUnavailableException($"{Address} closed the connection during the Bolt handshake.", e);
        }
        Trace($"S: <HANDSHAKE> {Convert.ToHexString(reply)}");
        MinorVersion = reply switch
        {
            [0x48, 0x54, 0x54, 0x50] => throw new BoltProtocolException(
                $"{Address} answered in HTTP: that is Neo4j's HTTP port; Bolt is usually 7687."),
            [0, 0, 0, 0] => throw new BoltProtocolException(
                $"{Address} supports none of the Bolt versions offered (5.0 to 5.4); it may be older than Neo4j 5."),
            [0, 0, <= 4 and var minor, 5] => minor,
            _ => throw new BoltProtocolException(
                $"{Address} chose Bolt version {Convert.ToHexString(reply)}, which was not offered (5.0 to 5.4)."),
        };
    }

    private async Task HelloAsync(CancellationToken cancellationToken)
    {
        var extra = new Dictionary<string, object?> { ["user_agent"] = _settings.Config.UserAgent };
        if (_settings.Uri.Routing) extra["routing"] = _settings.Uri.RoutingContext;
        if (MinorVersion >= 3)
        {
            extra["bolt_agent"] = new Dictionary<string, object?>
            {
                ["product"] = BoltAgentProduct,
                ["language"] = $"C#/{Environment.Version}",
            };
        }
        if (MinorVersion == 0)
        {
            foreach (var (key, value) in _settings.Auth.Token) extra[key] = value;
        }
        AddNotificationFilters(extra);

        var hello = new ResponseHandler("HELLO");
        Enqueue(new HelloMessage(extra), hello);
        var logon = hello;
        if (MinorVersion >= 1)
        {
            logon = new ResponseHandler("LOGON");
            Enqueue(new LogonMessage(_settings.Auth.Token), logon);
        }
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ReceiveAsync(logon, cancellationToken).ConfigureAwait(false);
        }
        catch (BoltException) when (hello.Error is not null)
        {
            // After HELLO's FAILURE the server may close before LOGON is answered: its reason is what matters.
        }
        // HELLO or LOGON FAILURE is fatal: the server closes the connection (reference §5.2).
        if ((hello.Error ?? logon.Error) is { } error)
        {
            Break(error);
            throw error;
        }

        var meta = hello.Metadata!;
        ServerAgent = meta.TryGetValue("server", out var server) ? server as string : null;
        ConnectionId = meta.TryGetValue("connection_id", out var id) ? id as string : null;
        TelemetryEnabled = MinorVersion >= 4
                           && meta.TryGetValue("hints", out var hints) && hints is IReadOnlyDictionary<string, object?> h
                           && h.TryGetValue("telemetry.enabled", out var t) && t is true;
        _settings.Log.Write(BoltLogLevel.Debug, $"{_logPrefix}connected: Bolt {Version}, {ServerAgent}, {ConnectionId}");
    }

    /// <summary>Notification filters exist from Bolt 5.2; an older server would refuse the keys.</summary>
    private void AddNotificationFilters(Dictionary<string, object?> extra)
    {
        var config = _settings.Config;
        if (config.NotificationsMinimumSeverity is null && config.NotificationsDisabledCategories is null) return;
        if (MinorVersion < 2)
        {
            _settings.Log.Write(BoltLogLevel.Warning,
                $"{_logPrefix}notification filters need Bolt 5.2; the server speaks {Version}, so they are not sent.");
            return;
        }
        if (config.NotificationsMinimumSeverity is { } severity) extra["notifications_minimum_severity"] = severity;
        if (config.NotificationsDisabledCategories is { } categories) extra["notifications_disabled_categories"] = categories.ToArray();
    }

    /// <summary>Queues a request for the next flush. An unencodable message is refused whole: nothing of it is queued.</summary>
    public void Enqueue(IRequestMessage message, ResponseHandler? handler)
    {
        ThrowIfBroken();
        try
        {
            message.WriteTo(_writer.Body);
        }
        catch
        {
            _writer.Body.Clear();
            throw;
        }
        _writer.EndMessage();
        if (handler is not null) _handlers.Enqueue(handler);
        if (_settings.Log.IsEnabled(BoltLogLevel.Trace)) Trace("C: " + message);
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        ThrowIfBroken();
        try
        {
            await _writer.FlushAsync(_stream, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            Break(e);
            throw;
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            throw Break(e);
        }
    }

    /// <summary>Reads replies until <paramref name="handler"/> has its summary.</summary>
    public async ValueTask ReceiveAsync(ResponseHandler handler, CancellationToken cancellationToken)
    {
        while (!handler.IsDone) await ReceiveOneAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one message and hands it to the oldest waiting handler.</summary>
    public async ValueTask ReceiveOneAsync(CancellationToken cancellationToken)
    {
        ThrowIfBroken();
        IResponseMessage? message = null;
        object?[] values;
        try
        {
            var bytes = await _reader.ReadMessageAsync(cancellationToken).ConfigureAwait(false);
            if (!ResponseMessageReader.TryReadRecord(bytes.Span, out values)) message = ResponseMessageReader.Read(bytes.Span);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            // Half a message may have been read: the connection cannot be trusted, but the server is fine.
            Break(e);
            throw;
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException
                                      or OperationCanceledException or PackStreamException or OverflowException
                                      or ArgumentException)
        {
            throw Break(e);
        }
        if (_settings.Log.IsEnabled(BoltLogLevel.Trace)) Trace("S: " + (message ?? new RecordMessage(values)));
        if (!_handlers.TryPeek(out var handler))
            throw Break(new BoltProtocolException($"{Address} sent {message ?? new RecordMessage(values)} with no request waiting for it."));
        try
        {
            switch (message)
            {
                case null:
                    handler.OnRecord(values);
                    break;
                case SuccessMessage success:
                    _handlers.Dequeue().OnSuccess(success.Metadata);
                    break;
                case FailureMessage failure:
                    var error = BoltException.FromFailure(failure.Code, failure.Message);
                    if (_failure is null) (_failure, _failureReply) = (error, failure);
                    _handlers.Dequeue().OnError(error);
                    break;
                default:
                    // Each ignored request gets its own exception (its own stack trace), of the failure's kind.
                    _handlers.Dequeue().OnError(_failureReply is { } reply
                        ? BoltException.FromFailure(reply.Code, reply.Message, _failure)
                        : new BoltException($"{handler.Request} was ignored by the server after a RESET."));
                    break;
            }
        }
        catch (BoltProtocolException e)
        {
            throw Break(e);
        }
    }

    /// <summary>Sends RESET and waits for it: drains pending replies, clears a failure, closes any open stream or transaction.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        var reset = new ResponseHandler("RESET");
        Enqueue(ResetMessage.Instance, reset);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await ReceiveAsync(reset, cancellationToken).ConfigureAwait(false);
        if (reset.Error is not null) throw Break(reset.Error);
        (_failure, _failureReply) = (null, null);
        _streamOpen = false;
    }

    /// <summary>Sends ROUTE and returns the routing table dictionary (<c>rt</c>).</summary>
    public async Task<IReadOnlyDictionary<string, object?>> RouteAsync(
        IReadOnlyDictionary<string, object?> context, IReadOnlyList<string> bookmarks, string? database, CancellationToken cancellationToken)
    {
        var route = new ResponseHandler("ROUTE");
        Enqueue(new RouteMessage(context, bookmarks, database), route);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await ReceiveAsync(route, cancellationToken).ConfigureAwait(false);
        return route.SuccessOrThrow().TryGetValue("rt", out var rt) && rt is IReadOnlyDictionary<string, object?> table
            ? table
            : throw Break(new BoltProtocolException($"{Address} answered ROUTE without a routing table."));
    }

    /// <summary>
    /// The one place a connection breaks: it is closed, every waiting handler fails, and it is never
    /// reused. Returns the exception to throw. A cancellation (the caller's token fired mid-request)
    /// breaks it too, but says nothing about the server: later use of the connection raises a plain,
    /// non-retryable <see cref="BoltException"/>, so routing does not forget the server and managed
    /// transactions do not retry.
    /// </summary>
    public BoltException Break(Exception cause)
    {
        if (_brokenBy is not null) return _brokenBy;
        _brokenBy = cause switch
        {
            BoltException bolt => bolt,
            OperationCanceledException =>
                new BoltException($"Connection to {Address} was closed because a request on it was cancelled.", null, cause),
            PackStreamException or OverflowException or ArgumentException =>
                new BoltProtocolException($"{Address} sent a value this client cannot decode: {cause.Message}", cause),
            _ => new ServiceUnavailableException($"Connection to {Address} lost: {cause.Message}", cause),
        };
        _settings.Log.Write(BoltLogLevel.Warning, $"{_logPrefix}connection broken: {cause.Message}");
        _writer.Discard();
        while (_handlers.TryDequeue(out var handler)) handler.OnError(_brokenBy);
        _stream.Dispose();
        return _brokenBy;
    }

    private void ThrowIfBroken()
    {
        if (_brokenBy is not null) throw _brokenBy;
    }

    private void Trace(string line) => _settings.Log.Write(BoltLogLevel.Trace, _logPrefix + line);

    public async ValueTask DisposeAsync()
    {
        if (_brokenBy is null)
        {
            try
            {
                Enqueue(GoodbyeMessage.Instance, null);
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await _writer.FlushAsync(_stream, cts.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException or BoltException)
            {
                // The server may already be gone; GOODBYE is a courtesy.
            }
            _brokenBy = new ServiceUnavailableException($"Connection to {Address} was closed.");
            _stream.Dispose();
        }
        _reader.Dispose();
        _writer.Dispose();
    }
}
