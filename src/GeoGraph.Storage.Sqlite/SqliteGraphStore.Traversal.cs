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
                if (filter.Types is { Count: > 0 } types) sql.Where($"r.type IN {sql.InList(types)}");
                if (filter.ValidAt is { } day) sql.Where(RelationConditions.Where(sql, new RelationCondition.ValidAt(day)));
                VisibleAt(sql, filter.KnownAt, includeRetracted: false);
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
}
