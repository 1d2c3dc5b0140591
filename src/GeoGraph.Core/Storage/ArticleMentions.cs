namespace GeoGraph.Core.Storage;

/// <summary>
/// Which nodes each article mentions: both ends of every relation it is cited for (what the Neo4j
/// store keeps as <c>(:Article)-[:MENTIONS]-&gt;(:Node)</c>, whether the relation was retracted or
/// not). Fed the chunks of a <see cref="StoreDump"/>, it lists each pair once, by article then node.
/// </summary>
public sealed class ArticleMentions
{
    private readonly HashSet<(string ArticleId, string NodeId)> _seen = [];

    public int Count => _seen.Count;

    /// <summary>The pairs this chunk's citations add to those seen in earlier chunks.</summary>
    public IReadOnlyList<(string ArticleId, string NodeId)> NewIn(StoreChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var relations = chunk.Relations.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return Of(chunk.Citations, id => relations[id])
            .Where(_seen.Add)
            .OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Item2, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The rule: a citation makes its article mention both ends of the relation it cites; each pair once.</summary>
    public static IEnumerable<(string ArticleId, string NodeId)> Of(IEnumerable<Model.Citation> citations, Func<string, Model.Relation> relationOf) =>
        citations.SelectMany(c =>
        {
            var relation = relationOf(c.RelationId);
            return new[] { (c.ArticleId, relation.SubjectId), (c.ArticleId, relation.ObjectId) };
        }).Distinct();
}
