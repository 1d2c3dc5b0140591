using System.Text.Json;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Conditions;

namespace GeoGraph.Storage.Sqlite;

// One traversal level (GraphTraversal in Core drives the levels): one query per chunk of the
// frontier for the relations touching it, so a request reads what it reaches, never the whole graph.
public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> ExpandAsync(
        IReadOnlyCollection<string> frontier, TraversalFilter filter, CancellationToken ct = default)
    {
        filter = QueryLimits.Check(filter);
        return RunAsync<IReadOnlyDictionary<string, IReadOnlyList<Relation>>>("expand", async (c, ct) =>
        {
            var result = new Dictionary<string, IReadOnlyList<Relation>>(StringComparer.Ordinal);
            foreach (var chunk in SqlBuilder.Chunks(frontier))
            {
                var sql = new SqlBuilder();
                var inList = sql.InList(chunk);
                sql.Where(filter.Direction switch
                {
                    TraversalDirection.Out => $"r.subject_id IN {inList}",
                    TraversalDirection.In => $"r.object_id IN {inList}",
                    _ => $"r.id IN (SELECT id FROM relations WHERE subject_id IN {inList} UNION ALL SELECT id FROM relations WHERE object_id IN {inList})",
                });
                TraversalConditions(sql, filter);
                var relations = new List<Relation>();
                await using (var cmd = sql.Command(c, $"SELECT {SqlValues.RelationColumns} FROM relations r{sql.WhereClause()} ORDER BY r.id;"))
                await using (var reader = await cmd.ExecuteReaderAsync(ct))
                    while (await reader.ReadAsync(ct)) relations.Add(SqlValues.ReadRelation(reader));
                // Chunks are disjoint, so each frontier node's list comes whole from its own chunk.
                foreach (var (node, list) in GraphTraversal.ByFrontierNode(relations, chunk, filter.Direction))
                    result[node] = list;
            }
            return result;
        }, ct);
    }

    /// <summary>
    /// As <see cref="ExpandAsync"/>, reading id and ends only: with no types or validAt to check,
    /// each side is a range of the (subject_id, object_id, id, recorded_at, retracted_at) or
    /// (object_id, subject_id, id, …) index alone, never a row. With BOTH, a relation whose subject
    /// is in the chunk is the first side's already (and a self-loop is read once).
    /// </summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<RelationLink>>> ExpandLinksAsync(
        IReadOnlyCollection<string> frontier, TraversalFilter filter, CancellationToken ct = default)
    {
        filter = QueryLimits.Check(filter);
        return RunAsync<IReadOnlyDictionary<string, IReadOnlyList<RelationLink>>>("expand_links", async (c, ct) =>
        {
            var result = new Dictionary<string, IReadOnlyList<RelationLink>>(StringComparer.Ordinal);
            foreach (var chunk in SqlBuilder.Chunks(frontier))
            {
                var (sql, text) = ExpandLinksStatement(chunk, filter);
                var links = new List<RelationLink>();
                await using (var cmd = sql.Command(c, text))
                await using (var reader = await cmd.ExecuteReaderAsync(ct))
                    while (await reader.ReadAsync(ct)) links.Add(new RelationLink(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
                // Sorted here, not by ORDER BY: for one node, SQLite would read the (subject_id, id)
                // index in id order and fetch every row for its object_id instead (3,870 row reads,
                // 60 ms, for a country at S = 1000, against 1 ms from the covering index alone).
                links.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
                // Chunks are disjoint, so each frontier node's list comes whole from its own chunk.
                foreach (var (node, list) in GraphTraversal.ByFrontierNode(links, chunk, filter.Direction))
                    result[node] = list;
            }
            return result;
        }, ct);
    }

    /// <summary>The statement <see cref="ExpandLinksAsync"/> runs for one chunk of the frontier (its plan is tested).</summary>
    internal static (SqlBuilder Sql, string Text) ExpandLinksStatement(IReadOnlyCollection<string> chunk, TraversalFilter filter)
    {
        var sql = new SqlBuilder();
        var inList = sql.InList(chunk);
        TraversalConditions(sql, filter);
        var conditions = sql.WhereClause("AND");
        var sides = new List<string>();
        if (filter.Direction != TraversalDirection.In)
            sides.Add($"SELECT r.id, r.subject_id, r.object_id FROM relations r WHERE r.subject_id IN {inList}{conditions}");
        if (filter.Direction != TraversalDirection.Out)
            sides.Add($"SELECT r.id, r.subject_id, r.object_id FROM relations r WHERE r.object_id IN {inList}{conditions}"
                + (filter.Direction == TraversalDirection.Both ? $" AND r.subject_id NOT IN {inList}" : ""));
        return (sql, $"{string.Join(" UNION ALL ", sides)};");
    }

    /// <summary>
    /// Each node's first page, by one statement run per node (an in-process call, so a loop costs no
    /// round trip): each side a range of the (subject_id, id) or (object_id, id) index — or of the
    /// (…, type, id) ones for a single type — read in id order and cut at the page, then merged.
    /// </summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> ExpandPageAsync(
        IReadOnlyCollection<string> frontier, TraversalFilter filter, int perNode, string? afterId = null, CancellationToken ct = default)
    {
        filter = QueryLimits.Check(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(perNode, 1);
        return RunAsync<IReadOnlyDictionary<string, IReadOnlyList<Relation>>>("expand_page", async (c, ct) =>
        {
            var result = new Dictionary<string, IReadOnlyList<Relation>>(StringComparer.Ordinal);
            if (frontier.Count == 0) return result;
            var sql = new SqlBuilder();
            var node = sql.Param("");
            var limit = sql.Param(perNode);
            TraversalConditions(sql, filter);
            if (afterId is not null) sql.Where($"r.id > {sql.Param(afterId)}");
            var conditions = sql.WhereClause("AND");
            // As ExpandAsync lists them: OUT as subject, IN as object, BOTH either, a self-loop once.
            var sides = new List<string>();
            if (filter.Direction != TraversalDirection.In)
                sides.Add($"SELECT * FROM (SELECT {SqlValues.RelationColumns} FROM relations r WHERE r.subject_id = {node}{conditions} ORDER BY r.id LIMIT {limit})");
            if (filter.Direction != TraversalDirection.Out)
                sides.Add($"SELECT * FROM (SELECT {SqlValues.RelationColumns} FROM relations r WHERE r.object_id = {node}{conditions}"
                    + (filter.Direction == TraversalDirection.Both ? $" AND r.subject_id <> {node}" : "") + $" ORDER BY r.id LIMIT {limit})");
            await using var cmd = sql.Command(c, sides.Count == 1 ? sides[0] + ";" : $"{string.Join(" UNION ALL ", sides)} ORDER BY id LIMIT {limit};");
            foreach (var id in frontier.Distinct(StringComparer.Ordinal))
            {
                cmd.Parameters[node].Value = id;
                var relations = new List<Relation>();
                await using (var reader = await cmd.ExecuteReaderAsync(ct))
                    while (await reader.ReadAsync(ct)) relations.Add(SqlValues.ReadRelation(reader));
                result[id] = relations;
            }
            return result;
        }, ct);
    }

    /// <summary>
    /// One statement: the expanded × ends pairs through the (subject_id, object_id, id, …) and
    /// (object_id, subject_id, id, …) indexes. A hub's pairs can hold thousands of relations, so the
    /// ids are chosen first (from the indexes alone unless types or validAt need the row) and only
    /// the lowest <paramref name="limit"/> are read whole, by rowid.
    /// </summary>
    public Task<IReadOnlyList<Relation>> GetRelationsBetweenAsync(
        IReadOnlyCollection<string> expanded, IReadOnlyCollection<string> ends, TraversalFilter filter, int limit, CancellationToken ct = default)
    {
        filter = QueryLimits.Check(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return RunAsync<IReadOnlyList<Relation>>("relations_between", async (c, ct) =>
        {
            if (expanded.Count == 0 || ends.Count == 0) return [];
            var sql = new SqlBuilder();
            // JSON arrays: one parameter each, however many nodes (no IN-list chunks to merge).
            var from = $"(SELECT value FROM json_each({sql.Param(JsonSerializer.Serialize(expanded.Distinct(StringComparer.Ordinal)))}))";
            var to = $"(SELECT value FROM json_each({sql.Param(JsonSerializer.Serialize(ends.Distinct(StringComparer.Ordinal)))}))";
            TraversalConditions(sql, filter);
            var conditions = sql.WhereClause("AND");
            var sides = new List<string>();
            if (filter.Direction != TraversalDirection.In)
                sides.Add($"SELECT r.rowid AS row, r.id FROM relations r WHERE r.subject_id IN {from} AND r.object_id IN {to}{conditions}");
            if (filter.Direction != TraversalDirection.Out)
                // With BOTH, a relation whose subject was expanded too is the first side's already.
                sides.Add($"SELECT r.rowid AS row, r.id FROM relations r WHERE r.object_id IN {from} AND r.subject_id IN {to}{conditions}"
                    + (filter.Direction == TraversalDirection.Both ? $" AND r.subject_id NOT IN {from}" : ""));
            var relations = new List<Relation>();
            // The rows by rowid, which the indexes hold: a probe of the table alone, not of the id index first.
            var lowest = $"SELECT row FROM ({string.Join(" UNION ALL ", sides)} ORDER BY id LIMIT {sql.Param(limit)})";
            await using var cmd = sql.Command(c, $"SELECT {SqlValues.RelationColumns} FROM relations r WHERE r.rowid IN ({lowest}) ORDER BY r.id;");
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) relations.Add(SqlValues.ReadRelation(reader));
            return relations;
        }, ct);
    }

    /// <summary>What a traversal filter asks of a relation, over <c>relations r</c>: its types, validAt and visibility (never retracted).</summary>
    private static void TraversalConditions(SqlBuilder sql, TraversalFilter filter)
    {
        if (filter.Types is { Count: > 0 } types) sql.Where($"r.type IN {sql.InList(types)}");
        if (filter.ValidAt is { } day) sql.Where(RelationConditions.Where(sql, new RelationCondition.ValidAt(day)));
        VisibleAt(sql, filter.KnownAt, includeRetracted: false);
    }
}
