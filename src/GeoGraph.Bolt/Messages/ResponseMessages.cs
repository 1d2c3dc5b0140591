using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>A message the server sends: SUCCESS, RECORD, IGNORED or FAILURE.</summary>
internal interface IResponseMessage;

internal sealed class SuccessMessage(IReadOnlyDictionary<string, object?> metadata) : IResponseMessage
{
    public const byte Signature = 0x70;
    public IReadOnlyDictionary<string, object?> Metadata { get; } = metadata;
    public override string ToString() => "SUCCESS " + BoltValueFormatter.Format(Metadata);
}

internal sealed class RecordMessage(object?[] values) : IResponseMessage
{
    public const byte Signature = 0x71;
    public object?[] Values { get; } = values;
    public override string ToString() => "RECORD " + BoltValueFormatter.Format(Values);
}

internal sealed class IgnoredMessage : IResponseMessage
{
    public const byte Signature = 0x7E;
    public static readonly IgnoredMessage Instance = new();
    private IgnoredMessage() { }
    public override string ToString() => "IGNORED";
}

/// <summary>FAILURE; <see cref="Code"/> is <c>code</c> (≤ 5.6) or <c>neo4j_code</c> (5.7+).</summary>
internal sealed class FailureMessage(IReadOnlyDictionary<string, object?> metadata) : IResponseMessage
{
    public const byte Signature = 0x7F;
    public IReadOnlyDictionary<string, object?> Metadata { get; } = metadata;

    public string Code =>
        (Metadata.TryGetValue("code", out var c) ? c as string : null)
        ?? (Metadata.TryGetValue("neo4j_code", out var n) ? n as string : null)
        ?? "Neo.DatabaseError.General.UnknownError";

    public string Message => Metadata.TryGetValue("message", out var m) && m is string s ? s : "(no message)";

    public override string ToString() => "FAILURE " + BoltValueFormatter.Format(Metadata);
}

internal static class ResponseMessageReader
{
    /// <summary>
    /// The hot path of streaming: a RECORD's values without a <see cref="RecordMessage"/> around them.
    /// False for any other message, which <see cref="Read"/> then decodes.
    /// </summary>
    public static bool TryReadRecord(ReadOnlySpan<byte> message, out object?[] values)
    {
        if (message.Length < 3 || message[0] != 0xB1 || message[1] != RecordMessage.Signature)
        {
            values = [];
            return false;
        }
        var reader = new PackStreamReader(message[2..]);
        values = reader.ReadList();
        if (reader.Remaining != 0)
            throw new PackStreamException($"{reader.Remaining} bytes left over after a RECORD.");
        return true;
    }

    /// <summary>Decodes one de-chunked server message (a RECORD through <see cref="TryReadRecord"/>).</summary>
    public static IResponseMessage Read(ReadOnlySpan<byte> message)
    {
        if (TryReadRecord(message, out var values)) return new RecordMessage(values);
        var reader = new PackStreamReader(message);
        var (fields, signature) = reader.ReadStructHeader();
        IResponseMessage result = (signature, fields) switch
        {
            (SuccessMessage.Signature, 1) => new SuccessMessage(reader.ReadMap()),
            (FailureMessage.Signature, 1) => new FailureMessage(reader.ReadMap()),
            (IgnoredMessage.Signature, 0) => IgnoredMessage.Instance,
            _ => throw new PackStreamException($"Unexpected server message {signature:X2} with {fields} fields."),
        };
        if (reader.Remaining != 0)
            throw new PackStreamException($"{reader.Remaining} bytes left over after a server message.");
        return result;
    }
}
