using System.Text;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>A message the client sends. <see cref="object.ToString"/> gives the reference's notation.</summary>
internal interface IRequestMessage
{
    string Name { get; }

    /// <summary>Writes the whole structure (header, signature, fields).</summary>
    void WriteTo(PackStreamWriter writer);
}

internal static class RequestFormat
{
    public static string Of(string name, params object?[] fields)
    {
        var sb = new StringBuilder(name);
        foreach (var field in fields)
        {
            sb.Append(' ');
            BoltValueFormatter.Append(sb, field);
        }
        return sb.ToString();
    }

    /// <summary>Copies a map with <c>credentials</c> masked, so logs never carry secrets.</summary>
    public static IReadOnlyDictionary<string, object?> Masked(IReadOnlyDictionary<string, object?> map) =>
        map.ContainsKey("credentials")
            ? map.ToDictionary(kv => kv.Key, kv => kv.Key == "credentials" ? (object?)"******" : kv.Value)
            : map;
}

internal sealed class HelloMessage(IReadOnlyDictionary<string, object?> extra) : IRequestMessage
{
    public const byte Signature = 0x01;
    public IReadOnlyDictionary<string, object?> Extra { get; } = extra;
    public string Name => "HELLO";

    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, Signature);
        writer.Write(Extra);
    }

    public override string ToString() => RequestFormat.Of(Name, RequestFormat.Masked(Extra));
}

internal sealed class LogonMessage(IReadOnlyDictionary<string, object?> auth) : IRequestMessage
{
    public const byte Signature = 0x6A;
    public IReadOnlyDictionary<string, object?> Auth { get; } = auth;
    public string Name => "LOGON";

    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, Signature);
        writer.Write(Auth);
    }

    public override string ToString() => RequestFormat.Of(Name, RequestFormat.Masked(Auth));
}

/// <summary>What the requests without fields share: a signature and nothing else on the wire.</summary>
internal abstract class BareRequestMessage(string name, byte signature) : IRequestMessage
{
    public string Name { get; } = name;
    public byte Signature { get; } = signature;

    public void WriteTo(PackStreamWriter writer) => writer.WriteStructHeader(0, Signature);

    public override string ToString() => Name;
}

/// <summary>GOODBYE <c>02</c>: no reply; the server closes the connection.</summary>
internal sealed class GoodbyeMessage() : BareRequestMessage("GOODBYE", 0x02)
{
    public static readonly GoodbyeMessage Instance = new();
}

/// <summary>RESET <c>0F</c>: back to READY, ending any stream, transaction or failure.</summary>
internal sealed class ResetMessage() : BareRequestMessage("RESET", 0x0F)
{
    public static readonly ResetMessage Instance = new();
}

/// <summary>COMMIT <c>12</c>: SUCCESS carries the new bookmark.</summary>
internal sealed class CommitMessage() : BareRequestMessage("COMMIT", 0x12)
{
    public static readonly CommitMessage Instance = new();
}

/// <summary>ROLLBACK <c>13</c>.</summary>
internal sealed class RollbackMessage() : BareRequestMessage("ROLLBACK", 0x13)
{
    public static readonly RollbackMessage Instance = new();
}

internal sealed class RunMessage(string query, IReadOnlyDictionary<string, object?> parameters, IReadOnlyDictionary<string, object?> extra) : IRequestMessage
{
    public const byte Signature = 0x10;
    public string Query { get; } = query;
    public IReadOnlyDictionary<string, object?> Parameters { get; } = parameters;
    public IReadOnlyDictionary<string, object?> Extra { get; } = extra;
    public string Name => "RUN";

    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(3, Signature);
        writer.WriteString(Query);
        writer.Write(Parameters);
        writer.Write(Extra);
    }

    public override string ToString() => RequestFormat.Of(Name, Query, Parameters, Extra);
}

internal sealed class BeginMessage(IReadOnlyDictionary<string, object?> extra) : IRequestMessage
{
    public const byte Signature = 0x11;
    public IReadOnlyDictionary<string, object?> Extra { get; } = extra;
    public string Name => "BEGIN";

    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, Signature);
        writer.Write(Extra);
    }

    public override string ToString() => RequestFormat.Of(Name, Extra);
}

/// <summary>What PULL and DISCARD share: <c>{n, qid}</c>, <c>n</c> records (−1 = all) of statement <c>qid</c> (−1 = the last).</summary>
internal abstract class StreamRequestMessage(string name, byte signature, long n, long qid) : IRequestMessage
{
    public string Name { get; } = name;
    public byte Signature { get; } = signature;
    public long N { get; } = n;
    public long Qid { get; } = qid;

    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, Signature);
        writer.WriteMapHeader(Qid == -1 ? 1 : 2);
        writer.WriteString("n");
        writer.WriteInteger(N);
        if (Qid == -1) return;
        writer.WriteString("qid");
        writer.WriteInteger(Qid);
    }

    public override string ToString() => Qid == -1 ? $"{Name} {{\"n\": {N}}}" : $"{Name} {{\"n\": {N}, \"qid\": {Qid}}}";
}

/// <summary>PULL <c>3F</c>: stream the next <c>n</c> records.</summary>
internal sealed class PullMessage(long n, long qid = -1) : StreamRequestMessage("PULL", SignatureByte, n, qid)
{
    public const byte SignatureByte = 0x3F;
}

/// <summary>DISCARD <c>2F</c>: throw away the next <c>n</c> records.</summary>
internal sealed class DiscardMessage(long n, long qid = -1) : StreamRequestMessage("DISCARD", SignatureByte, n, qid)
{
    public const byte SignatureByte = 0x2F;
}

/// <summary>TELEMETRY (5.4+): which API the next BEGIN or RUN comes from.</summary>
internal sealed class TelemetryMessage(TelemetryApi api) : IRequestMessage
{
    public const byte Signature = 0x54;
    public TelemetryApi Api { get; } = api;
    public string Name => "TELEMETRY";

    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, Signature);
        writer.WriteInteger((long)Api);
    }

    public override string ToString() => RequestFormat.Of(Name, (long)Api);
}

internal enum TelemetryApi
{
    ManagedTransaction = 0,
    ExplicitTransaction = 1,
    AutoCommit = 2,
    ExecuteQuery = 3,
}

internal sealed class RouteMessage(IReadOnlyDictionary<string, object?> routing, IReadOnlyList<string> bookmarks, string? database) : IRequestMessage
{
    public const byte Signature = 0x66;
    public IReadOnlyDictionary<string, object?> Routing { get; } = routing;
    public IReadOnlyList<string> Bookmarks { get; } = bookmarks;
    public string? Database { get; } = database;
    public string Name => "ROUTE";

    private IReadOnlyDictionary<string, object?> Extra =>
        Database is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { ["db"] = Database };

    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(3, Signature);
        writer.Write(Routing);
        writer.Write(Bookmarks);
        writer.Write(Extra);
    }

    public override string ToString() => RequestFormat.Of(Name, Routing, Bookmarks, Extra);
}
