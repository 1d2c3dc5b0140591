using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j;

// The analysts' reads: timelines, relation counts and degrees, one statement each.
public sealed partial class Neo4jGraphStore
{
    private static class AnalystQueries
    {
        public static readonly string Timeline = CypherStatements.Query("timeline");
        public static readonly string CountTimeline = CypherStatements.Query("count_timeline");
        public static readonly string CountDegrees = CypherStatements.Query("count_degrees");

        /// <summary>What replaces a relations count statement's RETURN to group it (see count_relations_by.cypher).</summary>
        public static readonly string GroupBy = After(CypherStatements.Query("count_relations_by"), "// GROUP BY\n");

        public const string CountReturn = "RETURN count(r) AS count";

        private static string After(string text, string marker) =>
            text[(text.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0 ? at + marker.Length
                : throw new InvalidOperationException($"count_relations_by.cypher has no '{marker.Trim()}' line"))..];
    }

    public async Task<Page<TimelineEntry>> FindTimelineAsync(TimelineQuery query, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        var parameters = TimelineParameters(QueryLimits.Check(query));
        parameters["afterDay"] = page.After is { } after ? DateOnly.FromDayNumber(after.Rank) : null;
        parameters["afterId"] = page.After?.Id;
        parameters["limit"] = (long)page.First + 1;
        var records = await ReadAsync("find_timeline", AnalystQueries.Timeline, parameters, ct);
        return Page<TimelineEntry>.From(records.Select(r => TimelineEntry.Paged(r.Get<DateOnly>("day"), Neo4jValues.ReadRelation(r))).ToList(), page.First);
    }

    public Task<long> CountTimelineAsync(TimelineQuery query, CancellationToken ct = default) =>
        CountAsync("count_timeline", AnalystQueries.CountTimeline, TimelineParameters(QueryLimits.Check(query)), ct);

    private static Dictionary<string, object?> TimelineParameters(TimelineQuery q) => new()
    {
        ["id"] = q.Id,
        ["types"] = q.Types?.ToArray() ?? [],
        ["from"] = q.From,
        ["to"] = q.To,
        ["knownAt"] = Neo4jValues.Utc(q.KnownAt),
        ["includeRetracted"] = q.IncludeRetracted,
    };

    public async Task<IReadOnlyList<RelationBucket>> CountRelationsByAsync(RelationCountQuery query, CancellationToken ct = default)
    {
        query = QueryLimits.Check(query);
        if (RelationCountsStatement(query.Filter) is not var (statement, parameters)) return [];
        parameters["byType"] = query.Has(RelationGroupKey.Type);
        parameters["bySubject"] = query.Has(RelationGroupKey.Subject);
        parameters["byObject"] = query.Has(RelationGroupKey.Object);
        parameters["bySubjectKind"] = query.Has(RelationGroupKey.SubjectKind);
        parameters["byObjectKind"] = query.Has(RelationGroupKey.ObjectKind);
        parameters["period"] = query.Has(RelationGroupKey.Month) ? "MONTH" : query.Has(RelationGroupKey.Year) ? "YEAR" : null;
        parameters["first"] = (long)query.First;
        var records = await ReadAsync("count_relations_by", statement, parameters, ct);
        return records.Select(r => new RelationBucket(
            new RelationBucketKey(r["type"] as string, r["subjectId"] as string, r["objectId"] as string,
                r["subjectKind"] is string sk ? Neo4jValues.ParseKind(sk) : null, r["objectKind"] is string ok ? Neo4jValues.ParseKind(ok) : null,
                r["period"] as string),
            r.Get<long>("count"))).ToArray();
    }

    /// <summary>
    /// The relations listing's count statement for this filter (<see cref="RelationStatement"/>, the
    /// one place a filter picks its statement) grouped instead of counted; null when the filter's
    /// type is not in the vocabulary.
    /// </summary>
    private (string Cypher, Dictionary<string, object?> Parameters)? RelationCountsStatement(RelationFilter filter)
    {
        if (RelationStatement(filter, count: true, null) is not { } statement) return null;
        var count = statement.Cypher.TrimEnd();
        if (!count.EndsWith(AnalystQueries.CountReturn, StringComparison.Ordinal))
            throw new InvalidOperationException($"a relations count statement no longer ends with '{AnalystQueries.CountReturn}'");
        return (count[..^AnalystQueries.CountReturn.Length] + AnalystQueries.GroupBy, statement.Parameters);
    }

    public async Task<IReadOnlyDictionary<string, long>> CountDegreesAsync(IReadOnlyCollection<string> nodeIds, TraversalFilter filter, CancellationToken ct = default)
    {
        filter = QueryLimits.Check(filter);
        if (nodeIds.Count == 0) return new Dictionary<string, long>(StringComparer.Ordinal);
        var records = await ReadAsync("count_degrees", AnalystQueries.CountDegrees, new()
        {
            ["ids"] = Distinct(nodeIds),
            ["direction"] = filter.Direction.ToString().ToUpperInvariant(),
            ["types"] = filter.Types?.ToArray() ?? [],
            ["validAt"] = filter.ValidAt,
            ["knownAt"] = Neo4jValues.Utc(filter.KnownAt),
        }, ct);
        return records.ToDictionary(r => r.Get<string>("id"), r => r.Get<long>("count"), StringComparer.Ordinal);
    }
}
