using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Core.Ingestion;

/// <summary>
/// An external id names one entity: a write that gives an entity an id another entity already
/// holds (or that two entities of one write share) is refused, pointing at the holder — the two
/// are one entity, to be merged rather than linked twice. Checked before the write (one batched
/// store read), so two concurrent writes could still both pass; the lookup then answers the lowest id.
/// A country's ISO codes are unique by construction (its id is its alpha-2 code) and not looked up.
/// </summary>
public static class ExternalIdOwnership
{
    public static async Task<IReadOnlyList<FieldError>> CheckAsync(IGraphReader store, IReadOnlyList<(Node Node, string Path)> nodes, CancellationToken ct)
    {
        var claimed = nodes
            .SelectMany(n => n.Node.ExternalIds.Where(x => x.Scheme is not (ExternalIdSchemes.IsoAlpha2 or ExternalIdSchemes.IsoAlpha3))
                .Select(x => (n.Node.Id, n.Path, Id: x)))
            .ToArray();
        if (claimed.Length == 0) return [];

        var errors = new List<FieldError>();
        foreach (var shared in claimed.GroupBy(c => c.Id.Key, StringComparer.Ordinal).Where(g => g.Select(c => c.Item1).Distinct().Count() > 1))
        {
            var holders = shared.Select(c => c.Item1).Distinct().Order(StringComparer.Ordinal).ToArray();
            foreach (var c in shared.Where(c => c.Item1 != holders[0]))
                errors.Add(new FieldError($"{c.Path}.externalIds.{c.Id.Scheme}", $"'{c.Id.Id}' is also given to {holders[0]} in this request: an external id names one entity"));
        }
        var stored = await store.FindNodesByExternalIdsAsync(claimed.Select(c => c.Id.Key).Distinct(StringComparer.Ordinal).ToArray(), ct);
        foreach (var (nodeId, path, id) in claimed)
            if (stored[id.Key].FirstOrDefault(n => n.Id != nodeId) is { } holder)
                errors.Add(new FieldError($"{path}.externalIds.{id.Scheme}",
                    $"'{id.Id}' already identifies {holder.Id} ({holder.Name}): an external id names one entity; if they are the same, merge them"));
        return errors;
    }
}
