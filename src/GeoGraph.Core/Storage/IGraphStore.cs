using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// The read side of the storage port. Reads by id take many ids at once (resolvers batch them);
/// listings page by keyset in (rank, id) order. Every time filter arrives resolved (the caller's
/// clock decides what "now" is), and every bound is checked by <see cref="QueryLimits"/> before a
/// store sees it. Traversals (<see cref="GraphTraversal"/>) are built once, in Core, on the level
/// reads: <see cref="ExpandPageAsync"/> for a neighbourhood, <see cref="ExpandLinksAsync"/> for a
/// path, <see cref="GetRelationsBetweenAsync"/> for both.
/// </summary>
public interface IGraphReader
{
    /// <summary>
    /// Nodes by id, keyed by the id asked for: an id merged into another entity
    /// (<see cref="IGraphWriter.MergeEntitiesAsync"/>) answers the surviving node, whose own id says so.
    /// </summary>
    Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>For each surviving entity, the ids merged into it (<see cref="IGraphWriter.MergeEntitiesAsync"/>), in id order.</summary>
    Task<ILookup<string, string>> GetMergedIdsAsync(IReadOnlyCollection<string> nodeIds, CancellationToken ct = default);

    /// <summary>
    /// The entities holding each external id, by its key ("wikidata:Q148", <see cref="ExternalId.Key"/>),
    /// in id order; a key no entity holds is absent.
    /// </summary>
    Task<ILookup<string, Node>> FindNodesByExternalIdsAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default);

    Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, bool includeText = false, CancellationToken ct = default);

    /// <summary>
    /// Relations by id, keyed by the id asked for: a former id (the id rule changed, or an end was
    /// merged) answers the relation it became, whose own id says so.
    /// </summary>
    Task<IReadOnlyDictionary<string, Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>Citations of each relation, ordered by (article id, start, end).</summary>
    Task<ILookup<string, Citation>> GetCitationsAsync(IReadOnlyCollection<string> relationIds, CancellationToken ct = default);

    /// <summary>
    /// Relations of the given types (all types when empty) pointing at each object, visible as of
    /// <paramref name="knownAt"/>, retracted ones excluded, in id order. For claims: supporters and deniers.
    /// </summary>
    Task<ILookup<string, Relation>> GetIncomingRelationsAsync(
        IReadOnlyCollection<string> objectIds, IReadOnlyCollection<string> types, DateTimeOffset knownAt, CancellationToken ct = default);

    Task<Page<Node>> FindNodesAsync(NodeFilter filter, PageRequest page, CancellationToken ct = default);

    Task<long> CountNodesAsync(NodeFilter filter, CancellationToken ct = default);

    Task<Page<Relation>> FindRelationsAsync(RelationFilter filter, PageRequest page, CancellationToken ct = default);

    Task<long> CountRelationsAsync(RelationFilter filter, CancellationToken ct = default);

    Task<Page<Article>> FindArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken ct = default);

    Task<long> CountArticlesAsync(string? search, CancellationToken ct = default);

    /// <summary>
    /// Citations matching the filter, in <paramref name="order"/> (see <see cref="CitationPosition"/>);
    /// a search finds quotes by word (<see cref="TextSearch"/>).
    /// </summary>
    Task<Page<Citation>> FindCitationsAsync(CitationFilter filter, CitationOrder order, PageRequest page, CancellationToken ct = default);

    Task<long> CountCitationsAsync(CitationFilter filter, CancellationToken ct = default);

    Task<Page<Node>> FindClaimsAsync(ClaimFilter filter, PageRequest page, CancellationToken ct = default);

    Task<long> CountClaimsAsync(ClaimFilter filter, CancellationToken ct = default);

    /// <summary>
    /// A page of an entity's timeline in (date, relation id) order, each relation dated by
    /// <see cref="TimelineDates"/> (undated ones left out); the page key's rank is the day number.
    /// </summary>
    Task<Page<TimelineEntry>> FindTimelineAsync(TimelineQuery query, PageRequest page, CancellationToken ct = default);

    Task<long> CountTimelineAsync(TimelineQuery query, CancellationToken ct = default);

    /// <summary>
    /// The relations the filter selects, counted per bucket of the query's keys, in the store (one
    /// aggregation), at most <c>First</c> buckets ordered as <see cref="RelationCountQuery"/> says.
    /// </summary>
    Task<IReadOnlyList<RelationBucket>> CountRelationsByAsync(RelationCountQuery query, CancellationToken ct = default);

    /// <summary>
    /// For each node, how many relations <see cref="ExpandAsync"/> would list for it under the same
    /// filter, counted in the store; nodes with none may be missing from the answer.
    /// </summary>
    Task<IReadOnlyDictionary<string, long>> CountDegreesAsync(IReadOnlyCollection<string> nodeIds, TraversalFilter filter, CancellationToken ct = default);

    /// <summary>
    /// One level of a traversal, in one store round trip: for each frontier node, the relations
    /// the filter lets a traversal follow from it, in id order. Out follows subject→object, In
    /// object→subject, Both either (a self-loop is listed once). Retracted relations never. The
    /// filter's types are already distinct and bounded (<see cref="QueryLimits.Check(TraversalFilter)"/>).
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> ExpandAsync(
        IReadOnlyCollection<string> frontier, TraversalFilter filter, CancellationToken ct = default);

    /// <summary>
    /// <see cref="ExpandAsync"/> reading only what a path search follows: for each frontier node,
    /// the id and ends of every relation ExpandAsync would list for it (same filter, same id order,
    /// a self-loop once). One store round trip; the whole relations of a path found are read by id
    /// (<see cref="GetRelationsAsync"/>) afterwards.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<RelationLink>>> ExpandLinksAsync(
        IReadOnlyCollection<string> frontier, TraversalFilter filter, CancellationToken ct = default);

    /// <summary>
    /// A bounded step of a traversal level (<see cref="GraphTraversal.GetNeighborhoodAsync"/>): for
    /// each frontier node, the first <paramref name="perNode"/> relations <see cref="ExpandAsync"/>
    /// would list for it (same filter, same id order), only those with an id after
    /// <paramref name="afterId"/> when given (the next page of one node). A node with fewer than
    /// <paramref name="perNode"/> listed has no more. One store round trip.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> ExpandPageAsync(
        IReadOnlyCollection<string> frontier, TraversalFilter filter, int perNode, string? afterId = null, CancellationToken ct = default);

    /// <summary>
    /// The relations a traversal follows from <paramref name="expanded"/> nodes to <paramref name="ends"/>:
    /// those <see cref="ExpandAsync"/> would list for an expanded node whose other end is one of the
    /// ends (Out: subject expanded, object an end; In: the reverse; Both: either), each once, in id
    /// order, at most <paramref name="limit"/>. One store round trip, served by the (subject, object)
    /// and (object, subject) pair indexes.
    /// </summary>
    Task<IReadOnlyList<Relation>> GetRelationsBetweenAsync(
        IReadOnlyCollection<string> expanded, IReadOnlyCollection<string> ends, TraversalFilter filter, int limit, CancellationToken ct = default);

    /// <summary>
    /// A page of the change log in sequence order (see <see cref="ChangeLog"/>): entries after
    /// <see cref="ChangeQuery.AfterSequence"/>, only those at or after <see cref="ChangeQuery.Since"/> when given.
    /// </summary>
    Task<Page<Change>> GetChangesAsync(ChangeQuery query, CancellationToken ct = default);

    /// <summary>Throws <see cref="Errors.GeoGraphException"/> (STORE_UNAVAILABLE) when the store cannot serve requests.</summary>
    Task CheckReadyAsync(CancellationToken ct = default);
}

