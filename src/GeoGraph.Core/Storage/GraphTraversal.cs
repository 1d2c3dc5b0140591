using System.Diagnostics;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// The traversals, defined once for every store on a few port calls that each read one level
/// (<see cref="IGraphReader.ExpandPageAsync"/> for a neighbourhood,
/// <see cref="IGraphReader.ExpandLinksAsync"/> for a path): at most
/// <see cref="QueryLimits.MaxDepth"/> expansions for a neighbourhood and
/// <see cref="QueryLimits.MaxMaxHops"/> for a path, plus reads by id at the end. Tie-breaking
/// therefore cannot differ between stores: it is this code's.
/// </summary>
public static partial class GraphTraversal
{
    /// <summary>
    /// Breadth-first from a node, at most <c>Limit</c> nodes (the start node first, then in the
    /// order reached; each level expanded in id order, its relations in id order). The relations
    /// returned are those followed from an expanded node (every node of every level expanded) whose
    /// both ends are in the result, in id order, at most <c>RelationLimit</c>. Null when the start
    /// node does not exist.
    /// </summary>
    /// <remarks>
    /// Bounded by the answer, not by the degrees of the nodes it passes: a level reads each frontier
    /// node's relations a page at a time (<see cref="IGraphReader.ExpandPageAsync"/>) and stops as
    /// soon as <c>Limit</c> nodes are reached, and the relations come from one
    /// <see cref="IGraphReader.GetRelationsBetweenAsync"/> over the expanded and the result nodes.
    /// The answer is the one reading every relation of every frontier node would give: nodes are
    /// discovered in the same order, and the relations followed from an expanded node whose both
    /// ends are in the result are exactly those between it and a result node.
    /// </remarks>
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

        var reach = new Reach(query.Id, query.Limit);
        var expanded = new List<string>();
        var frontier = new List<string> { query.Id };
        for (var depth = 0; depth < query.Depth && frontier.Count > 0 && !reach.Full; depth++)
        {
            var level = frontier.Order(StringComparer.Ordinal).ToList();
            expanded.AddRange(level);
            frontier = await DiscoverAsync(store, level, query.Filter, reach, ct);
        }

