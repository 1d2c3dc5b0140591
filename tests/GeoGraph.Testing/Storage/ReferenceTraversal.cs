using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Testing.Storage;

/// <summary>
/// The neighbourhood as it was defined before it was bounded (GraphTraversal until issue 8): every
/// relation of every frontier node read with <see cref="IGraphReader.ExpandAsync"/>, the result cut
/// afterwards. Kept as the specification the bounded traversal must reproduce exactly.
/// </summary>
public static class ReferenceTraversal
{
    public static async Task<Subgraph?> GetNeighborhoodAsync(IGraphReader store, NeighborhoodQuery query, CancellationToken ct)
    {
        query = QueryLimits.Check(query);
        var start = await store.GetNodesAsync([query.Id], ct);
        if (start.Count == 0) return null;
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
                    var to = relation.SubjectId == from ? relation.ObjectId : relation.SubjectId;
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
}
