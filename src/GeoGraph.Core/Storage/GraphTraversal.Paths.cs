using System.Diagnostics;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

// k shortest loopless paths: the same bidirectional expansion as FindShortestPathAsync reads the
// links (id and ends) around both ends, then the paths are enumerated in memory over what was read
// and only the found paths' relations are read whole.
public static partial class GraphTraversal
{
    /// <summary>
    /// Up to K loopless paths (no node twice) of at most MaxHops relations from <c>From</c> to
    /// <c>To</c>, ordered by length, then by their sequence of relation ids read from <c>From</c>
    /// (so the first is <see cref="FindShortestPathAsync"/>'s path). Empty when there is none or an
    /// end does not exist; a single path of no relations when From is To.
    /// </summary>
    /// <remarks>
    /// Once the two sides have expanded Df and Db levels, every relation on a path of at most
    /// Df + Db hops has been read: its hop i starts at a node within i of From (expanded when
    /// i &lt; Df) or ends at a node within (length - i - 1) of To (expanded otherwise). So the
    /// expansion stops as soon as K paths of at most Df + Db hops exist among the relations read,
    /// when a side has nothing left to expand (everything it can reach was read), or at MaxHops:
    /// at most MaxHops store round trips of links (id and ends), plus one node read at each end and
    /// one read by id of the paths' relations and one of their nodes.
    /// </remarks>
    public static async Task<IReadOnlyList<GraphPath>> FindPathsAsync(this IGraphReader store, PathsQuery query, CancellationToken ct = default)
    {
        query = QueryLimits.Check(query);
        var ends = await store.GetNodesAsync([query.From, query.To], ct);
        if (!ends.ContainsKey(query.From) || !ends.ContainsKey(query.To)) return [];
        // Ids merged into other entities travel as their survivors.
        query = query with { From = ends[query.From].Id, To = ends[query.To].Id };
        ends = ends.Values.DistinctBy(n => n.Id).ToDictionary(n => n.Id, StringComparer.Ordinal);
        if (query.From == query.To) return [new GraphPath([ends[query.From]], [])];

        var forward = new SearchSide(query.From, query.Filter);
        var backward = new SearchSide(query.To, query.Filter with { Direction = Reversed(query.Filter.Direction) });
        var read = new SortedDictionary<string, RelationLink>(StringComparer.Ordinal);
        List<RelationLink[]> found;
        while (true)
        {
            var exhausted = forward.Frontier.Count == 0 || backward.Frontier.Count == 0;
            var reach = exhausted ? query.MaxHops : forward.Depth + backward.Depth;
            var met = forward.Distance.Keys.Any(backward.Distance.ContainsKey);
            found = met ? EnumeratePaths(read.Values, query, reach) : [];
            if (found.Count >= query.K || exhausted || reach >= query.MaxHops) break;

            var side = forward.Frontier.Count <= backward.Frontier.Count ? forward : backward;
            var touching = await store.ExpandLinksAsync(side.Frontier, side.Filter, ct);
            foreach (var link in touching.Values.SelectMany(list => list)) read.TryAdd(link.Id, link);
            side.Expand(touching);
        }
        Activity.Current?.SetTag("geograph.relations_read", read.Count);
        if (found.Count == 0) return [];

        var relations = await WholeRelationsAsync(store, found.SelectMany(path => path), new Dictionary<string, Relation>(), ct);
        var ids = found.Select(path => PathNodeIds(query.From, path)).ToArray();
        var nodes = await store.GetNodesAsync(ids.SelectMany(p => p).Distinct(StringComparer.Ordinal).ToArray(), ct);
        return found.Select((path, i) => new GraphPath(ids[i].Select(id => nodes[id]).ToArray(), path.Select(l => relations[l.Id]).ToArray())).ToArray();
    }

    private static List<string> PathNodeIds(string from, IEnumerable<RelationLink> path)
    {
        var ids = new List<string> { from };
        foreach (var r in path) ids.Add(Other(r, ids[^1]));
        return ids;
    }

    /// <summary>
    /// The first K loopless paths of at most <paramref name="maxLength"/> hops over
    /// <paramref name="relations"/> (in id order), length by length; within a length, a depth-first
    /// search taking each node's relations in id order yields them in relation-id order. A branch
    /// is cut when the hops left cannot reach To (distances to To over the same relations).
    /// </summary>
    private static List<RelationLink[]> EnumeratePaths(IEnumerable<RelationLink> relations, PathsQuery query, int maxLength)
    {
        var direction = query.Filter.Direction;
        var next = new Dictionary<string, List<(RelationLink Via, string To)>>(StringComparer.Ordinal);
        var previous = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Step(RelationLink r, string from, string to)
        {
            if (!next.TryGetValue(from, out var list)) next[from] = list = [];
            list.Add((r, to));
            if (!previous.TryGetValue(to, out var back)) previous[to] = back = [];
            back.Add(from);
        }
        foreach (var r in relations)
        {
            if (r.SubjectId == r.ObjectId) continue; // a self-loop never lies on a loopless path
            if (direction != TraversalDirection.In) Step(r, r.SubjectId, r.ObjectId);
            if (direction != TraversalDirection.Out) Step(r, r.ObjectId, r.SubjectId);
        }

        var toEnd = new Dictionary<string, int>(StringComparer.Ordinal) { [query.To] = 0 };
        var level = new List<string> { query.To };
        while (level.Count > 0)
        {
            var nextLevel = new List<string>();
            foreach (var node in level)
                foreach (var before in previous.GetValueOrDefault(node, []))
                    if (toEnd.TryAdd(before, toEnd[node] + 1)) nextLevel.Add(before);
            level = nextLevel;
        }

        var found = new List<RelationLink[]>();
        if (!toEnd.TryGetValue(query.From, out var shortest)) return found;
        var path = new Stack<RelationLink>();
        var onPath = new HashSet<string>(StringComparer.Ordinal) { query.From };
        var steps = 0;

        void Walk(string at, int hopsLeft)
        {
            if (hopsLeft == 0)
            {
                if (at == query.To) found.Add(path.Reverse().ToArray());
                return;
            }
            foreach (var (via, to) in next.GetValueOrDefault(at, []))
            {
                if (found.Count >= query.K) return;
                if (++steps > QueryLimits.MaxPathSearchSteps)
                    throw new GeoGraphException(ErrorCodes.QueryTooComplex,
                        $"finding {query.K} paths took more than {QueryLimits.MaxPathSearchSteps} steps: ask for fewer paths or hops, or name the relation types to follow",
                        [new FieldError("k", "too many paths to consider")]);
                // To only ends a path, and a node is never visited twice.
                if (onPath.Contains(to) || (to == query.To) != (hopsLeft == 1)) continue;
                if (toEnd.GetValueOrDefault(to, int.MaxValue) > hopsLeft - 1) continue;
                path.Push(via);
                onPath.Add(to);
                Walk(to, hopsLeft - 1);
                onPath.Remove(to);
                path.Pop();
            }
        }

        for (var length = shortest; length <= maxLength && found.Count < query.K; length++) Walk(query.From, length);
        return found;
    }
}
