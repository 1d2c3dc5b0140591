using GeoGraph.Core.Bundles;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Synthetic;

/// <summary>
/// A generated graph as geograph-bundle/1 documents that ingestion takes: each chunk one bundle —
/// the nodes (countries included, so the bundles import into an empty store), then each article
/// group with its texts, relations and citations (retracted relations carry <c>retracted</c>).
/// </summary>
public static class SyntheticBundles
{
    public static Bundle ToBundle(SyntheticChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var citations = chunk.Citations.ToLookup(c => c.RelationId, StringComparer.Ordinal);
        return new Bundle
        {
            Articles =
            [
                .. chunk.Articles.Select(a => new BundleArticle
                {
                    Id = a.Id, Title = a.Title, Publisher = a.Publisher, Url = a.Url, PublishedAt = a.PublishedAt, Language = a.Language,
                    TextSha256 = a.TextSha256, TextLength = a.TextLength, Text = a.Text,
                }),
            ],
            Entities =
            [
                .. chunk.Nodes.Where(n => n.Kind != NodeKind.Claim).Select(n => new BundleEntity
                {
                    Id = n.Id, Kind = KindNames.Of(n.Kind), Name = n.Name, Aliases = n.Aliases.Count == 0 ? null : [.. n.Aliases],
                    Description = n.Description,
                }),
            ],
            Claims = [.. chunk.Nodes.Where(n => n.Kind == NodeKind.Claim).Select(n => new BundleClaim { Id = n.Id, Statement = n.Name })],
            Relations = [.. chunk.Relations.Select(r => BundleExport.ToBundle(r, citations[r.Id], vocabulary: null))],
        };
    }
}
