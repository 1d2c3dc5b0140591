using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// The storage port. Reads by id take many ids at once (resolvers batch them); listings page by
/// keyset in (rank, id) order; writes go through <see cref="ApplyAsync"/>, all or nothing.
/// Implementations: SQLite (embedded) and Neo4j; both pass the same contract suite.
/// </summary>
public interface IGraphStore
{
    Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, bool includeText = false, CancellationToken ct = default);

    Task<IReadOnlyDictionary<string, Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>Citations of each relation, ordered by (article id, start).</summary>
    Task<ILookup<string, Citation>> GetCitationsAsync(IReadOnlyCollection<string> relationIds, CancellationToken ct = default);

    /// <summary>
    /// Relations of the given types (all types when empty) pointing at each object, visible as of
    /// <paramref name="knownAt"/> (null: now), retracted ones excluded. For claims: supporters and deniers.
    /// </summary>
    Task<ILookup<string, Relation>> GetIncomingRelationsAsync(
        IReadOnlyCollection<string> objectIds, IReadOnlyCollection<string> types, DateTimeOffset? knownAt = null, CancellationToken ct = default);

    Task<Page<Node>> FindNodesAsync(NodeFilter filter, PageRequest page, CancellationToken ct = default);

    Task<long> CountNodesAsync(NodeFilter filter, CancellationToken ct = default);

    Task<Page<Relation>> FindRelationsAsync(RelationFilter filter, PageRequest page, CancellationToken ct = default);

    Task<long> CountRelationsAsync(RelationFilter filter, CancellationToken ct = default);

    Task<Page<Article>> FindArticlesAsync(string? search, PageRequest page, CancellationToken ct = default);

    Task<long> CountArticlesAsync(string? search, CancellationToken ct = default);

    Task<Page<Node>> FindClaimsAsync(ClaimFilter filter, PageRequest page, CancellationToken ct = default);

    Task<long> CountClaimsAsync(ClaimFilter filter, CancellationToken ct = default);

    /// <summary>
    /// Breadth-first from a node, at most <c>Limit</c> nodes (the start node first, then in the
    /// order reached; each level expanded in id order, its relations in id order). The relations
    /// returned are those followed from an expanded node whose both ends are in the result, in id
    /// order. Null when the start node does not exist.
    /// </summary>
    Task<Subgraph?> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken ct = default);

    /// <summary>
    /// A shortest path (fewest hops), or null when none within MaxHops. Ties go to the path whose
    /// relation ids, read from <c>From</c>, are lowest in order, so every store answers alike.
    /// </summary>
    Task<GraphPath?> FindShortestPathAsync(PathQuery query, CancellationToken ct = default);

    Task<ApplyResult> ApplyAsync(IngestionBatch batch, CancellationToken ct = default);

    /// <summary>Marks a relation retracted (never deletes). Null when no relation has that id.</summary>
    Task<Relation?> RetractRelationAsync(string id, string reason, string retractedBy, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Throws when the store cannot serve requests.</summary>
    Task CheckReadyAsync(CancellationToken ct = default);
}
