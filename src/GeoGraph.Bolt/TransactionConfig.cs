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
        if (config?.Timeout is { } timeout) extra["tx_timeout"] = TimeoutMilliseconds(timeout);
        if (config?.Metadata is { Count: > 0 } metadata)
        {
            BoltValues.Validate(metadata);
            extra["tx_metadata"] = metadata;
        }
        if (mode == AccessMode.Read) extra["mode"] = "r";
        if (database is not null) extra["db"] = database;
        return extra;
    }

    /// <summary>
    /// Whole milliseconds; 0 means "no timeout" to the server, so a positive timeout under 1 ms becomes
    /// 1 ms rather than none. A negative timeout is refused before anything is sent.
    /// </summary>
    private static long TimeoutMilliseconds(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero, nameof(Timeout));
        return timeout > TimeSpan.Zero ? Math.Max(1, (long)timeout.TotalMilliseconds) : 0;
    }
}
