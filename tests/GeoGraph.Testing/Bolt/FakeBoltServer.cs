using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using GeoGraph.Bolt.Chunking;
using Xunit;

namespace GeoGraph.Testing.Bolt;

/// <summary>
/// A scripted Bolt server on a loopback socket. Each accepted connection plays the next script
/// given to <see cref="OnConnection"/> (or the <see cref="OnEveryConnection"/> script when none is
/// queued). Everything received and sent is logged in the reference's C:/S: notation; call
/// <see cref="VerifyAsync"/> at the end of a test to fail it when a script was not played through.
/// </summary>
public sealed class FakeBoltServer : IAsyncDisposable
{
    /// <summary>
    /// How long an <c>Expect</c> waits for the client; a client that does not pipeline times out here.
    /// Generous, because a test project's parallel tests on 2 cores can delay a client by seconds.
    /// </summary>
    public static readonly TimeSpan ExpectTimeout = TimeSpan.FromSeconds(15);

    private readonly TcpListener _listener;
    private readonly X509Certificate2? _certificate;
    private readonly ConcurrentQueue<BoltScript> _scripts = new();
    private readonly ConcurrentQueue<string> _log = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<string> _mismatches = new();
    private bool _verified;
    private readonly ConcurrentQueue<byte[]> _handshakes = new();
    private readonly List<Play> _plays = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private BoltScript? _every;
    private int _connections;

    private sealed record Play(int Number, BoltScript Script, TaskCompletionSource Completed, Socket Socket);

