using GeoGraph.Bolt.Chunking;
using GeoGraph.Bolt.Connection;
using GeoGraph.Bolt.Messages;
using GeoGraph.Bolt.PackStream;
using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Testing.Bolt;

namespace GeoGraph.Bolt.Tests.Messages;

/// <summary>Message vectors of reference §7.5 and §4.7, encoded by the client types and decoded back; server messages both ways.</summary>
public class MessageVectorTests
{
    private static Dictionary<string, object?> Map(params (string, object?)[] entries) => BoltScript.Map(entries);

    private static readonly Dictionary<string, (IRequestMessage Message, string Hex, bool Chunked)> Requests = new()
    {
        ["GOODBYE"] = (GoodbyeMessage.Instance, "00 02 B0 02 00 00", true),
        ["RESET"] = (ResetMessage.Instance, "00 02 B0 0F 00 00", true),
        ["COMMIT"] = (CommitMessage.Instance, "B0 12", false),
        ["ROLLBACK"] = (RollbackMessage.Instance, "B0 13", false),
        ["TELEMETRY 0"] = (new TelemetryMessage(TelemetryApi.ManagedTransaction), "B1 54 00", false),
        ["BEGIN {}"] = (new BeginMessage(Map()), "B1 11 A0", false),
        ["BEGIN {mode: r}"] = (new BeginMessage(Map(("mode", "r"))), "B1 11 A1 84 6D 6F 64 65 81 72", false),
        ["PULL {n: -1}"] = (new PullMessage(-1), "B1 3F A1 81 6E FF", false),
        ["PULL {n: 1000}"] = (new PullMessage(1000), "B1 3F A1 81 6E C9 03 E8", false),
        ["DISCARD {n: -1}"] = (new DiscardMessage(-1), "B1 2F A1 81 6E FF", false),
        ["RUN RETURN $x"] = (new RunMessage("RETURN $x", Map(("x", 1L)), Map(("mode", "r"), ("db", "neo4j"))),
            "00 21 B3 10 89 52 45 54 55 52 4E 20 24 78 A1 81 78 01 A2 84 6D 6F 64 65 81 72 82 64 62 85 6E 65 6F 34 6A 00 00", true),
        ["LOGON basic"] = (new LogonMessage(BoltAuth.Basic("neo4j", "pass").Token),
            "B1 6A A3 86 73 63 68 65 6D 65 85 62 61 73 69 63 89 70 72 69 6E 63 69 70 61 6C 85 6E 65 6F 34 6A 8B 63 72 65 64 65 6E 74 69 61 6C 73 84 70 61 73 73", false),
        ["ROUTE address"] = (new RouteMessage(Map(("address", "localhost:7687")), [], "neo4j"),
            "B3 66 A1 87 61 64 64 72 65 73 73 8E 6C 6F 63 61 6C 68 6F 73 74 3A 37 36 38 37 90 A1 82 64 62 85 6E 65 6F 34 6A", false),
        ["ROUTE {} [] {}"] = (new RouteMessage(Map(), [], null), "B3 66 A0 90 A0", false),
        // §4.7 example session
        ["HELLO example"] = (new HelloMessage(Map(("user_agent", "Example/1.0"), ("bolt_agent", Map(("product", "Example/1.0"))))),
            "00 3A B1 01 A2 8A 75 73 65 72 5F 61 67 65 6E 74 8B 45 78 61 6D 70 6C 65 2F 31 2E 30 " +
            "8A 62 6F 6C 74 5F 61 67 65 6E 74 A1 87 70 72 6F 64 75 63 74 8B 45 78 61 6D 70 6C 65 2F 31 2E 30 00 00", true),
        ["LOGON none"] = (new LogonMessage(BoltAuth.None.Token), "00 0F B1 6A A1 86 73 63 68 65 6D 65 84 6E 6F 6E 65 00 00", true),
        ["RUN RETURN 1 AS n"] = (new RunMessage("RETURN 1 AS n", Map(), Map()),
            "00 12 B3 10 8D 52 45 54 55 52 4E 20 31 20 41 53 20 6E A0 A0 00 00", true),
        ["PULL {n: -1} chunked"] = (new PullMessage(-1), "00 06 B1 3F A1 81 6E FF 00 00", true),
    };

