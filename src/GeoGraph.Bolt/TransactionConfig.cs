namespace GeoGraph.Bolt;

public enum AccessMode
{
    Write,
    Read,
}

/// <summary>Transaction timeout and metadata (BEGIN, or RUN in auto-commit).</summary>
public sealed record TransactionConfig
{
    public TimeSpan? Timeout { get; init; }
    public IReadOnlyDictionary<string, object?>? Metadata { get; init; }

    internal static Dictionary<string, object?> Extra(string? database, AccessMode mode, IReadOnlyList<string> bookmarks, TransactionConfig? config)
    {
        var extra = new Dictionary<string, object?>();
        if (bookmarks.Count > 0) extra["bookmarks"] = bookmarks.ToArray();
        if (config?.Timeout is { } timeout) extra["tx_timeout"] = (long)timeout.TotalMilliseconds;
        if (config?.Metadata is { Count: > 0 } metadata)
        {
            BoltValues.Validate(metadata);
            extra["tx_metadata"] = metadata;
        }
        if (mode == AccessMode.Read) extra["mode"] = "r";
        if (database is not null) extra["db"] = database;
        return extra;
    }
}
