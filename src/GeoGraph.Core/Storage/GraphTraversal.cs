using System.Diagnostics;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// The traversals, defined once for every store on one port call,
/// <see cref="IGraphReader.ExpandAsync"/> (one store round trip per level): at most
/// <see cref="QueryLimits.MaxDepth"/> expansions for a neighbourhood and
/// <see cref="QueryLimits.MaxMaxHops"/> for a path, plus one node read at each end. Tie-breaking
/// therefore cannot differ between stores: it is this code's.
/// </summary>
public static partial class GraphTraversal
{
    /// <summary>
    /// Breadth-first from a node, at most <c>Limit</c> nodes (the start node first, then in the
    /// order reached; each level expanded in id order, its relations in id order). The relations
    /// returned are those followed from an expanded node whose both ends are in the result, in id
    /// order, at most <c>RelationLimit</c>. Null when the start node does not exist.
    /// </summary>
    public static async Task<Subgraph?> GetNeighborhoodAsync(this IGraphReader store, NeighborhoodQuery query, CancellationToken ct = default)
    {
        query = QueryLimits.Check(query);
        var start = await store.GetNodesAsync([query.Id], ct);
        if (start.Count == 0) return null;
        // An id merged into another entity starts from the survivor.
        if (start[query.Id].Id is var survivor && survivor != query.Id)
        {
            query = query with { Id = survivor };
            start = new Dictionary<string, Node>(StringComparer.Ordinal) { [survivor] = start.Values.First() };
        }

        var order = new List<string> { query.Id };
        var reached = new HashSet<string>(StringComparer.Ordinal) { query.Id };
        var followed = new Dictionary<string, Relation>(StringComparer.Ordinal);
        var frontier = new List<string> { query.Id };
        for (var depth = 0; depth < query.Depth && frontier.Count > 0 && order.Count < query.Limit; depth++)
        {
            var touching = await store.ExpandAsync(frontier, query.Filter, ct);
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

        var nodes = order.Count == 1 ? start : await store.GetNodesAsync(order, ct);
        var relations = followed.Values.Where(r => reached.Contains(r.SubjectId) && reached.Contains(r.ObjectId))
            .OrderBy(r => r.Id, StringComparer.Ordinal).Take(query.RelationLimit + 1).ToArray();
        return new Subgraph(
            order.Where(nodes.ContainsKey).Select(id => nodes[id]).ToArray(),
            relations.Length > query.RelationLimit ? relations[..query.RelationLimit] : relations,
            RelationsTruncated: relations.Length > query.RelationLimit);
    }

    /// <summary>
    /// A shortest path (fewest hops), or null when none within MaxHops or an end does not exist.
    /// A breadth-first search from both ends that always expands the smaller frontier, so it reads
    /// the relations around the two ends rather than everything within MaxHops of <c>From</c>.
    /// Among shortest paths the one returned has the smallest sequence of relation ids read from
    /// <c>From</c>: walking from <c>From</c>, each hop takes the lowest relation id that leads to a
    /// node on some shortest path, one hop closer to <c>To</c>.
    /// </summary>
    public static async Task<GraphPath?> FindShortestPathAsync(this IGraphReader store, PathQuery query, CancellationToken ct = default)
    {
        query = QueryLimits.Check(query);
        var ends = await store.GetNodesAsync([query.From, query.To], ct);
        if (!ends.ContainsKey(query.From) || !ends.ContainsKey(query.To)) return null;
        // Ids merged into other entities travel as their survivors.
        query = query with { From = ends[query.From].Id, To = ends[query.To].Id };
        ends = ends.Values.DistinctBy(n => n.Id).ToDictionary(n => n.Id, StringComparer.Ordinal);
        if (query.From == query.To) return new GraphPath([ends[query.From]], []);

        // The To side walks relations backwards: whatever reaches a node the way the filter allows.
        var forward = new SearchSide(query.From, query.Filter);
        var backward = new SearchSide(query.To, query.Filter with { Direction = Reversed(query.Filter.Direction) });
        var length = -1;
        var relationsRead = 0;
        while (length < 0 && forward.Depth + backward.Depth < query.MaxHops && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            var (side, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            var touching = await store.ExpandAsync(side.Frontier, side.Filter, ct);
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
        var nodes = await store.GetNodesAsync(ids, ct);
        return new GraphPath(ids.Select(id => nodes[id]).ToArray(), relations);
    }

    private static TraversalDirection Reversed(TraversalDirection d) => d switch
    {
        TraversalDirection.Out => TraversalDirection.In,
        TraversalDirection.In => TraversalDirection.Out,
        _ => TraversalDirection.Both,
    };

    /// <summary>The other end of a relation, seen from <paramref name="from"/> (itself for a loop).</summary>
    private static string Other(Relation r, string from) => r.SubjectId == from ? r.ObjectId : r.SubjectId;

    /// <summary>
    /// One end of a bidirectional search: the distance of every node reached, the current frontier,
    /// and for every expanded node the relations followed from it (in id order).
    /// </summary>
    private sealed class SearchSide(string start, TraversalFilter filter)
    {
        public TraversalFilter Filter { get; } = filter;
        public Dictionary<string, int> Distance { get; } = new(StringComparer.Ordinal) { [start] = 0 };
        public Dictionary<string, IReadOnlyList<Relation>> Followed { get; } = new(StringComparer.Ordinal);
        public List<string> Frontier { get; private set; } = [start];
        public int Depth { get; private set; }

        public void Expand(IReadOnlyDictionary<string, IReadOnlyList<Relation>> touching)
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

    /// <summary>
    /// Sorts relations read in one expansion into the lists <see cref="IGraphReader.ExpandAsync"/>
    /// returns: by frontier node, as the filter's direction allows, self-loops once, id order kept.
    /// Stores call it on relations already in id order.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Relation>> ByFrontierNode(
        IEnumerable<Relation> relations, IReadOnlyCollection<string> frontier, TraversalDirection direction)
    {
        var inFrontier = frontier as IReadOnlySet<string> ?? new HashSet<string>(frontier, StringComparer.Ordinal);
        var result = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        void Add(string node, Relation r)
        {
            if (!result.TryGetValue(node, out var list)) result[node] = list = [];
            list.Add(r);
        }
        foreach (var r in relations)
        {
            var asSubject = direction != TraversalDirection.In && inFrontier.Contains(r.SubjectId);
            var asObject = direction != TraversalDirection.Out && inFrontier.Contains(r.ObjectId);
            if (asSubject) Add(r.SubjectId, r);
            if (asObject && !(asSubject && r.ObjectId == r.SubjectId)) Add(r.ObjectId, r);
        }
        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<Relation>)p.Value, StringComparer.Ordinal);
    }
}