    public static TheoryData<string> RequestNames => new(Requests.Keys);

    private static byte[] Encode(IRequestMessage message, bool chunked)
    {
        using var writer = new ChunkedWriter();
        message.WriteTo(writer.Body);
        if (!chunked) return writer.Body.ToArray();
        writer.EndMessage();
        return writer.Pending.ToArray();
    }

    [Theory]
    [MemberData(nameof(RequestNames))]
    public void Request_encodes_to_vector(string name)
    {
        var (message, hex, chunked) = Requests[name];
        Assert.Equal(hex, Hex.Format(Encode(message, chunked)));
    }

    [Theory]
    [MemberData(nameof(RequestNames))]
    public async Task Request_vector_decodes_to_the_same_message(string name)
    {
        var (message, hex, chunked) = Requests[name];
        var bytes = Hex.Parse(hex);
        if (chunked) bytes = (await new ChunkedReader(new MemoryStream(bytes)).ReadMessageAsync(CancellationToken.None)).ToArray();
        var decoded = ClientMessage.Decode(bytes);
        Assert.Equal(message.Name, decoded.Name);
        using var writer = new PackStreamWriter();
        message.WriteTo(writer);
        Assert.Equal(bytes, writer.ToArray());
        Assert.Equal(message.ToString()!.Replace("******", "pass"), decoded.ToString());
    }

    public static readonly Dictionary<string, (byte Signature, object? Field, string Hex)> Responses = new()
    {
        ["IGNORED"] = (IgnoredMessage.Signature, null, "00 02 B0 7E 00 00"),
        ["SUCCESS {}"] = (SuccessMessage.Signature, Map(), "00 03 B1 70 A0 00 00"),
        ["SUCCESS has_more"] = (SuccessMessage.Signature, Map(("has_more", true)), "00 0D B1 70 A1 88 68 61 73 5F 6D 6F 72 65 C3 00 00"),
        ["FAILURE syntax"] = (FailureMessage.Signature, Map(("code", "Neo.ClientError.Statement.SyntaxError"), ("message", "x")),
            "00 39 B1 7F A2 84 63 6F 64 65 D0 25 4E 65 6F 2E 43 6C 69 65 6E 74 45 72 72 6F 72 2E 53 74 61 74 65 6D 65 6E 74 2E 53 79 6E 74 61 78 45 72 72 6F 72 87 6D 65 73 73 61 67 65 81 78 00 00"),
        ["SUCCESS fields t_first"] = (SuccessMessage.Signature, Map(("fields", new object?[] { "n" }), ("t_first", 0L)),
            "00 16 B1 70 A2 86 66 69 65 6C 64 73 91 81 6E 87 74 5F 66 69 72 73 74 00 00 00"),
        ["RECORD [1]"] = (RecordMessage.Signature, new object?[] { 1L }, "00 04 B1 71 91 01 00 00"),
    };

    public static TheoryData<string> ResponseNames => new(Responses.Keys);

    [Theory]
    [MemberData(nameof(ResponseNames))]
    public async Task Response_vector_decodes(string name)
    {
        var (signature, field, hex) = Responses[name];
        var body = await new ChunkedReader(new MemoryStream(Hex.Parse(hex))).ReadMessageAsync(CancellationToken.None);
        var message = ResponseMessageReader.Read(body.Span);
        switch (message)
        {
            case IgnoredMessage:
                Assert.Equal(IgnoredMessage.Signature, signature);
                break;
            case SuccessMessage success:
                Assert.Equal(SuccessMessage.Signature, signature);
                ValueAssert.Equal(field, success.Metadata);
                break;
            case FailureMessage failure:
                Assert.Equal(FailureMessage.Signature, signature);
                Assert.Equal(("Neo.ClientError.Statement.SyntaxError", "x"), (failure.Code, failure.Message));
                break;
            case RecordMessage record:
                Assert.Equal(RecordMessage.Signature, signature);
                ValueAssert.Equal(field, record.Values);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(ResponseNames))]
    public void Response_encodes_to_vector(string name)
    {
        var (signature, field, hex) = Responses[name];
        using var writer = new ChunkedWriter();
        writer.Body.WriteStructHeader(field is null ? 0 : 1, signature);
        if (field is not null) writer.Body.Write(field);
        writer.EndMessage();
        Assert.Equal(hex, Hex.Format(writer.Pending));
    }