    private FakeBoltServer(X509Certificate2? certificate)
    {
        _certificate = certificate;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>Starts listening on a free loopback port; with a certificate, every connection is TLS.</summary>
    public static FakeBoltServer Start(X509Certificate2? certificate = null) => new(certificate);

    public int Port { get; }
    public string Address => $"127.0.0.1:{Port}";
    public string Uri(string scheme = "bolt", string query = "") => $"{scheme}://127.0.0.1:{Port}{query}";

    /// <summary>Connections accepted so far.</summary>
    public int ConnectionCount => Volatile.Read(ref _connections);

    /// <summary>Traffic of all connections, e.g. <c>#1 C: RUN "RETURN 1" {} {}</c>.</summary>
    public IReadOnlyList<string> Log => _log.ToArray();

    /// <summary>The 20 handshake bytes of each connection.</summary>
    public IReadOnlyList<byte[]> Handshakes => _handshakes.ToArray();

    /// <summary>Client messages received (all connections), by name.</summary>
    public IReadOnlyList<ClientMessage> Received => _received.ToArray();

    private readonly ConcurrentQueue<ClientMessage> _received = new();

    /// <summary>
    /// Waits until the client has sent <paramref name="count"/> messages named <paramref name="name"/>
    /// (all connections), so a test can act at a point of the conversation rather than after a guess
    /// of how long it takes on a loaded machine. Gives up after <see cref="ExpectTimeout"/>.
    /// </summary>
    public async Task WaitForAsync(string name, int count = 1)
    {
        var deadline = DateTime.UtcNow + ExpectTimeout;
        while (_received.Count(m => m.Name == name) < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the client did not send {count} {name} within {ExpectTimeout}");
            await Task.Delay(10).ConfigureAwait(false);
        }
    }

    public FakeBoltServer OnConnection(Action<BoltScript> build)
    {
        var script = new BoltScript();
        build(script);
        _scripts.Enqueue(script);
        return this;
    }

    public FakeBoltServer OnEveryConnection(Action<BoltScript> build)
    {
        var script = new BoltScript();
        build(script);
        _every = script;
        return this;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            var number = Interlocked.Increment(ref _connections);
            if (!_scripts.TryDequeue(out var script) && (script = _every) is null)
            {
                _errors.Enqueue($"#{number}: connection accepted but no script is left for it");
                socket.Dispose();
                continue;
            }
            var play = new Play(number, script, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), socket);
            lock (_plays) _plays.Add(play);
            _ = Task.Run(() => PlayAsync(play));
        }
    }

    private async Task PlayAsync(Play play)
    {
        var prefix = $"#{play.Number} ";
        Stream stream = new NetworkStream(play.Socket, ownsSocket: true);
        try
        {
            if (_certificate is not null)
            {
                var ssl = new SslStream(stream);
                await ssl.AuthenticateAsServerAsync(_certificate).ConfigureAwait(false);
                stream = ssl;
            }
            var handshake = new byte[20];
            await stream.ReadExactlyAsync(handshake, _stop.Token).ConfigureAwait(false);
            _handshakes.Enqueue(handshake);
            _log.Enqueue(prefix + "C: <HANDSHAKE> " + Convert.ToHexString(handshake));
            await stream.WriteAsync(play.Script.HandshakeReply, _stop.Token).ConfigureAwait(false);
            _log.Enqueue(prefix + "S: <HANDSHAKE> " + Convert.ToHexString(play.Script.HandshakeReply));
            if (play.Script.HandshakeReply is not [0, 0, _, 5])
            {
                play.Completed.TrySetResult();
                return;
            }

            using var reader = new ChunkedReader(stream);
            using var writer = new ChunkedWriter();
            foreach (var step in play.Script.Steps)
            {
                switch (step)
                {
                    case BoltScript.Step.Expect expect:
                        var message = await NextMessageAsync(reader, stream, writer, prefix, expect.Name, play.Script.AutoReset).ConfigureAwait(false);
                        if (message is null) throw new ScriptException($"expected {expect.Name}, but the client closed the connection");
                        if (message.Name != expect.Name) throw new ScriptException($"expected {expect.Name}, got {message}");
                        try
                        {
                            expect.Check?.Invoke(message);
                        }
                        catch (Exception e) when (e is not ScriptException)
                        {
                            throw new ScriptException($"{message} failed the script's check: {e.Message}");
                        }
                        break;
                    case BoltScript.Step.Reply reply:
                        await SendAsync(writer, stream, prefix, reply).ConfigureAwait(false);
                        break;
                    case BoltScript.Step.Serve serve:
                        play.Completed.TrySetResult();
                        await ServeAsync(reader, stream, writer, prefix, serve).ConfigureAwait(false);
                        return;
                    case BoltScript.Step.RawBytes raw:
                        await stream.WriteAsync(raw.Bytes, _stop.Token).ConfigureAwait(false);
                        await stream.FlushAsync(_stop.Token).ConfigureAwait(false);
                        _log.Enqueue(prefix + step);
                        break;
                    case BoltScript.Step.Delay delay:
                        await Task.Delay(delay.Duration, _stop.Token).ConfigureAwait(false);
                        break;
                    case BoltScript.Step.Hangup:
                        _log.Enqueue(prefix + step);
                        play.Completed.TrySetResult();
                        return;
                }
            }
            play.Completed.TrySetResult();

            // Script done: keep the connection usable for the pool (RESET) until GOODBYE or close.
            while (await NextMessageAsync(reader, stream, writer, prefix, null, autoReset: true).ConfigureAwait(false) is { } extra)
            {
                if (extra.Name == "GOODBYE") return;
                throw new ScriptException($"the script has ended, but the client sent {extra}");
            }
        }
        catch (Exception e) when (e is ScriptException or IOException or OperationCanceledException or EndOfStreamException
                                      or SocketException or InvalidOperationException or Xunit.Sdk.XunitException
                                      or System.Security.Authentication.AuthenticationException)
        {
            if (!_stop.IsCancellationRequested || !play.Completed.Task.IsCompleted)
            {
                var error = $"#{play.Number}: {e.Message}";
                if (!play.Completed.Task.IsCompleted || e is ScriptException) _errors.Enqueue(error);
                if (e is ScriptException or Xunit.Sdk.XunitException) _mismatches.Enqueue(error);
                _log.Enqueue(prefix + "!! " + e.Message);
            }
            play.Completed.TrySetResult();
        }
        finally
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task SendAsync(ChunkedWriter writer, Stream stream, string prefix, BoltScript.Step.Reply reply)
    {
        writer.Body.WriteStructHeader(reply.HasField ? 1 : 0, reply.Signature);
        if (reply.HasField) writer.Body.Write(reply.Field);
        writer.EndMessage();
        await writer.FlushAsync(stream, _stop.Token).ConfigureAwait(false);
        _log.Enqueue(prefix + reply);
    }

    /// <summary><see cref="BoltScript.Serve"/>: answers every message until GOODBYE or close.</summary>
    private async Task ServeAsync(ChunkedReader reader, Stream stream, ChunkedWriter writer, string prefix, BoltScript.Step.Serve serve)
    {
        BoltScript.Step.Reply Success(params (string Key, object? Value)[] metadata) =>
            new(0x70, new Dictionary<string, object?>(metadata.Select(kv => KeyValuePair.Create(kv.Key, kv.Value))), true);

        object?[][] rows = [];
        while (await NextMessageAsync(reader, stream, writer, prefix, null, autoReset: true).ConfigureAwait(false) is { } message)
        {
            switch (message.Name)
            {
                case "GOODBYE":
                    return;
                case "RUN":
                    string[] fields;
                    try
                    {
                        (fields, rows) = serve.Answer((string)message.Fields[0]!, message.Map(1));
                    }
                    catch (Exception e) when (e is not ScriptException)
                    {
                        throw new ScriptException($"{message} failed the script's answer: {e.Message}");
                    }
                    await SendAsync(writer, stream, prefix, Success(("fields", fields), ("t_first", 1L))).ConfigureAwait(false);
                    break;
                case "PULL":
                    foreach (var row in rows) await SendAsync(writer, stream, prefix, new BoltScript.Step.Reply(0x71, row, true)).ConfigureAwait(false);
                    rows = [];
                    await SendAsync(writer, stream, prefix, Success(("type", "rw"), ("t_last", 2L), ("db", "neo4j"))).ConfigureAwait(false);
                    break;
                case "COMMIT":
                    await SendAsync(writer, stream, prefix, Success(("bookmark", "bm:served"))).ConfigureAwait(false);
                    break;
                default:
                    await SendAsync(writer, stream, prefix, Success()).ConfigureAwait(false);
                    break;
            }
        }
    }

    /// <summary>The next client message, answering unexpected RESETs when allowed; null when the client closed.</summary>
    private async Task<ClientMessage?> NextMessageAsync(ChunkedReader reader, Stream stream, ChunkedWriter writer, string prefix,
        string? expected, bool autoReset)
    {
        while (true)
        {
            ReadOnlyMemory<byte> bytes;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            if (expected is not null) timeout.CancelAfter(ExpectTimeout);
            try
            {
                bytes = await reader.ReadMessageAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (EndOfStreamException)
            {
                return null;
            }
            catch (IOException) when (expected is null)
            {
                return null;
            }
            catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
            {
                throw new ScriptException($"expected {expected}, but the client sent nothing within {ExpectTimeout.TotalSeconds} s");
            }
            var message = ClientMessage.Decode(bytes.Span);
            _received.Enqueue(message);
            _log.Enqueue(prefix + "C: " + message);
            if (message.Name == "RESET" && expected != "RESET" && autoReset)
            {
                writer.Body.WriteStructHeader(1, 0x70);
                writer.Body.WriteMapHeader(0);
                writer.EndMessage();
                await writer.FlushAsync(stream, _stop.Token).ConfigureAwait(false);
                _log.Enqueue(prefix + "S: SUCCESS {} (auto)");
                continue;
            }
            return message;
        }
    }

    /// <summary>Fails the test unless every queued script was played through without a mismatch.</summary>
    public async Task VerifyAsync()
    {
        _verified = true;
        Play[] plays;
        lock (_plays) plays = _plays.ToArray();
        var all = Task.WhenAll(plays.Select(p => p.Completed.Task));
        await Task.WhenAny(all, Task.Delay(ExpectTimeout * 2)).ConfigureAwait(false);
        var problems = _errors.ToList();
        problems.AddRange(plays.Where(p => !p.Completed.Task.IsCompleted)
            .Select(p => $"#{p.Number}: script not played through ({p.Script.Steps.Count} steps)"));
        if (!_scripts.IsEmpty) problems.Add($"{_scripts.Count} scripted connection(s) never made");
        if (problems.Count > 0)
            Assert.Fail(string.Join("\n", problems) + "\n--- traffic ---\n" + string.Join("\n", Log));
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested) return;
        _stop.Cancel();
        _listener.Stop();
        await _acceptLoop.ConfigureAwait(false);
        Play[] plays;
        lock (_plays) plays = _plays.ToArray();
        foreach (var play in plays) play.Socket.Dispose();
        // A client that met a script mismatch usually fails with a bare "connection closed"; say why.
        if (!_verified && !_mismatches.IsEmpty)
            Assert.Fail("The fake Bolt server's script was not followed:\n" + string.Join("\n", _mismatches)
                        + "\n--- traffic ---\n" + string.Join("\n", Log));
    }

    private sealed class ScriptException(string message) : Exception(message);
}
