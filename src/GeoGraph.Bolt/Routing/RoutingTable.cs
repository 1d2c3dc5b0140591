namespace GeoGraph.Bolt.Routing;

/// <summary>Routers, readers and writers of one database, valid until <see cref="ExpiresAt"/> (ROUTE reply, reference §6.1).</summary>
internal sealed class RoutingTable
{
    private readonly object _gate = new();
    private int _nextReader;
    private int _nextWriter;

    public RoutingTable(string? database, IReadOnlyList<ServerAddress> routers, IReadOnlyList<ServerAddress> readers,
        IReadOnlyList<ServerAddress> writers, DateTimeOffset expiresAt)
    {
        Database = database;
        Routers = routers;
        Readers = readers;
        Writers = writers;
        ExpiresAt = expiresAt;
    }

    public string? Database { get; }
    public IReadOnlyList<ServerAddress> Routers { get; private set; }
    public IReadOnlyList<ServerAddress> Readers { get; private set; }
    public IReadOnlyList<ServerAddress> Writers { get; private set; }
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Parses the <c>rt</c> dictionary: <c>ttl</c> seconds, <c>db</c>, <c>servers</c> [{addresses, role}].</summary>
    public static RoutingTable Parse(IReadOnlyDictionary<string, object?> rt, DateTimeOffset now)
    {
        var ttl = rt.TryGetValue("ttl", out var t) && t is long seconds ? seconds : 0;
        var routers = new List<ServerAddress>();
        var readers = new List<ServerAddress>();
        var writers = new List<ServerAddress>();
        if (rt.TryGetValue("servers", out var s) && s is IReadOnlyList<object?> servers)
        {
            foreach (var server in servers.OfType<IReadOnlyDictionary<string, object?>>())
            {
                var target = (server.TryGetValue("role", out var role) ? role as string : null) switch
                {
                    "ROUTE" => routers,
                    "READ" => readers,
                    "WRITE" => writers,
                    _ => null,
                };
                if (target is null || !server.TryGetValue("addresses", out var a) || a is not IReadOnlyList<object?> addresses) continue;
                target.AddRange(addresses.OfType<string>().Select(ServerAddress.Parse));
            }
        }
        var expires = ttl >= (long)(DateTimeOffset.MaxValue - now).TotalSeconds ? DateTimeOffset.MaxValue : now.AddSeconds(ttl);
        return new RoutingTable(rt.TryGetValue("db", out var db) ? db as string : null, routers, readers, writers, expires);
    }

    /// <summary>Stale when expired, or when it has no router or no server for the requested mode.</summary>
    public bool IsStaleFor(AccessMode mode, DateTimeOffset now)
    {
        lock (_gate)
            return now >= ExpiresAt || Routers.Count == 0 || (mode == AccessMode.Read ? Readers.Count == 0 : Writers.Count == 0);
    }

    /// <summary>Servers for the mode, starting at the next in round-robin order, so load spreads.</summary>
    public IReadOnlyList<ServerAddress> CandidatesFor(AccessMode mode)
    {
        lock (_gate)
        {
            var list = mode == AccessMode.Read ? Readers : Writers;
            if (list.Count == 0) return [];
            var start = (mode == AccessMode.Read ? _nextReader++ : _nextWriter++) % list.Count;
            return list.Skip(start).Concat(list.Take(start)).ToArray();
        }
    }

    /// <summary>The server is unreachable: drop it from every role.</summary>
    public void Forget(ServerAddress address)
    {
        lock (_gate)
        {
            Routers = Routers.Where(a => a != address).ToArray();
            Readers = Readers.Where(a => a != address).ToArray();
            Writers = Writers.Where(a => a != address).ToArray();
        }
    }

    /// <summary>The server is no longer a writer (NotALeader, ForbiddenOnReadOnlyDatabase).</summary>
    public void ForgetWriter(ServerAddress address)
    {
        lock (_gate) Writers = Writers.Where(a => a != address).ToArray();
    }

    public override string ToString() =>
        $"db={Database ?? "(home)"} routers=[{string.Join(", ", Routers)}] readers=[{string.Join(", ", Readers)}] " +
        $"writers=[{string.Join(", ", Writers)}] expires={ExpiresAt:O}";
}