/// <summary>The write side of the storage port: one resolved batch per transaction, and retraction.</summary>
public interface IGraphWriter
{
    /// <summary>
    /// Applies the batch in one transaction: all or nothing (see <see cref="IngestionBatch"/>),
    /// appending the entries <see cref="ChangeLog.ForBatch"/> decides to the change log in it.
    /// </summary>
    Task<ApplyResult> ApplyAsync(IngestionBatch batch, CancellationToken ct = default);

    /// <summary>Marks a relation retracted (never deletes) and logs it; a second retraction changes nothing.</summary>
    Task<RetractResult> RetractRelationAsync(string id, string reason, string retractedBy, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>
    /// Merges one entity into another in one transaction, as <see cref="EntityMerges"/> says: every
    /// relation naming it moves (ids recomputed, coinciding relations merged with all their
    /// citations), its names become aliases of the survivor, and its id keeps resolving — to the
    /// survivor in <see cref="IGraphReader.GetNodesAsync"/>, its relations' former ids in
    /// <see cref="IGraphReader.GetRelationsAsync"/>. A refused merge (VALIDATION_FAILED, NOT_FOUND) changes nothing.
    /// </summary>
    Task<EntityMergeResult> MergeEntitiesAsync(EntityMergeRequest request, CancellationToken ct = default);
}

/// <summary>
/// The storage port. Implementations: SQLite (embedded) and Neo4j; both pass the same contract
/// suite, and both leave every domain rule to Core (node merges: <see cref="NodeWrites"/>, search
/// keys: <see cref="SearchKeys"/>, quote checks, limits, traversals).
/// </summary>
public interface IGraphStore : IGraphReader, IGraphWriter;
