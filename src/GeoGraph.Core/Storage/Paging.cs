using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GeoGraph.Core.Errors;

namespace GeoGraph.Core.Storage;

/// <summary>
/// Where a listing resumes: lists are ordered by (rank, id), rank being 0 except in searches
/// (0 exact match, 1 prefix, 2 contains; articles add 3–5 for matches in their text), so both
/// stores page identically with keyset paging. A listing with an explicit order
/// (<see cref="RelationOrder"/>, <see cref="NodeOrder"/>) also carries the item's sort key values in
/// <see cref="Sort"/>.
/// </summary>
public readonly record struct PageKey(int Rank, string Id, SortValues? Sort = null)
{
    /// <summary>The highest rank a search gives (a timeline, whose ranks are day numbers, says its own bound).</summary>
    public const int MaxRank = 5;
}

/// <summary>
/// An item's values of an ordering's keys (before the id), typed as
/// <see cref="IListingOrder.KeyType"/> says; equal when the ordering and every value are.
/// </summary>
public sealed class SortValues(string ordering, IReadOnlyList<object?> values) : IEquatable<SortValues>
{
    public string Ordering { get; } = ordering;
    public IReadOnlyList<object?> Values { get; } = values;

    public bool Equals(SortValues? other) =>
        other is not null && Ordering == other.Ordering && Values.SequenceEqual(other.Values);

    public override bool Equals(object? obj) => Equals(obj as SortValues);

    public override int GetHashCode() => HashCode.Combine(Ordering, Values.Count);

    public override string ToString() => $"{Ordering} [{string.Join(", ", Values.Select(v => v ?? "null"))}]";
}

public sealed record PageRequest(int First, PageKey? After)
{
    public static PageRequest FirstPage(int first = QueryLimits.DefaultPageSize) => new(first, null);

    /// <summary>
    /// The order, once the cursor is known to belong to it: another ordering's cursor (its sort
    /// values would mean nothing here) is VALIDATION_FAILED. A search cursor (rank &gt; 0) is left
    /// to the listing, which answers an empty page outside a search.
    /// </summary>
    public T Check<T>(T order) where T : IListingOrder
    {
        if (After is { Rank: 0 } after && (after.Sort?.Ordering ?? RelationOrder.ById.Name) != order.Name)
            throw GeoGraphException.Validation("after", $"this cursor belongs to another ordering, not {order.Name}; pass the same orderBy to continue it");
        return order;
    }
}

public sealed record PagedItem<T>(T Item, PageKey Key);

public sealed record Page<T>(IReadOnlyList<PagedItem<T>> Items, bool HasNextPage)
{
    public static Page<T> From(IReadOnlyList<PagedItem<T>> fetched, int first) =>
        fetched.Count > first ? new Page<T>(fetched.Take(first).ToArray(), true) : new Page<T>(fetched, false);
}

/// <summary>
/// Opaque Relay cursors: base64url of "v1|listing|rank|id", or for an explicitly ordered listing
/// "v2|listing|ordering|value|…|id" (one value per sort key before the id). A cursor names the
/// listing that issued it (relations, nodes, claims, articles) and its ordering, so one passed to
/// another listing or ordering is refused rather than silently restarting it; a rank other than 0
/// is only valid in a search.
/// </summary>
public static partial class Cursors
{
    private const int MaxIdLength = 300;
    private const string Null = "~";

