using GeoGraph.Bolt;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Testing.Bolt;

/// <summary>A request the fake server received, decoded: its name, its fields and its exact bytes (de-chunked).</summary>
public sealed class ClientMessage(byte signature, IReadOnlyList<object?> fields, byte[] bytes)
{
    public byte Signature { get; } = signature;
    public string Name { get; } = NameOf(signature);
    public IReadOnlyList<object?> Fields { get; } = fields;
    public byte[] Bytes { get; } = bytes;

    /// <summary>The dictionary field at <paramref name="index"/> (HELLO/LOGON/BEGIN/PULL: 0; RUN: 1 params, 2 extra).</summary>
    public IReadOnlyDictionary<string, object?> Map(int index) =>
        Fields[index] as IReadOnlyDictionary<string, object?> ?? throw new InvalidOperationException($"{Name} field {index} is not a map.");

    /// <summary>The last field as a dictionary: HELLO, LOGON, BEGIN, PULL, DISCARD extras and RUN's extra.</summary>
    public IReadOnlyDictionary<string, object?> Extra => Map(Fields.Count - 1);

    public static string NameOf(byte signature) => signature switch
    {
        0x01 => "HELLO",
        0x02 => "GOODBYE",
        0x0F => "RESET",
        0x10 => "RUN",
        0x11 => "BEGIN",
        0x12 => "COMMIT",
        0x13 => "ROLLBACK",
        0x2F => "DISCARD",
        0x3F => "PULL",
        0x54 => "TELEMETRY",
        0x66 => "ROUTE",
        0x6A => "LOGON",
        0x6B => "LOGOFF",
        _ => $"<{signature:X2}>",
    };

    public static ClientMessage Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new PackStreamReader(bytes);
        var (count, signature) = reader.ReadStructHeader();
        var fields = new object?[count];
        for (var i = 0; i < count; i++) fields[i] = reader.ReadValue();
        return new ClientMessage(signature, fields, bytes.ToArray());
    }

    public override string ToString() =>
        Fields.Count == 0 ? Name : Name + " " + string.Join(" ", Fields.Select(BoltValueFormatter.Format));
}
