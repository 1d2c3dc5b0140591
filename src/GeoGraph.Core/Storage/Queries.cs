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
/// Relation filters. <see cref="KnownAt"/> shows the graph as recorded then (null: now);
/// retracted relations are hidden unless <see cref="IncludeRetracted"/>.
/// </summary>
public sealed record RelationFilter(
    string? Type = null,
    string? SubjectId = null,
    string? ObjectId = null,
    string? InvolvesId = null,
    string? ArticleId = null,
    DateOnly? ValidAt = null,
    DateTimeOffset? KnownAt = null,
    bool IncludeRetracted = false);

public sealed record ClaimFilter(bool? Disputed = null);

/// <summary>What traversals may follow: which types, which way, as known when, true in the world when.</summary>
public sealed record TraversalFilter(
    IReadOnlyCollection<string>? Types = null,
    TraversalDirection Direction = TraversalDirection.Both,
    DateOnly? ValidAt = null,
    DateTimeOffset? KnownAt = null);

/// <summary>
/// At most <see cref="Limit"/> nodes and <see cref="RelationLimit"/> relations (the lowest ids): a
/// hub with thousands of parallel relations cannot blow up an answer.
/// </summary>
public sealed record NeighborhoodQuery(string Id, int Depth, int Limit, TraversalFilter Filter, int RelationLimit = NeighborhoodQuery.DefaultRelationLimit)
{
    public const int MaxDepth = 4;
    public const int MaxLimit = 500;
    public const int DefaultLimit = 50;
    public const int MaxRelationLimit = 5_000;
    public const int DefaultRelationLimit = 1_000;
}

public sealed record PathQuery(string From, string To, int MaxHops, TraversalFilter Filter)
{
    public const int MaxMaxHops = 8;
    public const int DefaultMaxHops = 4;
}

/// <summary>Nodes reached and the relations followed to reach them.</summary>
/// <summary>Nodes reached and the relations followed; <see cref="RelationsTruncated"/> when the relation limit cut some.</summary>
public sealed record Subgraph(IReadOnlyList<Node> Nodes, IReadOnlyList<Relation> Relations, bool RelationsTruncated = false);

/// <summary>A path: nodes in order from start to end, and the relation of each hop.</summary>
public sealed record GraphPath(IReadOnlyList<Node> Nodes, IReadOnlyList<Relation> Relations)
{
    public int Length => Relations.Count;
}
