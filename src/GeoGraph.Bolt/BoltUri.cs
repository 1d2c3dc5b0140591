namespace GeoGraph.Bolt;

/// <summary>A server address, <c>host:port</c>.</summary>
public readonly record struct ServerAddress(string Host, int Port)
{
    public const int DefaultPort = 7687;

    public static ServerAddress Parse(string hostAndPort)
    {
        var colon = hostAndPort.LastIndexOf(':');
        if (colon > 0 && hostAndPort.IndexOf(']') < colon && int.TryParse(hostAndPort.AsSpan(colon + 1), out var port))
            return new ServerAddress(hostAndPort[..colon].Trim('[', ']'), port);
        return new ServerAddress(hostAndPort.Trim('[', ']'), DefaultPort);
    }

    public override string ToString() => Host.Contains(':') ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}

public enum TlsMode
{
    None,
    /// <summary><c>+s</c>: TLS, certificate must chain to a trusted CA.</summary>
    Verified,
    /// <summary><c>+ssc</c>: TLS, self-signed certificates accepted.</summary>
    SelfSigned,
}

/// <summary>A parsed connection URI: <c>bolt[+s|+ssc]://</c> (direct) or <c>neo4j[+s|+ssc]://</c> (routing).</summary>
public sealed record BoltUri(bool Routing, TlsMode Tls, ServerAddress Address, IReadOnlyDictionary<string, object?> RoutingContext)
{
    public static BoltUri Parse(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
            throw new ArgumentException($"'{uri}' is not a URI; expected e.g. bolt://localhost:7687 or neo4j://host:7687.", nameof(uri));
        var (routing, tls) = parsed.Scheme switch
        {
            "bolt" => (false, TlsMode.None),
            "bolt+s" => (false, TlsMode.Verified),
            "bolt+ssc" => (false, TlsMode.SelfSigned),
            "neo4j" => (true, TlsMode.None),
            "neo4j+s" => (true, TlsMode.Verified),
            "neo4j+ssc" => (true, TlsMode.SelfSigned),
            _ => throw new ArgumentException(
                $"Unsupported scheme '{parsed.Scheme}'; use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc.", nameof(uri)),
        };
        var address = new ServerAddress(parsed.IdnHost, parsed.IsDefaultPort || parsed.Port < 0 ? ServerAddress.DefaultPort : parsed.Port);
        var context = new Dictionary<string, object?> { ["address"] = address.ToString() };
        foreach (var pair in parsed.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!routing)
                throw new ArgumentException("Routing context (URI query) is only allowed with neo4j:// schemes.", nameof(uri));
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new ArgumentException($"Bad routing context entry '{pair}'.", nameof(uri));
            var key = Uri.UnescapeDataString(pair[..eq]);
            if (key == "address") throw new ArgumentException("'address' is reserved in the routing context.", nameof(uri));
            context[key] = Uri.UnescapeDataString(pair[(eq + 1)..]);
        }
        return new BoltUri(routing, tls, address, context);
    }
}
