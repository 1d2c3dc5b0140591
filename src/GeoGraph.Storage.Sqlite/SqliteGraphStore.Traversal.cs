using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

// Traversals go level by level: one query per depth for the relations touching the frontier
// (ids chunked), so a request reads what it reaches and never the whole graph.
public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Breadth-first from the start node. Each level's frontier is expanded in id order and each
    /// node's relations in id order; a node joins when first reached, until <c>Limit</c> nodes
    /// (the start counts). Nodes come start first, then in discovery order; relations are those
    /// followed from an expanded node whose both ends were returned, in id order.
    /// </summary>
    public Task<Subgraph?> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken ct = default)
    {
        if (query.Depth is < 0 or > NeighborhoodQuery.MaxDepth)
            throw GeoGraphException.Validation("depth", $"must be between 0 and {NeighborhoodQuery.MaxDepth}");
        if (query.Limit is < 1 or > NeighborhoodQuery.MaxLimit)
            throw GeoGraphException.Validation("limit", $"must be between 1 and {NeighborhoodQuery.MaxLimit}");

        return RunAsync("neighborhood", async (c, ct) =>
        {
            var start = await LoadNodesAsync(c, null, [query.Id], ct);
            if (start.Count == 0) return null;

            var order = new List<string> { query.Id };
            var reached = new HashSet<string>(StringComparer.Ordinal) { query.Id };
            var followed = new Dictionary<string, Relation>(StringComparer.Ordinal);
            var frontier = new List<string> { query.Id };
            for (var depth = 0; depth < query.Depth && frontier.Count > 0 && order.Count < query.Limit; depth++)
            {
                var touching = await RelationsTouchingAsync(c, frontier, query.Filter, ct);
                var next = new List<string>();
                foreach (var from in frontier.Order(StringComparer.Ordinal))
                {
                    foreach (var relation in touching.GetValueOrDefault(from, []))
                    {
                        followed.TryAdd(relation.Id, relation);
                        var to = Other(relation, from);
                        if (order.Count < query.Limit && reached.Add(to))
                        {
                            order.Add(to);
                            next.Add(to);
                        }
                    }
                }
                frontier = next;
            }

            var nodes = await LoadNodesAsync(c, null, order, ct);
            return new Subgraph(
                order.Where(nodes.ContainsKey).Select(id => nodes[id]).ToArray(),
                followed.Values.Where(r => reached.Contains(r.SubjectId) && reached.Contains(r.ObjectId))
                    .OrderBy(r => r.Id, StringComparer.Ordinal).ToArray());
        }, ct);
    }

    /// <summary>
    /// Fewest hops, level by level from <c>From</c>. A level is expanded in discovery order and each
    /// node's relations in id order, and a node keeps the first relation that reached it, so among
    /// shortest paths the one returned has the smallest sequence of relation ids read from <c>From</c>.
    /// </summary>
    public Task<GraphPath?> FindShortestPathAsync(PathQuery query, CancellationToken ct = default)
    {
        if (query.MaxHops is < 0 or > PathQuery.MaxMaxHops)
            throw GeoGraphException.Validation("maxHops", $"must be between 0 and {PathQuery.MaxMaxHops}");

        return RunAsync("shortest_path", async (c, ct) =>
        {
            var ends = await LoadNodesAsync(c, null, [query.From, query.To], ct);
            if (!ends.ContainsKey(query.From) || !ends.ContainsKey(query.To)) return null;
            if (query.From == query.To) return new GraphPath([ends[query.From]], []);

            // For each reached node, the relation that reached it (null for From).
            var cameBy = new Dictionary<string, Relation?>(StringComparer.Ordinal) { [query.From] = null };
            var frontier = new List<string> { query.From };
            var found = false;
            for (var hop = 0; hop < query.MaxHops && frontier.Count > 0 && !found; hop++)
            {
                var touching = await RelationsTouchingAsync(c, frontier, query.Filter, ct);
                var next = new List<string>();
                foreach (var from in frontier)
                {
                    foreach (var relation in touching.GetValueOrDefault(from, []))
                    {
                        var to = Other(relation, from);
                        if (!cameBy.TryAdd(to, relation)) continue;
                        next.Add(to);
                        if (to == query.To)
                        {
                            found = true;
                            break;
                        }
                    }
                    if (found) break;
                }
                frontier = next;
            }
            if (!found) return null;

            var relations = new List<Relation>();
            var ids = new List<string> { query.To };
            for (var at = query.To; cameBy[at] is { } via; )
            {
                relations.Add(via);
                at = Other(via, at);
                ids.Add(at);
            }
            relations.Reverse();
            ids.Reverse();
            var nodes = await LoadNodesAsync(c, null, ids, ct);
            return new GraphPath(ids.Select(id => nodes[id]).ToArray(), relations);
        }, ct);
    }

    /// <summary>The other end of a relation, seen from <paramref name="from"/> (itself for a loop).</summary>
    private static string Other(Relation r, string from) => r.SubjectId == from ? r.ObjectId : r.SubjectId;

    /// <summary>
    /// For each frontier node, the relations the filter lets a traversal follow from it, in id
    /// order: Out follows subject→object, In object→subject, Both either. Retracted ones never.
    /// </summary>
    private async Task<Dictionary<string, List<Relation>>> RelationsTouchingAsync(
        SqliteConnection c, IReadOnlyCollection<string> frontier, TraversalFilter filter, CancellationToken ct)
    {
        var result = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        void Add(string node, Relation r)
        {
            if (!result.TryGetValue(node, out var list)) result[node] = list = [];
            list.Add(r);
        }

        var knownAt = filter.KnownAt ?? Now;
        foreach (var chunk in SqlBuilder.Chunks(frontier))
        {
            var sql = new SqlBuilder();
            var inList = sql.InList(chunk);
            var ends = filter.Direction switch
            {
                TraversalDirection.Out => $"r.subject_id IN {inList}",
                TraversalDirection.In => $"r.object_id IN {inList}",
                _ => $"r.id IN (SELECT id FROM relations WHERE subject_id IN {inList} UNION ALL SELECT id FROM relations WHERE object_id IN {inList})",
            };
            sql.Where(ends);
            if (filter.Types is { Count: > 0 } types) sql.Where($"r.type IN {sql.InList(types)}");
            if (filter.ValidAt is { } day) ValidAt(sql, day);
            VisibleAt(sql, knownAt, includeRetracted: false);
            await using var cmd = sql.Command(c, $"SELECT {SqlValues.RelationColumns} FROM relations r{sql.WhereClause()} ORDER BY r.id;");
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var inChunk = new HashSet<string>(chunk, StringComparer.Ordinal);
            while (await reader.ReadAsync(ct))
            {
                var r = SqlValues.ReadRelation(reader);
                var asSubject = filter.Direction != TraversalDirection.In && inChunk.Contains(r.SubjectId);
                var asObject = filter.Direction != TraversalDirection.Out && inChunk.Contains(r.ObjectId);
                if (asSubject) Add(r.SubjectId, r);
                if (asObject && !(asSubject && r.ObjectId == r.SubjectId)) Add(r.ObjectId, r);
            }
        }
        return result;
    }
}
