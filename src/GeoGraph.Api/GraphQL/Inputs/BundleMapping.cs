using System.Globalization;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Ingestion;

namespace GeoGraph.Api.GraphQL.Inputs;

/// <summary>GraphQL inputs become bundles: one ingestion path for every write.</summary>
public static class BundleMapping
{
    public static Bundle ToBundle(IngestArticleInput input)
    {
        var article = input.Article ?? new ArticleInput();
        // Citations may omit the article: it is the one being ingested, whose id derives from its text or hash.
        var articleId = article.Text is { } text ? ContentIds.ForArticle(ContentIds.Sha256Hex(ArticleText.Normalize(text)))
            : article.TextSha256 is { Length: 64 } sha ? ContentIds.ForArticle(sha) : null;
        return new Bundle
        {
            Articles =
            [
                new BundleArticle
                {
                    Id = articleId, Title = article.Title, Publisher = article.Publisher, Url = article.Url,
                    PublishedAt = article.PublishedAt, Language = article.Language, Text = article.Text,
                    TextSha256 = article.TextSha256, TextLength = article.TextLength,
                },
            ],
            Entities = (input.Entities ?? []).Select((e, i) => ToBundle(e, $"input.entities[{i}]")).ToList(),
            Claims = (input.Claims ?? []).Select(c => new BundleClaim { Id = c.Id, Statement = c.Statement }).ToList(),
            Relations = (input.Relations ?? []).Select(r => ToBundle(r, articleId)).ToList(),
        };
    }

    public static BundleEntity ToBundle(UpsertEntityInput e, string path) =>
        new() { Id = e.Id, Name = e.Name, Aliases = e.Aliases, Description = e.Description, ExternalIds = ExternalIdMap(e.ExternalIds, path) };

    /// <summary>
    /// The bundle's map of external ids by scheme. A scheme given twice has no place in a map: it is
    /// refused here, naming the duplicate, rather than silently dropped.
    /// </summary>
    private static Dictionary<string, string>? ExternalIdMap(List<ExternalIdInput>? ids, string path)
    {
        if (ids is null) return null;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var x in ids)
            if (!map.TryAdd(x.Scheme ?? "", x.Id ?? ""))
                throw Core.Errors.GeoGraphException.Validation($"{path}.externalIds.{x.Scheme}", $"scheme '{x.Scheme}' is given twice: an entity holds one id per scheme");
        return map;
    }

    public static BundleRelation ToBundle(RelationInput r, string? defaultArticle) => new()
    {
        Type = r.Type,
        Subject = r.Subject,
        Object = r.Object,
        Qualifiers = r.Qualifiers?.Select(q => new BundleQualifier { Key = q.Key, Value = q.Value, Number = q.Number, Unit = q.Unit, Entity = q.Entity }).ToList(),
        ValidFrom = r.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ValidFromPrecision = r.ValidFromPrecision?.ToString().ToUpperInvariant(),
        ValidTo = r.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ValidToPrecision = r.ValidToPrecision?.ToString().ToUpperInvariant(),
        Confidence = r.Confidence,
        Citations = r.Citations?.Select(c => new BundleCitation
        {
            Article = c.Article ?? defaultArticle, Quote = c.Quote, Start = c.Start, End = c.End, Occurrence = c.Occurrence, Speaker = c.Speaker,
            Stance = c.Stance?.ToString().ToUpperInvariant(),
        }).ToList(),
    };
}
