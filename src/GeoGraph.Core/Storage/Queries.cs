using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

public enum TraversalDirection
{
    Both,
    Out,
    In,
}

/// <summary>Nodes of a kind (claims only when asked for), optionally matching a search on name or alias.</summary>
public sealed record NodeFilter(NodeKind? Kind = null, string? Search = null);

/// <summary>
/// Relation filters. <see cref="KnownAt"/> shows the graph as recorded then: the caller resolves
/// "now" once, from its one clock, so a store never decides what now means; retracted relations
/// are hidden unless <see cref="IncludeRetracted"/>.
/// </summary>
public sealed record RelationFilter(
    DateTimeOffset KnownAt,
    string? Type = null,
    string? SubjectId = null,
    string? ObjectId = null,
    string? InvolvesId = null,
    string? ArticleId = null,
    DateOnly? ValidAt = null,
    bool IncludeRetracted = false);

/// <summary>Claims, optionally only the disputed (or undisputed) ones as recorded at <see cref="KnownAt"/>.</summary>
public sealed record ClaimFilter(DateTimeOffset KnownAt, bool? Disputed = null);

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
