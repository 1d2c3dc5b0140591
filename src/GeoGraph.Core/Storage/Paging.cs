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
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    public static PageRequest FirstPage(int first = DefaultSize) => new(first, null);
}

public sealed record PagedItem<T>(T Item, PageKey Key);

public sealed record Page<T>(IReadOnlyList<PagedItem<T>> Items, bool HasNextPage)
{
    public static Page<T> From(IReadOnlyList<PagedItem<T>> fetched, int first) =>
        fetched.Count > first ? new Page<T>(fetched.Take(first).ToArray(), true) : new Page<T>(fetched, false);
}

/// <summary>Opaque Relay cursors: base64url of "v1|rank|id".</summary>
public static class Cursors
{
    public static string Encode(PageKey key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"v1|{key.Rank.ToString(CultureInfo.InvariantCulture)}|{key.Id}"));

    public static PageKey Decode(string cursor, string field)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|', 3);
            if (parts.Length == 3 && parts[0] == "v1"
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var rank) && rank is >= 0 and <= 2
                && parts[2].Length is > 0 and <= 300)
                return new PageKey(rank, parts[2]);
        }
        catch (FormatException)
        {
        }
        throw GeoGraphException.Validation(field, "malformed cursor: pass an endCursor or edge cursor returned by this API");
    }
}
