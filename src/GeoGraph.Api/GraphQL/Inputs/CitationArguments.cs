using FluentValidation;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.GraphQL.Inputs;

/// <summary>The 'where' of citations(…).</summary>
public sealed class CitationsWhere
{
    public string? Speaker { get; set; }
    public CitationStance? Stance { get; set; }
    public string? Article { get; set; }
    public string? Search { get; set; }
    public DateTimeOffset? KnownAt { get; set; }
    public bool IncludeRetracted { get; set; }

    /// <summary>The store filter; knownAt defaults to the request's <paramref name="now"/>, a blank search is none.</summary>
    public CitationFilter ToFilter(DateTimeOffset now) =>
        new(KnownAt ?? now, Speaker, Stance, Article, string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(), IncludeRetracted);
}

public enum CitationOrderField
{
    Key,
    Relevance,
    PublishedAt,
}

/// <summary>One key of citations(orderBy:).</summary>
public sealed class CitationOrderInput
{
    public CitationOrderField Field { get; set; }
    public SortDirection Direction { get; set; }

    /// <summary>
    /// The listing order the keys ask for (null: the default). One key for now: every order already
    /// ends in the citation key, which breaks every tie.
    /// </summary>
    public static CitationOrder? Resolve(IReadOnlyList<CitationOrderInput>? keys)
    {
        if (keys is null || keys.Count == 0) return null;
        if (keys.Count > 1) throw GeoGraphException.Validation("orderBy", "takes one key (ties are always broken by the citation key)");
        return (keys[0].Field, keys[0].Direction) switch
        {
            (CitationOrderField.PublishedAt, SortDirection.Asc) => CitationOrder.PublishedAtAsc,
            (CitationOrderField.PublishedAt, SortDirection.Desc) => CitationOrder.PublishedAtDesc,
            (_, SortDirection.Desc) => throw GeoGraphException.Validation("orderBy[0].direction", $"{keys[0].Field.ToString().ToUpperInvariant()} orders ASC only"),
            (CitationOrderField.Relevance, _) => CitationOrder.Relevance,
            _ => CitationOrder.Key,
        };
    }
}

public sealed class CitationsWhereValidator : AbstractValidator<CitationsWhere>
{
    public CitationsWhereValidator()
    {
        RuleFor(w => w.Speaker).WellFormedNodeId();
        RuleFor(w => w.Article).WellFormedArticleId();
        RuleFor(w => w.Search).MaximumLength(QueryLimits.MaxSearchLength).Clean()
            .Must(s => s is null || TextSearch.Words(s).Distinct(StringComparer.Ordinal).Count() <= QueryLimits.MaxSearchWords)
            .WithMessage($"must have at most {QueryLimits.MaxSearchWords} distinct words");
    }
}