    public static string Encode(string listing, PageKey key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key.Sort is { } sort
            ? $"v2|{listing}|{sort.Ordering}|{string.Concat(sort.Values.Select(v => EncodeValue(v) + "|"))}{key.Id}"
            : $"v1|{listing}|{key.Rank.ToString(CultureInfo.InvariantCulture)}|{key.Id}"));

    /// <param name="maxRank">The highest rank the listing issues: <see cref="PageKey.MaxRank"/> for searches; a timeline's ranks are day numbers.</param>
    public static PageKey Decode(string cursor, string listing, bool ranked, string field, int maxRank = PageKey.MaxRank)
    {
        var payload = Payload(cursor);
        if (payload.StartsWith("v2|", StringComparison.Ordinal)) RefuseOrdered(payload, listing, "id", field);
        var parts = payload.Split('|', 4);
        if (parts.Length == 4 && parts[0] == "v1"
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var rank) && rank >= 0 && rank <= maxRank
            && parts[3].Length is > 0 and <= MaxIdLength)
        {
            if (parts[1] != listing)
                throw GeoGraphException.Validation(field, $"this cursor belongs to the {parts[1]} listing, not {listing}");
            if (rank > 0 && !ranked)
                throw GeoGraphException.Validation(field, "this cursor belongs to a search; pass the same search to continue it");
            return new PageKey(rank, parts[3]);
        }
        throw Malformed(field);
    }

    /// <summary>A cursor of a listing in <paramref name="order"/>: its sort key values checked against the ordering's keys.</summary>
    public static PageKey Decode(string cursor, string listing, IListingOrder order, string field)
    {
        if (order.IsById)
        {
            if (Payload(cursor).StartsWith("v2|", StringComparison.Ordinal)) RefuseOrdered(Payload(cursor), listing, order.Name, field);
            return Decode(cursor, listing, ranked: false, field);
        }
        var payload = Payload(cursor);
        if (payload.StartsWith("v1|", StringComparison.Ordinal))
        {
            Decode(cursor, listing, ranked: true, field);
            throw WrongOrdering(field, "ID:ASC", order.Name);
        }
        var parts = payload.Split('|', 4 + order.KeyCount);
        if (parts.Length < 4 || parts[0] != "v2") throw Malformed(field);
        if (parts[1] != listing)
            throw GeoGraphException.Validation(field, $"this cursor belongs to the {parts[1]} listing, not {listing}");
        if (parts[2] != order.Name) throw WrongOrdering(field, parts[2], order.Name);
        var id = parts[^1];
        if (parts.Length != 4 + order.KeyCount || id.Length is 0 or > MaxIdLength) throw Malformed(field);
        var values = new object?[order.KeyCount];
        for (var i = 0; i < values.Length; i++)
        {
            var (type, nullable) = order.KeyType(i);
            values[i] = DecodeValue(parts[3 + i], type) ?? (parts[3 + i] == Null && nullable ? null : throw Malformed(field));
        }
        return new PageKey(0, id, new SortValues(order.Name, values));
    }

    private static string Payload(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return "";
        }
    }

    private static void RefuseOrdered(string payload, string listing, string wanted, string field)
    {
        var parts = payload.Split('|', 4);
        if (parts.Length < 4 || !OrderingName().IsMatch(parts[2])) throw Malformed(field);
        if (parts[1] != listing)
            throw GeoGraphException.Validation(field, $"this cursor belongs to the {parts[1]} listing, not {listing}");
        throw WrongOrdering(field, parts[2], wanted);
    }

    private static GeoGraphException WrongOrdering(string field, string cursorOrdering, string wanted) =>
        GeoGraphException.Validation(field,
            $"this cursor belongs to the ordering {cursorOrdering}, not {wanted}; pass the same orderBy to continue it");

    private static GeoGraphException Malformed(string field) =>
        GeoGraphException.Validation(field, "malformed cursor: pass an endCursor or edge cursor returned by this API");

    [System.Text.RegularExpressions.GeneratedRegex("^([A-Z_]+:(ASC|DESC),)*ID:(ASC|DESC)$")]
    private static partial System.Text.RegularExpressions.Regex OrderingName();

    private static string EncodeValue(object? value) => value switch
    {
        null => Null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcTicks.ToString(CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        long n => n.ToString(CultureInfo.InvariantCulture),
        // Text may hold '|' (the separator): it goes base64url-encoded; '~' (null) is not base64url.
        string s => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(s)),
        _ => throw new ArgumentException($"a sort key value of type {value.GetType().Name} cannot go into a cursor", nameof(value)),
    };

    /// <summary>The value as the field's type, or null when it is not one (or is the null marker).</summary>
    private static object? DecodeValue(string text, Type type)
    {
        if (type == typeof(string))
            return text != Null && Base64Url.IsValid(text) ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)) : null;
        if (type == typeof(DateOnly))
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        if (type == typeof(DateTimeOffset))
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
                ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        if (type == typeof(double))
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) ? x : null;
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
