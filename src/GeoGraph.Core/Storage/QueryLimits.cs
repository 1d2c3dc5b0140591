using GeoGraph.Core.Errors;

namespace GeoGraph.Core.Storage;

/// <summary>
/// Every bound on what one request may ask of a store, in one table: the API validates arguments
/// against it, and <see cref="Check(NeighborhoodQuery)"/> and friends enforce it again before
/// any store runs, so a caller that bypasses the API meets the same limits.
/// </summary>
public static class QueryLimits
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>Depth 0 is the start node alone.</summary>
    public const int MinDepth = 0;
    public const int MaxDepth = 4;
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
    public const int DefaultRelationLimit = 1_000;
    public const int MaxRelationLimit = 5_000;

    public const int MinHops = 1;
    public const int DefaultMaxHops = 4;
    public const int MaxMaxHops = 8;

    /// <summary>Buckets one relationCounts answer may list (the largest first).</summary>
    public const int DefaultBuckets = 50;
    public const int MaxBuckets = 500;

    public const int DefaultPaths = 3;
    public const int MaxPaths = 10;

    /// <summary>
    /// Steps (relations tried) a k-shortest-paths enumeration may take over the relations it read:
    /// far more than any k ≤ <see cref="MaxPaths"/> needs on a real graph, few enough that a dense
    /// synthetic tangle cannot keep a request busy.
    /// </summary>
    public const int MaxPathSearchSteps = 1_000_000;

    /// <summary>
    /// Distinct relation types in one filter: far more than any vocabulary holds, and few enough
    /// to bind as one list parameter.
    /// </summary>
    public const int MaxFilterTypes = 500;

    public static void CheckPage(PageRequest page) => InRange("first", page.First, 1, MaxPageSize);

    /// <summary>The query with its types made distinct, or VALIDATION_FAILED naming the argument out of bounds.</summary>
    public static NeighborhoodQuery Check(NeighborhoodQuery query)
    {
        InRange("depth", query.Depth, MinDepth, MaxDepth);
        InRange("limit", query.Limit, 1, MaxLimit);
        InRange("relationLimit", query.RelationLimit, 1, MaxRelationLimit);
        return query with { Filter = Check(query.Filter) };
    }

    public static PathQuery Check(PathQuery query)
    {
        InRange("maxHops", query.MaxHops, MinHops, MaxMaxHops);
        return query with { Filter = Check(query.Filter) };
    }

    public static PathsQuery Check(PathsQuery query)
    {
        InRange("k", query.K, 1, MaxPaths);
        InRange("maxHops", query.MaxHops, MinHops, MaxMaxHops);
        return query with { Filter = Check(query.Filter) };
    }

    public static TimelineQuery Check(TimelineQuery query)
    {
        if (query.From is { } from && query.To is { } to && from > to)
            throw GeoGraphException.Validation("to", "must not be before from");
        return query with { Types = DistinctTypes(query.Types) };
    }

    public static RelationCountQuery Check(RelationCountQuery query)
    {
        InRange("first", query.First, 1, MaxBuckets);
        if (query.GroupBy.Count == 0) throw GeoGraphException.Validation("groupBy", "must name at least one key");
        if (query.GroupBy.Contains(RelationGroupKey.Month) && query.GroupBy.Contains(RelationGroupKey.Year))
            throw GeoGraphException.Validation("groupBy", "MONTH and YEAR are both periods: name one");
        return query with { GroupBy = query.GroupBy.Distinct().Order().ToArray() };
    }

        public static TraversalFilter Check(TraversalFilter filter) => filter with { Types = DistinctTypes(filter.Types) };

    /// <summary>Relation types as a store binds them: each once (callers may repeat them), at most <see cref="MaxFilterTypes"/>.</summary>
    public static string[] DistinctTypes(IReadOnlyCollection<string>? types)
    {
        if (types is null || types.Count == 0) return [];
        var distinct = types.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length > MaxFilterTypes)
            throw GeoGraphException.Validation("types", $"must name at most {MaxFilterTypes} distinct relation types (got {distinct.Length})");
        return distinct;
    }

    private static void InRange(string field, int value, int min, int max)
    {
        if (value < min || value > max) throw GeoGraphException.Validation(field, $"must be between {min} and {max}");
    }
}
