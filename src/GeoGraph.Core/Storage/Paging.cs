using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GeoGraph.Core.Errors;

namespace GeoGraph.Core.Storage;

/// <summary>
/// Where a listing resumes: lists are ordered by (rank, id), rank being 0 except in searches
/// (0 exact match, 1 prefix, 2 contains), so both stores page identically with keyset paging.
/// </summary>
public readonly record struct PageKey(int Rank, string Id);

public sealed record PageRequest(int First, PageKey? After)
{
    public static PageRequest FirstPage(int first = QueryLimits.DefaultPageSize) => new(first, null);
}

public sealed record PagedItem<T>(T Item, PageKey Key);

public sealed record Page<T>(IReadOnlyList<PagedItem<T>> Items, bool HasNextPage)
{
    public static Page<T> From(IReadOnlyList<PagedItem<T>> fetched, int first) =>
        fetched.Count > first ? new Page<T>(fetched.Take(first).ToArray(), true) : new Page<T>(fetched, false);
}

/// <summary>
/// Opaque Relay cursors: base64url of "v1|listing|rank|id". A cursor names the listing that issued
/// it (relations, nodes, claims, articles), so one passed to another listing is refused rather than
/// silently restarting it; a rank other than 0 is only valid in a search.
/// </summary>
public static class Cursors
{
    public static string Encode(string listing, PageKey key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"v1|{listing}|{key.Rank.ToString(CultureInfo.InvariantCulture)}|{key.Id}"));

    /// <param name="maxRank">The highest rank the listing issues: 2 for searches; a timeline's ranks are day numbers.</param>
    public static PageKey Decode(string cursor, string listing, bool ranked, string field, int maxRank = 2)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|', 4);
        }
        catch (FormatException)
        {
            parts = [];
        }
        if (parts.Length == 4 && parts[0] == "v1"
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var rank) && rank >= 0 && rank <= maxRank
            && parts[3].Length is > 0 and <= 300)
        {
            if (parts[1] != listing)
                throw GeoGraphException.Validation(field, $"this cursor belongs to the {parts[1]} listing, not {listing}");
            if (rank > 0 && !ranked)
                throw GeoGraphException.Validation(field, "this cursor belongs to a search; pass the same search to continue it");
            return new PageKey(rank, parts[3]);
        }
        throw GeoGraphException.Validation(field, "malformed cursor: pass an endCursor or edge cursor returned by this API");
    }
}
