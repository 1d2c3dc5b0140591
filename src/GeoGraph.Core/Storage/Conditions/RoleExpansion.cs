using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage.Conditions;

/// <summary>A relation counted for <see cref="StandsForId"/> because <see cref="HolderId"/> holds <see cref="Role"/> in it.</summary>
public sealed record RoleAttribution(string HolderId, string StandsForId, Relation Role);

/// <summary>
/// The viaRoles rule, in one place for every store: a person holding a role (a HOLDS_ROLE relation)
/// in a country or organisation counts as it in <see cref="RelationCondition.Involves"/> and
/// <see cref="RelationCondition.Between"/>, for relations whose validity overlaps the role's. Core
/// reads the roles through the port (one call), rewrites the condition into primitives any store
/// translates, and afterwards says through whom each answer came (<see cref="Attribute"/>).
/// </summary>
public sealed class RoleExpansion
{
    public const string HoldsRole = "HOLDS_ROLE";

    private readonly ILookup<string, Relation> _rolesIn;

    private RoleExpansion(ILookup<string, Relation> rolesIn) => _rolesIn = rolesIn;

    /// <summary>No viaRoles anywhere: nothing to read or rewrite.</summary>
    public static readonly RoleExpansion None = new(Array.Empty<Relation>().ToLookup(r => r.ObjectId));

    public bool IsEmpty => _rolesIn.Count == 0;

    /// <summary>
    /// Reads the roles held in every node a viaRoles condition names, as known at the filter's
    /// knownAt (one store call; none when no condition asks for roles).
    /// </summary>
    public static async Task<RoleExpansion> ReadAsync(IGraphReader store, RelationFilter filter, CancellationToken ct)
    {
        var named = NamedViaRoles(filter.Condition).Distinct(StringComparer.Ordinal).ToArray();
        if (named.Length == 0) return None;
        var roles = RelationCondition.And([
            new RelationCondition.TypeIn([HoldsRole]),
            new RelationCondition.Any(named.Select(id => (RelationCondition)new RelationCondition.ObjectIs(id)).ToArray())]);
        var page = await store.FindRelationsAsync(new RelationFilter(filter.KnownAt, Where: roles), new PageRequest(QueryLimits.MaxRoleHolders, null), ct);
        if (page.HasNextPage)
            throw GeoGraphException.Validation("where.viaRoles",
                $"the named countries and organisations have more than {QueryLimits.MaxRoleHolders} role holders; name fewer, or leave viaRoles out");
        return new RoleExpansion(page.Items.Select(i => i.Item).ToLookup(r => r.ObjectId, StringComparer.Ordinal));
    }

    /// <summary>The filter with every viaRoles condition rewritten into primitives (and viaRoles cleared).</summary>
    public RelationFilter Rewrite(RelationFilter filter) =>
        filter with { Type = null, SubjectId = null, ObjectId = null, InvolvesId = null, ArticleId = null, ValidAt = null, Where = Rewrite(filter.Condition) };

    private RelationCondition Rewrite(RelationCondition c) => c switch
    {
        RelationCondition.All all => new RelationCondition.All(all.Terms.Select(Rewrite).ToArray()),
        RelationCondition.Any any => new RelationCondition.Any(any.Terms.Select(Rewrite).ToArray()),
        RelationCondition.Not not => new RelationCondition.Not(Rewrite(not.Term)),
        RelationCondition.Involves { ViaRoles: true } i => Or(
            [new RelationCondition.Involves(i.Id), .. Holders(i.Id).Select(h => During(new RelationCondition.Involves(h.SubjectId), h))]),
        RelationCondition.Between { ViaRoles: true } b => Or([
            And(End(b.First, subject: true), End(b.Second, subject: false)),
            And(End(b.Second, subject: true), End(b.First, subject: false))]),
        _ => c,
    };

    /// <summary>The subject (or object) is the node, or a holder of a role in it valid at the relation's time.</summary>
    private RelationCondition End(string id, bool subject)
    {
        RelationCondition Is(string node) => subject ? new RelationCondition.SubjectIs(node) : new RelationCondition.ObjectIs(node);
        return Or([Is(id), .. Holders(id).Select(h => During(Is(h.SubjectId), h))]);
    }

    private IEnumerable<Relation> Holders(string id) => _rolesIn[id].Where(r => r.SubjectId != id);

    /// <summary>The condition, for relations whose validity overlaps the role's (an undated role: always).</summary>
    private static RelationCondition During(RelationCondition condition, Relation role) =>
        role.ValidFrom is null && role.ValidTo is null ? condition
            : And(condition, new RelationCondition.ValidDuring(role.ValidFrom?.Start, role.ValidTo?.End));

    private static RelationCondition And(RelationCondition a, RelationCondition b) => RelationCondition.And([a, b]);

    private static RelationCondition Or(RelationCondition[] terms) => terms.Length == 1 ? terms[0] : new RelationCondition.Any(terms);

    /// <summary>
    /// Through whom a relation counted for a named node: each of its ends that holds a role in a
    /// named node (other than the node itself), the role overlapping the relation. Empty when it
    /// counted directly. The role relation itself is never attributed to itself.
    /// </summary>
    public IReadOnlyList<RoleAttribution> Attribute(Relation relation)
    {
        if (IsEmpty) return [];
        var found = new List<RoleAttribution>();
        foreach (var roles in _rolesIn)
            foreach (var role in roles)
                if (role.Id != relation.Id && role.SubjectId != roles.Key
                    && (relation.SubjectId == role.SubjectId || relation.ObjectId == role.SubjectId)
                    && relation.SubjectId != roles.Key && relation.ObjectId != roles.Key
                    && Overlaps(relation, role))
                    found.Add(new RoleAttribution(role.SubjectId, roles.Key, role));
        return found.OrderBy(a => a.StandsForId, StringComparer.Ordinal).ThenBy(a => a.HolderId, StringComparer.Ordinal).ThenBy(a => a.Role.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Open ends unbounded, as <see cref="RelationCondition.ValidDuring"/> reads them.</summary>
    private static bool Overlaps(Relation relation, Relation role) =>
        (relation.ValidTo is not { } rTo || role.ValidFrom is not { } roleFrom || rTo.End >= roleFrom.Start)
        && (relation.ValidFrom is not { } rFrom || role.ValidTo is not { } roleTo || rFrom.Start <= roleTo.End);

    private static IEnumerable<string> NamedViaRoles(RelationCondition c) => c switch
    {
        RelationCondition.All all => all.Terms.SelectMany(NamedViaRoles),
        RelationCondition.Any any => any.Terms.SelectMany(NamedViaRoles),
        RelationCondition.Not not => NamedViaRoles(not.Term),
        RelationCondition.Involves { ViaRoles: true } i => [i.Id],
        RelationCondition.Between { ViaRoles: true } b => [b.First, b.Second],
        _ => [],
    };
}
