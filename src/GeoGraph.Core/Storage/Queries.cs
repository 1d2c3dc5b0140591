using GeoGraph.Core.Model;
using GeoGraph.Core.Storage.Conditions;

namespace GeoGraph.Core.Storage;

public enum TraversalDirection
{
    Both,
    Out,
    In,
}

/// <summary>
/// Nodes of a kind (claims only when asked for), optionally matching a search on name or alias;
/// <see cref="Order"/> orders a listing without a search (a search ranks by match).
/// </summary>
public sealed record NodeFilter(NodeKind? Kind = null, string? Search = null, NodeOrder? Order = null)
{
    public NodeOrder Ordering => Order ?? NodeOrder.ById;
}

/// <summary>
/// Articles, optionally matching a search on title or stored text; <see cref="Order"/> orders a
/// listing without a search (a search ranks by match).
/// </summary>
public sealed record ArticleFilter(string? Search = null, ArticleOrder? Order = null)
{
    public ArticleOrder Ordering => Order ?? ArticleOrder.ById;
}

/// <summary>
/// Relation filters. <see cref="KnownAt"/> shows the graph as recorded then: the caller resolves
/// "now" once, from its one clock, so a store never decides what now means; retracted relations
/// are hidden unless <see cref="IncludeRetracted"/>. Those two are snapshot settings; what a
/// relation must satisfy is <see cref="Condition"/>: <see cref="Where"/> and the older single-value
/// fields, all of which must hold. <see cref="Order"/> orders listings (counts ignore it).
/// </summary>
public sealed record RelationFilter(
    DateTimeOffset KnownAt,
    string? Type = null,
    string? SubjectId = null,
    string? ObjectId = null,
    string? InvolvesId = null,
    string? ArticleId = null,
    DateOnly? ValidAt = null,
    bool IncludeRetracted = false,
    RelationCondition? Where = null,
    RelationOrder? Order = null)
{
    /// <summary>Everything a relation must satisfy, as one tree (the single-value fields first, then <see cref="Where"/>).</summary>
    public RelationCondition Condition => RelationCondition.And(Terms());

    private IEnumerable<RelationCondition> Terms()
    {
        if (Type is not null) yield return new RelationCondition.TypeIn([Type]);
        if (SubjectId is not null) yield return new RelationCondition.SubjectIs(SubjectId);
        if (ObjectId is not null) yield return new RelationCondition.ObjectIs(ObjectId);
        if (InvolvesId is not null) yield return new RelationCondition.Involves(InvolvesId);
        if (ArticleId is not null) yield return new RelationCondition.CitedIn(ArticleId);
        if (ValidAt is { } day) yield return new RelationCondition.ValidAt(day);
        if (Where is not null) yield return Where;
    }

    /// <summary>The listing's order; id order when none is given.</summary>
    public RelationOrder Ordering => Order ?? RelationOrder.ById;
}

/// <summary>Claims, optionally only the disputed (or undisputed) ones as recorded at <see cref="KnownAt"/>, by id or as <see cref="Order"/> says.</summary>
public sealed record ClaimFilter(DateTimeOffset KnownAt, bool? Disputed = null, NodeOrder? Order = null)
{
    public NodeOrder Ordering => Order ?? NodeOrder.ById;
}

/// <summary>What traversals may follow: which types, which way, as known when, true in the world when.</summary>
public sealed record TraversalFilter(
    DateTimeOffset KnownAt,
    IReadOnlyCollection<string>? Types = null,
    TraversalDirection Direction = TraversalDirection.Both,
    DateOnly? ValidAt = null);

/// <summary>
/// At most <see cref="Limit"/> nodes and <see cref="RelationLimit"/> relations (the lowest ids): a
/// hub with thousands of parallel relations cannot blow up an answer. Bounds: <see cref="QueryLimits"/>.
/// </summary>
public sealed record NeighborhoodQuery(string Id, int Depth, int Limit, TraversalFilter Filter, int RelationLimit = QueryLimits.DefaultRelationLimit);

/// <summary>A path of at most <see cref="MaxHops"/> relations. Bounds: <see cref="QueryLimits"/>.</summary>
public sealed record PathQuery(string From, string To, int MaxHops, TraversalFilter Filter);

/// <summary>
/// Up to <see cref="K"/> loopless paths of at most <see cref="MaxHops"/> relations, shortest first,
/// then by their sequence of relation ids. Bounds: <see cref="QueryLimits"/>.
/// </summary>
public sealed record PathsQuery(string From, string To, int K, int MaxHops, TraversalFilter Filter);

/// <summary>Nodes reached and the relations followed; <see cref="RelationsTruncated"/> when the relation limit cut some.</summary>
public sealed record Subgraph(IReadOnlyList<Node> Nodes, IReadOnlyList<Relation> Relations, bool RelationsTruncated = false);

/// <summary>A path: nodes in order from start to end, and the relation of each hop.</summary>
public sealed record GraphPath(IReadOnlyList<Node> Nodes, IReadOnlyList<Relation> Relations)
{
    public int Length => Relations.Count;
}

/// <summary>What a retraction did.</summary>
public enum RetractOutcome
{
    Retracted,
    /// <summary>It was retracted before; the first retraction (time, actor, reason) stands.</summary>
    AlreadyRetracted,
    NotFound,
}

/// <summary>The outcome and the relation as stored afterwards (null when not found).</summary>
public sealed record RetractResult(RetractOutcome Outcome, Relation? Relation);
