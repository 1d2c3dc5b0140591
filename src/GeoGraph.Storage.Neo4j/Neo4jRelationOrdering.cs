using System.Globalization;
using GeoGraph.Bolt;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// A relation listing's order in Cypher: the sort keys as the list <c>keys</c> (each a fragment of
/// cypher/sort-keys/relation), the ORDER BY over it (missing values last in both directions, then
/// the id), and the keyset condition after a cursor's values (<c>$after0</c>…, <c>$afterId</c>).
/// Only these fixed shapes are generated here; values go as parameters.
/// </summary>
internal static class Neo4jRelationOrdering
{
    private static readonly Dictionary<RelationOrderField, string> Keys = new[]
    {
        (RelationOrderField.ValidFrom, "valid_from"), (RelationOrderField.FirstReported, "first_reported"),
        (RelationOrderField.RecordedAt, "recorded_at"), (RelationOrderField.Confidence, "confidence"),
        (RelationOrderField.CitationCount, "citation_count"), (RelationOrderField.SourceCount, "source_count"),
    }.ToDictionary(k => k.Item1, k => CypherStatements.Fragment("sort-keys/relation", k.Item2));

    /// <summary>$sortKeys, $afterKey and $orderBy of a relations listing template, with the parameters they use added.</summary>
    public static Dictionary<string, string> Placeholders(RelationOrder order, PageKey? after, Dictionary<string, object?> parameters)
    {
        parameters["afterId"] = after?.Id;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["sortKeys"] = "[" + string.Join(", ", order.Keys.Select(k => Keys[k.Field])) + "]",
            ["afterKey"] = after is { } key ? After(order, key, parameters) : "true",
            ["orderBy"] = string.Join(", ", order.Keys.Select((k, i) => (RelationOrder.Nullable(k.Field) ? $"{Key(i)} IS NULL, " : "") + $"{Key(i)}{Direction(k.Direction)}")
                .Append("id" + Direction(order.IdDirection))),
        };
    }

    private static string After(RelationOrder order, PageKey after, Dictionary<string, object?> parameters)
    {
        var condition = $"r.id {(order.IdDirection == SortDirection.Asc ? ">" : "<")} $afterId";
        var values = order.Keys.Count == 0 ? [] : after.Sort?.Values ?? throw new ArgumentException("an ordered listing needs a cursor with sort values", nameof(after));
        for (var i = order.Keys.Count - 1; i >= 0; i--)
        {
            var key = Key(i);
            if (values[i] is not { } value)
            {
                condition = $"{key} IS NULL AND ({condition})";
                continue;
            }
            var name = "after" + i.ToString(CultureInfo.InvariantCulture);
            parameters[name] = value is DateTimeOffset t ? Neo4jValues.Utc(t) : value;
            var beyond = $"{key} {(order.Keys[i].Direction == SortDirection.Asc ? ">" : "<")} ${name}" + (RelationOrder.Nullable(order.Keys[i].Field) ? $" OR {key} IS NULL" : "");
            condition = $"{beyond} OR ({key} = ${name} AND ({condition}))";
        }
        return "(" + condition + ")";
    }

    /// <summary>The item's sort values from the record's <c>keys</c>, typed as Core says.</summary>
    public static SortValues? Read(Record record, RelationOrder order)
    {
        if (order.IsById) return null;
        var keys = (object?[])record["keys"]!;
        return new SortValues(order.Name, order.Keys.Select((k, i) => keys[i] switch
        {
            null => null,
            DateOnly d => d,
            long n when k.Field == RelationOrderField.Confidence => (double)n,
            long n => n,
            double x => x,
            var instant => (object)Neo4jValues.Instant(instant),
        }).ToArray());
    }

    private static string Key(int i) => "keys[" + i.ToString(CultureInfo.InvariantCulture) + "]";

    private static string Direction(SortDirection d) => d == SortDirection.Asc ? "" : " DESC";
}
