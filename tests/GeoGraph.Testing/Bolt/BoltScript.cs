using GeoGraph.Bolt;

namespace GeoGraph.Testing.Bolt;

/// <summary>
/// What the fake server does on one connection, in the spirit of testkit's stub scripts: the
/// handshake reply, then <c>C:</c> lines (messages the client must send, in order) and <c>S:</c>
/// lines (replies). RESET is answered automatically wherever the script does not expect it, and
/// after the last step the server keeps answering RESET and accepts GOODBYE.
/// </summary>
public sealed class BoltScript
{
    internal readonly List<Step> Steps = [];

    public int Minor { get; private set; } = 4;
    internal byte[] HandshakeReply { get; private set; } = [0, 0, 4, 5];
    internal bool AutoReset { get; private set; } = true;

    /// <summary>Negotiate Bolt 5.<paramref name="minor"/>.</summary>
    public BoltScript Version(int minor)
    {
        Minor = minor;
        HandshakeReply = [0, 0, (byte)minor, 5];
        return this;
    }

    /// <summary>Answer the handshake with these 4 bytes (e.g. <c>00 00 00 00</c>, or "HTTP") and close.</summary>
    public BoltScript RefuseHandshake(params byte[] reply)
    {
        HandshakeReply = reply;
        return this;
    }

    /// <summary>RESET messages the script does not expect are an error instead of being answered.</summary>
    public BoltScript StrictReset()
    {
        AutoReset = false;
        return this;
    }

    /// <summary><c>C: &lt;name&gt;</c>, optionally checking the message.</summary>
    public BoltScript Expect(string name, Action<ClientMessage>? check = null)
    {
        Steps.Add(new Step.Expect(name, check));
        return this;
    }

    /// <summary>HELLO (and LOGON from 5.1), both answered SUCCESS; HELLO's reply names the server and, on 5.4, the telemetry hint.</summary>
    public BoltScript Login(Action<ClientMessage>? checkHello = null, Action<ClientMessage>? checkLogon = null, bool telemetry = false)
    {
        var hints = new Dictionary<string, object?> { ["connection.recv_timeout_seconds"] = 120L };
        if (telemetry) hints["telemetry.enabled"] = true;
        Expect("HELLO", checkHello);
        if (Minor == 0)
            return Success(("server", "Neo4j/5.26.0"), ("connection_id", "bolt-1"), ("hints", hints));
        Expect("LOGON", checkLogon);
        return Success(("server", "Neo4j/5.26.0"), ("connection_id", "bolt-1"), ("hints", hints)).Success();
    }

    /// <summary>C: RUN (checked to carry <paramref name="query"/>), C: PULL, then S: SUCCESS {fields}, a RECORD per row, SUCCESS with the final metadata.</summary>
    public BoltScript Query(string query, string[] fields, object?[][] rows,
        (string, object?)[]? final = null, Action<ClientMessage>? checkRun = null, Action<ClientMessage>? checkPull = null)
    {
        Expect("RUN", m =>
        {
            Xunit.Assert.Equal(query, m.Fields[0]);
            checkRun?.Invoke(m);
        });
        Expect("PULL", checkPull);
        Success(("fields", fields), ("t_first", 1L));
        foreach (var row in rows) Record(row);
        return Success(final ?? [("type", "r"), ("t_last", 2L), ("db", "neo4j")]);
    }

    public BoltScript Success(params (string Key, object? Value)[] metadata) =>
        Send(new Dictionary<string, object?>(metadata.Select(kv => KeyValuePair.Create(kv.Key, kv.Value))), 0x70);

    public BoltScript Record(params object?[] values) => Send(values, 0x71);

    public BoltScript Failure(string code, string message) =>
        Send(new Dictionary<string, object?> { ["code"] = code, ["message"] = message }, 0x7F);

    public BoltScript Ignored()
    {
        Steps.Add(new Step.Reply(0x7E, null, false));
        return this;
    }

    /// <summary>A bare <c>00 00</c> keep-alive chunk.</summary>
    public BoltScript Noop() => Raw(0x00, 0x00);

    /// <summary>Bytes as they are, without chunking.</summary>
    public BoltScript Raw(params byte[] bytes)
    {
        Steps.Add(new Step.RawBytes(bytes));
        return this;
    }

    public BoltScript Pause(TimeSpan delay)
    {
        Steps.Add(new Step.Delay(delay));
        return this;
    }

    /// <summary>Close the socket (the script ends here).</summary>
    public BoltScript Close()
    {
        Steps.Add(new Step.Hangup());
        return this;
    }

    private BoltScript Send(object? field, byte signature)
    {
        Steps.Add(new Step.Reply(signature, field, true));
        return this;
    }

    /// <summary>
    /// The script's last step: from here on the server answers whatever comes, like a server that
    /// accepts every statement — BEGIN, COMMIT (with a bookmark), ROLLBACK, DISCARD and RESET get
    /// SUCCESS, each RUN gets the fields and records <paramref name="answer"/> gives for its query
    /// and parameters (its PULL streams them) — until GOODBYE or the client closes. For tests of
    /// what a client sends over many transactions rather than of one conversation's exact order.
    /// </summary>
    public BoltScript Serve(Func<string, IReadOnlyDictionary<string, object?>, (string[] Fields, object?[][] Rows)> answer)
    {
        Steps.Add(new Step.Serve(answer));
        return this;
    }

    /// <summary><c>{"k": v, …}</c> as a map value for records and metadata.</summary>
    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        new(entries.Select(kv => KeyValuePair.Create(kv.Key, kv.Value)));

    internal abstract record Step
    {
        public sealed record Expect(string Name, Action<ClientMessage>? Check) : Step
        {
            public override string ToString() => "C: " + Name;
        }

        public sealed record Reply(byte Signature, object? Field, bool HasField) : Step
        {
            public override string ToString() =>
                "S: " + Signature switch { 0x70 => "SUCCESS", 0x71 => "RECORD", 0x7E => "IGNORED", _ => "FAILURE" }
                      + (HasField ? " " + BoltValueFormatter.Format(Field) : "");
        }

        public sealed record RawBytes(byte[] Bytes) : Step
        {
            public override string ToString() => "S: <RAW> " + Convert.ToHexString(Bytes);
        }

        public sealed record Delay(TimeSpan Duration) : Step
        {
            public override string ToString() => "S: <SLEEP> " + Duration;
        }

        public sealed record Serve(Func<string, IReadOnlyDictionary<string, object?>, (string[] Fields, object?[][] Rows)> Answer) : Step
        {
            public override string ToString() => "<SERVE>";
        }

        public sealed record Hangup : Step
        {
            public override string ToString() => "S: <EXIT>";
        }
    }
}
