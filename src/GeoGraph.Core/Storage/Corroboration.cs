using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// How well a relation is corroborated, from its citations and the articles they cite: the one
/// rule behind the Relation fields and behind the stores' CITATION_COUNT, SOURCE_COUNT and
/// FIRST_REPORTED sort keys (a contract test keeps them equal).
/// </summary>
/// <param name="CitationCount">Citations (quotes).</param>
/// <param name="SourceCount">Distinct citing articles.</param>
/// <param name="PublisherCount">Distinct publishers of the citing articles (articles without a publisher do not count).</param>
/// <param name="FirstReportedAt">The earliest publishedAt of a citing article (as published, with its offset); null when none has one.</param>
/// <param name="LastReportedAt">The latest such publishedAt.</param>
public sealed record Corroboration(int CitationCount, int SourceCount, int PublisherCount, DateTimeOffset? FirstReportedAt, DateTimeOffset? LastReportedAt)
{
    /// <param name="articles">At least the cited articles, by id (others are ignored).</param>
    public static Corroboration Of(IReadOnlyCollection<Citation> citations, IReadOnlyDictionary<string, Article> articles)
    {
        var cited = citations.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).ToArray();
        var found = cited.Select(id => articles.GetValueOrDefault(id)).OfType<Article>().ToArray();
        var published = found.Select(a => a.PublishedAt).OfType<DateTimeOffset>().OrderBy(t => t.UtcTicks).ToArray();
        return new Corroboration(
            citations.Count,
            cited.Length,
            found.Select(a => a.Publisher?.Trim()).Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal).Count(),
            published.Length > 0 ? published[0] : null,
            published.Length > 0 ? published[^1] : null);
    }
}