        var nodes = reach.Order.Count == 1 ? start : await store.GetNodesAsync(reach.Order, ct);
        IReadOnlyList<Relation> relations = expanded.Count == 0 ? []
            : await store.GetRelationsBetweenAsync(expanded, reach.Order, query.Filter, query.RelationLimit + 1, ct);
        return new Subgraph(
            reach.Order.Where(nodes.ContainsKey).Select(id => nodes[id]).ToArray(),
            relations.Count > query.RelationLimit ? relations.Take(query.RelationLimit).ToArray() : relations,
            RelationsTruncated: relations.Count > query.RelationLimit);
    }

    /// <summary>The nodes a neighbourhood has reached, in order, up to its limit.</summary>
    private sealed class Reach(string start, int limit)
    {
        private readonly HashSet<string> _reached = new(StringComparer.Ordinal) { start };

        public List<string> Order { get; } = [start];

        public bool Full => Order.Count >= limit;

        public int Remaining => limit - Order.Count;

        /// <summary>Reaches the node if it is new and the limit allows; true when it did.</summary>
        public bool Add(string node)
        {
            if (Full || !_reached.Add(node)) return false;
            Order.Add(node);
            return true;
        }
    }

    /// <summary>Relations a page asks for per node, at least: small pages would cost round trips for little.</summary>
    private const int MinPage = 16;

    /// <summary>Rows one page call of a level asks for at most (per node × nodes), so a chunk of the frontier reads a bounded amount.</summary>
    private const int RowsPerPageCall = 4_096;

    /// <summary>
    /// Frontier nodes the first page call of a level reads: a node usually reaches several new
    /// nodes, so a level that needs 50 more nodes is often done after a handful, and a first chunk
    /// of 4,096 rows' worth (83 nodes × 49 relations at S = 10) read 4,000 relations for 50 nodes.
    /// </summary>
    private const int FirstChunk = 4;

    /// <summary>
    /// One level: the frontier's nodes in id order, each one's relations in id order, reaching their
    /// other ends until the limit. Reads pages: a chunk of the frontier at a time (a few nodes
    /// first, the chunk doubling while nodes remain to be reached), and a node that used up its
    /// page while the limit is not reached gets its next page (sized by what is missing, see
    /// below) before the next node is looked at.
    /// Returns the nodes reached at this level, in order.
    /// </summary>
    private static async Task<List<string>> DiscoverAsync(IGraphReader store, List<string> level, TraversalFilter filter, Reach reach, CancellationToken ct)
    {
        var next = new List<string>();
        var perNode = Math.Max(reach.Remaining, MinPage);
        var chunkSize = Math.Max(1, Math.Min(FirstChunk, RowsPerPageCall / perNode));
        for (var at = 0; at < level.Count && !reach.Full; at += chunkSize, chunkSize *= 2)
        {
            var chunk = level.GetRange(at, Math.Min(chunkSize, level.Count - at));
            var pages = await store.ExpandPageAsync(chunk, filter, perNode, null, ct);
            foreach (var from in chunk)
            {
                var page = pages.GetValueOrDefault(from, []);
                for (int size = perNode, floor = MinPage; ; floor *= 2)
                {
                    foreach (var relation in page)
                        if (reach.Add(Other(relation, from))) next.Add(Other(relation, from));
                    if (reach.Full || page.Count < size) break;
                    // The next page asks for what is still missing, but at least a floor that doubles
                    // with every page: a hub whose first page nearly filled the limit reads a few more
                    // relations, not twice as many, and one whose relations keep repeating the same
                    // neighbours still needs only a logarithmic number of pages.
                    size = Math.Max(reach.Remaining, floor);
                    page = (await store.ExpandPageAsync([from], filter, size, page[^1].Id, ct)).GetValueOrDefault(from, []);
                }
                if (reach.Full) break;
            }
        }
        return next;
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
        // The search follows links (id and ends); relations read whole on the way are kept, so the
        // path's relations that are among them need not be read again.
        var whole = new Dictionary<string, Relation>(StringComparer.Ordinal);
        while (length < 0 && forward.Depth + backward.Depth < query.MaxHops && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            var (side, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            // First the relations straight from this frontier to the other's: when there are any,
            // they are all this level needs (the sides meet), and reading them costs index seeks
            // between the two frontiers instead of every relation of a frontier that holds a hub.
            var touching = await ConnectingAsync(store, side, other, whole, ct);
            if (touching.Count == 0) touching = await store.ExpandLinksAsync(side.Frontier, side.Filter, ct);
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

        var links = new List<RelationLink>();
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
            links.Add(via);
            ids.Add(at);
        }
        var relations = await WholeRelationsAsync(store, links, whole, ct);
        var nodes = await store.GetNodesAsync(ids, ct);
        return new GraphPath(ids.Select(id => nodes[id]).ToArray(), links.Select(l => relations[l.Id]).ToArray());
    }

    /// <summary>
    /// The whole relations of the links a search found, by id: one read of those not already in
    /// <paramref name="known"/> (none when all are).
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, Relation>> WholeRelationsAsync(
        IGraphReader store, IEnumerable<RelationLink> links, IReadOnlyDictionary<string, Relation> known, CancellationToken ct)
    {
        var result = new Dictionary<string, Relation>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in links.Select(l => l.Id).Distinct(StringComparer.Ordinal))
            if (known.TryGetValue(id, out var relation)) result[id] = relation;
            else missing.Add(id);
        if (missing.Count > 0)
            foreach (var (id, relation) in await store.GetRelationsAsync(missing, ct))
                result[id] = relation;
        return result;
    }

    /// <summary>
    /// The relations <paramref name="side"/>'s next expansion would follow to a node of
    /// <paramref name="other"/>'s frontier, by frontier node; empty when there are none, or when
    /// the frontiers are too large for the pairs between them to be cheaper than the expansion.
    /// Expanding the side with only these is the full expansion as far as the path is concerned:
    /// the sides meet at this level, the distance is the same, and every relation the path can take
    /// between the two frontiers is among them (the frontiers are disjoint, or the sides would have
    /// met before), so the path rebuilt from them is the one the full expansion gives. They are read
    /// whole (few, and a path's last hops are among them) and kept in <paramref name="whole"/>.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<RelationLink>>> ConnectingAsync(
        IGraphReader store, SearchSide side, SearchSide other, Dictionary<string, Relation> whole, CancellationToken ct)
    {
        if ((long)side.Frontier.Count * other.Frontier.Count > QueryLimits.MaxFrontierPairs)
            return new Dictionary<string, IReadOnlyList<RelationLink>>(StringComparer.Ordinal);
        var between = await store.GetRelationsBetweenAsync(side.Frontier, other.Frontier, side.Filter, int.MaxValue, ct);
        foreach (var relation in between) whole[relation.Id] = relation;
        return ByFrontierNode(between.Select(r => new RelationLink(r.Id, r.SubjectId, r.ObjectId)), side.Frontier, side.Filter.Direction);
    }

    private static TraversalDirection Reversed(TraversalDirection d) => d switch
    {
        TraversalDirection.Out => TraversalDirection.In,
        TraversalDirection.In => TraversalDirection.Out,
        _ => TraversalDirection.Both,
    };

    /// <summary>The other end of a relation, seen from <paramref name="from"/> (itself for a loop).</summary>
    private static string Other(IRelationEnds r, string from) => r.SubjectId == from ? r.ObjectId : r.SubjectId;

    /// <summary>
    /// One end of a bidirectional search: the distance of every node reached, the current frontier,
    /// and for every expanded node the links followed from it (in id order).
    /// </summary>
    private sealed class SearchSide(string start, TraversalFilter filter)
    {
        public TraversalFilter Filter { get; } = filter;
        public Dictionary<string, int> Distance { get; } = new(StringComparer.Ordinal) { [start] = 0 };
        public Dictionary<string, IReadOnlyList<RelationLink>> Followed { get; } = new(StringComparer.Ordinal);
        public List<string> Frontier { get; private set; } = [start];
        public int Depth { get; private set; }

        public void Expand(IReadOnlyDictionary<string, IReadOnlyList<RelationLink>> touching)
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
    /// Sorts relations (or links) read in one expansion into the lists
    /// <see cref="IGraphReader.ExpandAsync"/> (<see cref="IGraphReader.ExpandLinksAsync"/>) returns:
    /// by frontier node, as the filter's direction allows, self-loops once, id order kept. Stores
    /// call it on relations already in id order.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<T>> ByFrontierNode<T>(
        IEnumerable<T> relations, IReadOnlyCollection<string> frontier, TraversalDirection direction) where T : IRelationEnds
    {
        var inFrontier = frontier as IReadOnlySet<string> ?? new HashSet<string>(frontier, StringComparer.Ordinal);
        var result = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        void Add(string node, T r)
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
        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<T>)p.Value, StringComparer.Ordinal);
    }
}
