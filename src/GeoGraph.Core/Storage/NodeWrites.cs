using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// The rule for writing nodes over stored ones (<see cref="NodeWrite"/>), shared by every store:
/// a store reads the stored nodes inside its write transaction, asks <see cref="Plan"/> what to
/// write, and writes exactly that.
/// </summary>
public static class NodeWrites
{
    /// <summary>A node to write, and whether it is new to the store.</summary>
    public sealed record Write(Node Node, bool Created);

    /// <summary>What <see cref="Plan"/> decided: the writes in batch order, and the counts for <see cref="ApplyResult"/>.</summary>
    public sealed record WritePlan(IReadOnlyList<Write> Writes, int Created, int Updated);

    /// <summary>
    /// The nodes to write for a batch, given the stored ones: new nodes as given; stored ones as
    /// <paramref name="mode"/> says, only when their content actually changes. A node sent twice
    /// in one batch is applied in order (the second over the first) and counted once.
    /// </summary>
    public static WritePlan Plan(IReadOnlyDictionary<string, Node> stored, IReadOnlyList<Node> nodes, NodeWrite mode)
    {
        var current = new Dictionary<string, Node>(stored, StringComparer.Ordinal);
        var created = new HashSet<string>(StringComparer.Ordinal);
        var updated = new HashSet<string>(StringComparer.Ordinal);
        var writes = new List<Write>();
        foreach (var given in nodes)
        {
            var node = given;
            if (current.TryGetValue(given.Id, out var existing))
            {
                node = Apply(existing, given, mode);
                if (existing.SameContentAs(node)) continue;
                if (!created.Contains(node.Id)) updated.Add(node.Id);
            }
            else
            {
                created.Add(node.Id);
            }
            current[node.Id] = node;
            writes.Add(new Write(node, created.Contains(node.Id)));
        }
        return new WritePlan(writes, created.Count, updated.Count);
    }

    /// <summary>A stored node after a write of <paramref name="given"/>; its kind and recorded time are kept.</summary>
    private static Node Apply(Node stored, Node given, NodeWrite mode) => mode switch
    {
        NodeWrite.Merge => Merge(stored, given),
        NodeWrite.Replace => stored with { Name = given.Name, Aliases = given.Aliases, Description = given.Description, ExternalIds = given.ExternalIds },
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown node write mode"),
    };

    /// <summary>
    /// A stored node with what <paramref name="incoming"/> adds: its aliases not yet present
    /// (after the stored ones, never the node's own name), its description when none is stored,
    /// and its external ids of schemes the stored node has none of (a stored id is never replaced).
    /// </summary>
    private static Node Merge(Node stored, Node incoming)
    {
        var known = new HashSet<string>(stored.Aliases, StringComparer.Ordinal) { stored.Name };
        var added = incoming.Aliases.Where(known.Add).ToArray();
        var schemes = stored.ExternalIds.Select(x => x.Scheme).ToHashSet(StringComparer.Ordinal);
        var newIds = incoming.ExternalIds.Where(x => schemes.Add(x.Scheme)).ToArray();
        return stored with
        {
            Aliases = added.Length == 0 ? stored.Aliases : [.. stored.Aliases, .. added],
            Description = stored.Description ?? incoming.Description,
            ExternalIds = newIds.Length == 0 ? stored.ExternalIds : stored.ExternalIds.Concat(newIds).OrderBy(x => x.Scheme, StringComparer.Ordinal).ToArray(),
        };
    }
}
