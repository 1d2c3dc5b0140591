using GeoGraph.Core.Errors;
using GeoGraph.Core.Storage.Conditions;

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
    /// A shortest-path search looks for relations straight between its two frontiers (an index
    /// seek per pair) before expanding one, up to this many pairs; beyond, it only expands.
    /// </summary>
    public const int MaxFrontierPairs = 20_000;

    /// <summary>
    /// Distinct relation types in one filter: far more than any vocabulary holds, and few enough
    /// to bind as one list parameter.
    /// </summary>
    public const int MaxFilterTypes = 500;

    /// <summary>Nesting of AND/OR/NOT in one relation condition (the top level is 1).</summary>
    public const int MaxConditionDepth = 6;

    /// <summary>Conditions (boolean and primitive) in one relation condition as given.</summary>
    public const int MaxConditionSize = 100;

    /// <summary>
    /// Conditions once viaRoles is rewritten into primitives: each role holder adds a few, so this
    /// bounds the statement a store receives (and its parameters) whatever the roles.
    /// </summary>
    public const int MaxExpandedConditionSize = 5_000;

    /// <summary>Role holders of the countries and organisations viaRoles names, read in one page.</summary>
    public const int MaxRoleHolders = 500;

    /// <summary>Sort keys before the id: each orderable field once.</summary>
    public const int MaxOrderKeys = 6;

    /// <summary>
    /// A search is user text: at most this many characters (as entity names and aliases), and at
    /// most <see cref="MaxSearchWords"/> distinct words (each becomes a clause of an index query).
    /// </summary>
    public const int MaxSearchLength = 300;
    public const int MaxSearchWords = 32;

    public static void CheckSearch(string? search, string field = "search")
    {
        if (search is { Length: > MaxSearchLength })
            throw GeoGraphException.Validation(field, $"must be at most {MaxSearchLength} characters");
    }

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

    /// <summary>
    /// The filter as a store runs it: its condition within <see cref="MaxExpandedConditionSize"/>,
    /// types distinct, and no viaRoles left (Core rewrites those first, see <see cref="RoleExpansion"/>).
    /// </summary>
    public static RelationCondition CheckForStore(RelationFilter filter)
    {
        var condition = Normalise(filter.Condition);
        if (HasViaRoles(condition))
            throw new InvalidOperationException("viaRoles reaches a store unexpanded: read the roles with RoleExpansion and rewrite the filter first");
        if (Size(condition) > MaxExpandedConditionSize)
            throw GeoGraphException.Validation("where", $"the condition, once viaRoles is expanded, has more than {MaxExpandedConditionSize} terms; narrow it");
        return condition;
    }

    /// <summary>The bounds of a condition as a caller gives it: depth, size, list sizes.</summary>
    public static void Check(RelationCondition condition, string field = "where")
    {
        if (Depth(condition) > MaxConditionDepth)
            throw GeoGraphException.Validation(field, $"AND/OR/NOT may nest at most {MaxConditionDepth} levels deep");
        if (Size(condition) > MaxConditionSize)
            throw GeoGraphException.Validation(field, $"at most {MaxConditionSize} conditions in one filter");
        Normalise(condition);
    }

    private static bool HasViaRoles(RelationCondition c) => c switch
    {
        RelationCondition.All all => all.Terms.Any(HasViaRoles),
        RelationCondition.Any any => any.Terms.Any(HasViaRoles),
        RelationCondition.Not not => HasViaRoles(not.Term),
        RelationCondition.Involves i => i.ViaRoles,
        RelationCondition.Between b => b.ViaRoles,
        _ => false,
    };

    private static int Depth(RelationCondition c) => c switch
    {
        RelationCondition.All all => 1 + all.Terms.Select(Depth).DefaultIfEmpty(0).Max(),
        RelationCondition.Any any => 1 + any.Terms.Select(Depth).DefaultIfEmpty(0).Max(),
        RelationCondition.Not not => 1 + Depth(not.Term),
        _ => 0,
    };

    private static int Size(RelationCondition c) => c switch
    {
        RelationCondition.All all => 1 + all.Terms.Sum(Size),
        RelationCondition.Any any => 1 + any.Terms.Sum(Size),
        RelationCondition.Not not => 1 + Size(not.Term),
        _ => 1,
    };

    /// <summary>Types made distinct and bounded; confidence within 0–1; a range that ends before it starts refused.</summary>
    private static RelationCondition Normalise(RelationCondition c) => c switch
    {
        RelationCondition.All all => new RelationCondition.All(all.Terms.Select(Normalise).ToArray()),
        RelationCondition.Any any => new RelationCondition.Any(any.Terms.Select(Normalise).ToArray()),
        RelationCondition.Not not => new RelationCondition.Not(Normalise(not.Term)),
        RelationCondition.TypeIn t => new RelationCondition.TypeIn(t.Types.Count == 0
            ? throw GeoGraphException.Validation("types", "must name at least one relation type") : DistinctTypes(t.Types)),
        RelationCondition.MinConfidence m when m.Value is < 0 or > 1 || double.IsNaN(m.Value) =>
            throw GeoGraphException.Validation("minConfidence", "must be between 0 and 1"),
        RelationCondition.ValidDuring { From: { } from, To: { } to } when to < from =>
            throw GeoGraphException.Validation("validDuring", "'to' is before 'from'"),
        _ => c,
    };

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
