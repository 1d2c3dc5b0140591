using GeoGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

/// <summary>
/// A relation listing in an explicit order (<see cref="RelationOrder"/>): the sort key expressions
/// over <c>relations r</c>, the ORDER BY (missing values last in both directions), the keyset
/// condition after a cursor's values, and reading an item's values back. The corroboration keys
/// follow <see cref="Corroboration"/>: citations, distinct citing articles, earliest publishedAt.
/// </summary>
internal static class RelationOrdering
{
    /// <summary>A citing article's publishedAt (stored with its offset, "O" format) as fixed-width UTC text, so min() is the earliest instant.</summary>
    private const string PublishedUtc =
        "strftime('%Y-%m-%dT%H:%M:%S', a.published_at) || substr(a.published_at, 20, 8) || 'Z'";

    public static string Expression(RelationOrderField field) => field switch
    {
        RelationOrderField.ValidFrom => "r.valid_from",
        RelationOrderField.FirstReported =>
            $"(SELECT min({PublishedUtc}) FROM citations c JOIN articles a ON a.id = c.article_id WHERE c.relation_id = r.id AND a.published_at IS NOT NULL)",
        RelationOrderField.RecordedAt => "r.recorded_at",
        RelationOrderField.Confidence => "r.confidence",
        RelationOrderField.CitationCount => "(SELECT count(*) FROM citations c WHERE c.relation_id = r.id)",
        RelationOrderField.SourceCount => "(SELECT count(DISTINCT c.article_id) FROM citations c WHERE c.relation_id = r.id)",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>"k0, k1, …" selected after the item's columns and rank.</summary>
    public static string SelectKeys(RelationOrder order) =>
        string.Concat(order.Keys.Select((k, i) => $", {Expression(k.Field)} AS k{i}"));

    public static string OrderBy(RelationOrder order) =>
        string.Join(", ", order.Keys.Select((k, i) => (RelationOrder.Nullable(k.Field) ? $"k{i} IS NULL, " : "") + $"k{i} {Sql(k.Direction)}")
            .Append($"id {Sql(order.IdDirection)}"));

    /// <summary>Rows after the cursor's key in this order, over the columns k0… and id.</summary>
    public static string After(SqlBuilder sql, RelationOrder order, PageKey after)
    {
        var values = after.Sort?.Values ?? throw new ArgumentException("an ordered listing needs a cursor with sort values", nameof(after));
        var condition = $"id {(order.IdDirection == SortDirection.Asc ? ">" : "<")} {sql.Param(after.Id)}";
        for (var i = order.Keys.Count - 1; i >= 0; i--)
        {
            var key = order.Keys[i];
            var column = $"k{i}";
            if (values[i] is not { } value)
            {
                condition = $"{column} IS NULL AND ({condition})";
                continue;
            }
            var v = sql.Param(Parameter(value));
            var beyond = $"{column} {(key.Direction == SortDirection.Asc ? ">" : "<")} {v}" + (RelationOrder.Nullable(key.Field) ? $" OR {column} IS NULL" : "");
            condition = $"{beyond} OR ({column} = {v} AND ({condition}))";
        }
        return condition;
    }

    /// <summary>The item's sort values (any listing's), from the columns after its rank, typed as the order says.</summary>
    public static SortValues Read(SqliteDataReader r, IListingOrder order, int firstOrdinal) =>
        new(order.Name, Enumerable.Range(0, order.KeyCount).Select(i => Value(r, firstOrdinal + i, order.KeyType(i).Type)).ToArray());

    private static object? Value(SqliteDataReader r, int ordinal, Type type) =>
        r.IsDBNull(ordinal) ? null
        : type == typeof(DateOnly) ? SqlValues.ParseDate(r.GetString(ordinal))
        : type == typeof(DateTimeOffset) ? SqlValues.ParseTimestamp(r.GetString(ordinal))
        : type == typeof(double) ? r.GetDouble(ordinal)
        : type == typeof(long) ? r.GetInt64(ordinal)
        : r.GetString(ordinal);

    private static object Parameter(object value) => value switch
    {
        DateOnly d => SqlValues.Date(d),
        DateTimeOffset t => SqlValues.Timestamp(t),
        _ => value,
    };

    public static string Sql(SortDirection direction) => direction == SortDirection.Asc ? "ASC" : "DESC";
}