    [Fact]
    public void Messages_print_in_the_reference_notation()
    {
        Assert.Equal("RUN \"RETURN $x\" {\"x\": 1} {\"mode\": \"r\", \"db\": \"neo4j\"}", Requests["RUN RETURN $x"].Message.ToString());
        Assert.Equal("PULL {\"n\": 1000}", new PullMessage(1000).ToString());
        Assert.Equal("DISCARD {\"n\": -1, \"qid\": 7}", new DiscardMessage(-1, 7).ToString());
        Assert.Equal("BEGIN {\"mode\": \"r\"}", Requests["BEGIN {mode: r}"].Message.ToString());
        Assert.Equal("ROUTE {} [] {}", Requests["ROUTE {} [] {}"].Message.ToString());
        Assert.Equal("RESET", ResetMessage.Instance.ToString());
        Assert.Equal("TELEMETRY 0", Requests["TELEMETRY 0"].Message.ToString());
        Assert.Equal("RECORD [1, \"a\", null]", new RecordMessage([1L, "a", null]).ToString());
        Assert.Equal("IGNORED", IgnoredMessage.Instance.ToString());
    }

    [Fact]
    public void Credentials_never_appear_in_the_notation()
    {
        var logon = new LogonMessage(BoltAuth.Basic("neo4j", "s3cret").Token).ToString();
        Assert.DoesNotContain("s3cret", logon);
        Assert.Contains("\"credentials\": \"******\"", logon);
        var hello50 = new HelloMessage(Map(("user_agent", "x"), ("scheme", "bearer"), ("credentials", "tok3n"))).ToString();
        Assert.DoesNotContain("tok3n", hello50);
    }

    [Fact]
    public void Pull_with_qid_carries_it()
    {
        Assert.Equal("B1 3F A2 81 6E C9 03 E8 83 71 69 64 05", Hex.Format(Encode(new PullMessage(1000, 5), false)));
    }

    [Fact]
    public void Handshake_offers_5_4_down_to_5_0_in_one_range_slot()
    {
        // Reference §1.7 (A): 60 60 B0 17, then 00 04 04 05 and three empty slots.
        Assert.Equal("60 60 B0 17 00 04 04 05 00 00 00 00 00 00 00 00 00 00 00 00", Hex.Format(BoltConnection.Handshake));
    }

    [Fact]
    public void The_record_fast_path_reads_only_records()
    {
        Assert.True(ResponseMessageReader.TryReadRecord(Hex.Parse("B1 71 92 01 81 61"), out var values));
        Assert.Equal(new object?[] { 1L, "a" }, values);
        Assert.False(ResponseMessageReader.TryReadRecord(Hex.Parse("B1 70 A0"), out _));
        Assert.False(ResponseMessageReader.TryReadRecord(Hex.Parse("B0 7E"), out _));
        Assert.Throws<PackStreamException>(() => ResponseMessageReader.TryReadRecord(Hex.Parse("B1 71 91 01 01"), out _));
    }

    [Fact]
    public void Server_message_with_trailing_bytes_is_rejected()
    {
        Assert.Throws<PackStreamException>(() => ResponseMessageReader.Read(Hex.Parse("B1 70 A0 00")));
        Assert.Throws<PackStreamException>(() => ResponseMessageReader.Read(Hex.Parse("B1 10 A0")));
    }
}
