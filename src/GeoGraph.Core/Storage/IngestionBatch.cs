using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>How a batch writes a node that the store already holds (a new node is inserted as given either way).</summary>
public enum NodeWrite
{
    /// <summary>
    /// Adds to what is known, never overwriting curated data: the stored name, kind and
    /// recorded_at are kept, the batch's aliases not yet present are appended (stored ones first,
    /// ordinal distinct, never the node's own name), and a missing description is filled in.
    /// </summary>
    Merge,

    /// <summary>Name, aliases and description become exactly those given; the stored recorded_at is kept.</summary>
    Replace,
}

/// <summary>
/// A resolved, validated set of writes applied in one transaction. Articles and relations are
/// inserted when absent (their ids are content hashes, so present means identical); an absent
/// article text is filled in when supplied; nodes are inserted when absent and otherwise written
/// as <see cref="NodeWrite"/> says, reading the stored node inside the same transaction, so
/// concurrent batches never lose each other's aliases; citations are added when absent. When an
/// article's text is filled in, its stored citations whose quote matches at their offsets become
/// verified, and a citation sent again as verified upgrades the stored one. A node counts as
/// updated only when its stored content actually changed.
/// </summary>
public sealed record IngestionBatch(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Node> Nodes,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Citation> Citations)
{
    /// <summary>How <see cref="Nodes"/> are written over stored ones.</summary>
    public NodeWrite NodeWrite { get; init; } = NodeWrite.Merge;

    private readonly DateTimeOffset? _at;

    /// <summary>
    /// When the write happens, for the change-log entries that record no thing of their own (an
    /// updated node, an added citation: <see cref="ChangeLog.ForBatch"/>). Unless set, the latest
    /// recorded time in the batch (callers stamp what they record with their clock's now); a batch
    /// of bare citations, which only tests build, then says the Unix epoch.
    /// </summary>
    public DateTimeOffset At
    {
        get => _at ?? Articles.Select(a => a.RecordedAt).Concat(Nodes.Select(n => n.RecordedAt)).Concat(Relations.Select(r => r.RecordedAt))
            .DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        init => _at = value;
    }

    public static IngestionBatch OfNodes(IReadOnlyList<Node> nodes, NodeWrite write = NodeWrite.Merge) =>
        new([], nodes, [], []) { NodeWrite = write };
}

/// <summary>What an applied batch actually changed in the store.</summary>
public sealed record ApplyResult(
    int ArticlesCreated,
    int ArticleTextsAdded,
    int NodesCreated,
    int NodesUpdated,
    int RelationsCreated,
    int CitationsAdded)
{
    public bool Changed => ArticlesCreated + ArticleTextsAdded + NodesCreated + NodesUpdated + RelationsCreated + CitationsAdded > 0;
}
