using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// A resolved, validated set of writes applied in one transaction. Articles and relations are
/// inserted when absent (their ids are content hashes, so present means identical); an absent
/// article text is filled in when supplied; nodes are written as given (the ingestor sends only
/// new or changed ones); citations are added when absent. When an article's text is filled in,
/// its stored citations whose quote matches at their offsets become verified, and a citation sent
/// again as verified upgrades the stored one.
/// </summary>
public sealed record IngestionBatch(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Node> Nodes,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Citation> Citations)
{
    public static IngestionBatch OfNodes(IReadOnlyList<Node> nodes) => new([], nodes, [], []);
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
