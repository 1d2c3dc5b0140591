namespace GeoGraph.Bolt;

/// <summary>What the server said about a finished query.</summary>
public sealed class ResultSummary
{
    internal ResultSummary(string query, ServerInfo server, IReadOnlyDictionary<string, object?> runMetadata,
        IReadOnlyDictionary<string, object?> streamMetadata)
    {
        Query = query;
        Server = server;
        Metadata = streamMetadata;
        Bookmark = streamMetadata.TryGetValue("bookmark", out var b) ? b as string : null;
        Database = streamMetadata.TryGetValue("db", out var db) ? db as string : null;
        QueryType = streamMetadata.TryGetValue("type", out var t) ? t as string : null;
        ResultAvailableAfter = Millis(runMetadata, "t_first");
        ResultConsumedAfter = Millis(streamMetadata, "t_last");
        Counters = new Counters(streamMetadata.TryGetValue("stats", out var s) ? s as IReadOnlyDictionary<string, object?> : null);
        Notifications = streamMetadata.TryGetValue("notifications", out var n) && n is IReadOnlyList<object?> list
            ? list.OfType<IReadOnlyDictionary<string, object?>>().ToArray()
            : [];
    }

    private static TimeSpan? Millis(IReadOnlyDictionary<string, object?> meta, string key) =>
        meta.TryGetValue(key, out var v) && v is long ms ? TimeSpan.FromMilliseconds(ms) : null;

    public string Query { get; }
    public ServerInfo Server { get; }

    /// <summary>Bookmark of an auto-commit query (a transaction's comes from COMMIT).</summary>
    public string? Bookmark { get; }
    public string? Database { get; }

    /// <summary><c>r</c>, <c>w</c>, <c>rw</c> or <c>s</c>.</summary>
    public string? QueryType { get; }
    public TimeSpan? ResultAvailableAfter { get; }
    public TimeSpan? ResultConsumedAfter { get; }
    public Counters Counters { get; }
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Notifications { get; }

    /// <summary>The final SUCCESS metadata as sent.</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; }
}

/// <summary>The server and protocol a query ran on.</summary>
public sealed record ServerInfo(ServerAddress Address, string? Agent, string ProtocolVersion, string? ConnectionId);

/// <summary>Update counters from the <c>stats</c> metadata (absent counters are zero).</summary>
public sealed class Counters(IReadOnlyDictionary<string, object?>? stats)
{
    private int Get(string key) => stats is not null && stats.TryGetValue(key, out var v) && v is long l ? (int)l : 0;

    public int NodesCreated => Get("nodes-created");
    public int NodesDeleted => Get("nodes-deleted");
    public int RelationshipsCreated => Get("relationships-created");
    public int RelationshipsDeleted => Get("relationships-deleted");
    public int PropertiesSet => Get("properties-set");
    public int LabelsAdded => Get("labels-added");
    public int LabelsRemoved => Get("labels-removed");
    public int IndexesAdded => Get("indexes-added");
    public int IndexesRemoved => Get("indexes-removed");
    public int ConstraintsAdded => Get("constraints-added");
    public int ConstraintsRemoved => Get("constraints-removed");
    public int SystemUpdates => Get("system-updates");

    public bool ContainsUpdates => stats is not null && stats.TryGetValue("contains-updates", out var v)
        ? v is true
        : NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded + LabelsRemoved
          + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;
}
