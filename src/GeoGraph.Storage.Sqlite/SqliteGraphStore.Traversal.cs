using System.Diagnostics;
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
        if (query.RelationLimit is < 1 or > NeighborhoodQuery.MaxRelationLimit)
            throw GeoGraphException.Validation("relationLimit", $"must be between 1 and {NeighborhoodQuery.MaxRelationLimit}");
        query = query with { Filter = query.Filter with { Types = DistinctTypes(query.Filter.Types) } };

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
            var relations = followed.Values.Where(r => reached.Contains(r.SubjectId) && reached.Contains(r.ObjectId))
                .OrderBy(r => r.Id, StringComparer.Ordinal).Take(query.RelationLimit + 1).ToArray();
            return new Subgraph(
                order.Where(nodes.ContainsKey).Select(id => nodes[id]).ToArray(),
                relations.Length > query.RelationLimit ? relations[..query.RelationLimit] : relations,
                RelationsTruncated: relations.Length > query.RelationLimit);
        }, ct);
    }

    /// <summary>
    /// Fewest hops, by a breadth-first search from both ends that always expands the smaller
    /// frontier, so it reads the relations around the two ends rather than everything within
    /// MaxHops of <c>From</c>. Among shortest paths the one returned has the smallest sequence of
    /// relation ids read from <c>From</c>: walking from <c>From</c>, each hop takes the lowest
    /// relation id that leads to a node on some shortest path, one hop closer to <c>To</c>.
    /// </summary>
    public Task<GraphPath?> FindShortestPathAsync(PathQuery query, CancellationToken ct = default)
    {
        if (query.MaxHops is < 0 or > PathQuery.MaxMaxHops)
            throw GeoGraphException.Validation("maxHops", $"must be between 0 and {PathQuery.MaxMaxHops}");
        query = query with { Filter = query.Filter with { Types = DistinctTypes(query.Filter.Types) } };

        return RunAsync("shortest_path", async (c, ct) =>
        {
            var ends = await LoadNodesAsync(c, null, [query.From, query.To], ct);
            if (!ends.ContainsKey(query.From) || !ends.ContainsKey(query.To)) return null;
            if (query.From == query.To) return new GraphPath([ends[query.From]], []);

            // The To side walks relations backwards: whatever reaches a node the way the filter allows.
            var forward = new SearchSide(query.From, query.Filter);
            var backward = new SearchSide(query.To, query.Filter with { Direction = Reversed(query.Filter.Direction) });
            var length = -1;
            var relationsRead = 0;
            while (length < 0 && forward.Depth + backward.Depth < query.MaxHops && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
            {
                var (side, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
                var touching = await RelationsTouchingAsync(c, side.Frontier, side.Filter, ct);
                relationsRead += touching.Values.Sum(list => list.Count);
                side.Expand(touching);
                // The first level at which the sides meet gives the distance: a meeting node one level
                // earlier on the other side would have made the sides meet at an earlier expansion.
                if (side.Frontier.Any(other.Distance.ContainsKey)) length = forward.Depth + backward.Depth;
            }
            Activity.Current?.SetTag("geograph.relations_read", relationsRead);
            if (length < 0) return null;

            // Nodes the forward side reached that lie on a shortest path: on its last level, those the
            // backward side reached at the remaining distance; on each level before, those with a
            // relation to such a node on the next level.
            var onPath = forward.Distance.Where(p => p.Value == forward.Depth && backward.Distance.GetValueOrDefault(p.Key, -1) == length - p.Value)
                .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            for (var level = forward.Depth - 1; level >= 0; level--)
                foreach (var (node, followed) in forward.Followed)
                    if (forward.Distance[node] == level && followed.Any(r => forward.Distance[Other(r, node)] == level + 1 && onPath.Contains(Other(r, node))))
                        onPath.Add(node);

            var relations = new List<Relation>();
            var ids = new List<string> { query.From };
            var at = query.From;
            for (var hop = 0; hop < length; hop++)
            {
                // Lists are in id order, so the first match (or the smallest id) is the lowest relation.
                var via = hop < forward.Depth
                    ? forward.Followed[at].First(r => forward.Distance[Other(r, at)] == hop + 1 && onPath.Contains(Other(r, at)))
                    : backward.Followed.Where(p => backward.Distance[p.Key] == length - hop - 1)
                        .SelectMany(p => p.Value.Where(r => Other(r, p.Key) == at))
                        .MinBy(r => r.Id, StringComparer.Ordinal)!;
                at = Other(via, at);
                relations.Add(via);
                ids.Add(at);
            }
            var nodes = await LoadNodesAsync(c, null, ids, ct);
            return new GraphPath(ids.Select(id => nodes[id]).ToArray(), relations);
        }, ct);
    }

    private static TraversalDirection Reversed(TraversalDirection d) => d switch
    {
        TraversalDirection.Out => TraversalDirection.In,
        TraversalDirection.In => TraversalDirection.Out,
        _ => TraversalDirection.Both,
    };

    /// <summary>
    /// One end of a bidirectional search: the distance of every node reached, the current frontier,
    /// and for every expanded node the relations followed from it (in id order).
    /// </summary>
    private sealed class SearchSide(string start, TraversalFilter filter)
    {
        public TraversalFilter Filter { get; } = filter;
        public Dictionary<string, int> Distance { get; } = new(StringComparer.Ordinal) { [start] = 0 };
        public Dictionary<string, List<Relation>> Followed { get; } = new(StringComparer.Ordinal);
        public List<string> Frontier { get; private set; } = [start];
        public int Depth { get; private set; }

        public void Expand(Dictionary<string, List<Relation>> touching)
        {
            var next = new List<string>();
            foreach (var node in Frontier)
            {
                var followed = Followed[node] = touching.GetValueOrDefault(node, []);
                foreach (var r in followed)
                    if (Distance.TryAdd(Other(r, node), Depth + 1)) next.Add(Other(r, node));
            }
            Depth++;
            Frontier = next;
        }
    }

    /// <summary>The other end of a relation, seen from <paramref name="from"/> (itself for a loop).</summary>
    private static string Other(Relation r, string from) => r.SubjectId == from ? r.ObjectId : r.SubjectId;

    /// <summary>
    /// For each frontier node, the relations the filter lets a traversal follow from it, in id
    /// order: Out follows subject→object, In object→subject, Both either. Retracted ones never.
    /// The filter's types are already distinct and capped (<see cref="DistinctTypes"/>).
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
