using System.Globalization;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>How the citations listing is ordered; every order breaks ties by <see cref="CitationKeys"/>.</summary>
public enum CitationOrder
{
    /// <summary>By key: relation id, article id, start, end (the default without a search).</summary>
    Key,
    /// <summary>Best search tier first (<see cref="TextSearch"/>); the default with a search.</summary>
    Relevance,
    /// <summary>By the citing article's publishedAt (to the millisecond), oldest first; undated articles last.</summary>
    PublishedAtAsc,
    /// <summary>By the citing article's publishedAt, newest first; undated articles last.</summary>
    PublishedAtDesc,
}

/// <summary>
/// Citations (who said what): by speaker, stance, citing article, and a word search over quotes
/// (<see cref="TextSearch"/>). Like relations, only citations of relations visible as of
/// <see cref="KnownAt"/>: retracted ones hidden unless <see cref="IncludeRetracted"/>.
/// </summary>
public sealed record CitationFilter(
    DateTimeOffset KnownAt,
    string? SpeakerId = null,
    CitationStance? Stance = null,
    string? ArticleId = null,
    string? Search = null,
    bool IncludeRetracted = false);

/// <summary>
/// A citation's identity and listing position. Citations have no id of their own: a citation is
/// (relation id, article id, start, end). In a listing it sits at (tier, value, key), compared in
/// that order: the tier is the search tier (relevance) or 0 dated / 1 undated (publishedAt); the
/// value is the publishedAt in Unix milliseconds (negated newest-first), else 0.
/// </summary>
public readonly record struct CitationPosition(int Tier, long Value, string RelationId, string ArticleId, int Start, int End)
{
    /// <summary>As a listing's page key: the tier as its rank, the rest as "value|relation|article|start|end".</summary>
    public PageKey ToPageKey() => new(Tier, string.Join('|',
        Value.ToString(CultureInfo.InvariantCulture), RelationId, ArticleId, Start.ToString(CultureInfo.InvariantCulture), End.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position a page key (from a decoded cursor) names; VALIDATION_FAILED when it names none.</summary>
    public static CitationPosition FromPageKey(PageKey key, string field = "after")
    {
        var parts = key.Id.Split('|');
        if (parts.Length == 5
            && long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && parts[1].Length > 0 && parts[2].Length > 0
            && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
            return new CitationPosition(key.Rank, value, parts[1], parts[2], start, end);
        throw GeoGraphException.Validation(field, "malformed cursor: pass an endCursor or edge cursor returned by this API");
    }

    /// <summary>Where <paramref name="citation"/> sits in a listing of <paramref name="order"/>, given its search tier and its article's publishedAt.</summary>
    public static CitationPosition Of(CitationOrder order, Citation citation, int tier, DateTimeOffset? publishedAt)
    {
        var (t, v) = order switch
        {
            CitationOrder.Relevance => (tier, 0L),
            CitationOrder.PublishedAtAsc => publishedAt is { } p ? (0, p.ToUnixTimeMilliseconds()) : (1, 0L),
            CitationOrder.PublishedAtDesc => publishedAt is { } p ? (0, -p.ToUnixTimeMilliseconds()) : (1, 0L),
            _ => (0, 0L),
        };
        return new CitationPosition(t, v, citation.RelationId, citation.ArticleId, citation.Start, citation.End);
    }
}

/// <summary>The citations listing's rules that do not depend on a store.</summary>
public static class CitationListing
{
    /// <summary>The order a listing uses: the one asked for, else relevance when searching, else key. Relevance needs a search.</summary>
    public static CitationOrder Resolve(CitationOrder? order, bool searching) => order switch
    {
        null => searching ? CitationOrder.Relevance : CitationOrder.Key,
        CitationOrder.Relevance when !searching => throw GeoGraphException.Validation("orderBy", "RELEVANCE orders a search: pass where.search"),
        { } o => o,
    };

    /// <summary>Whether a cursor of this order may carry a tier other than 0.</summary>
    public static bool Ranked(CitationOrder order) => order != CitationOrder.Key;
}
