using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.GraphQL.Inputs;

/// <summary>Relay paging arguments shared by every listing.</summary>
public sealed record PageArgs(int First, string? After);

/// <summary>The 'where' of relations(…).</summary>
public sealed class RelationsWhere
{
    public string? Type { get; set; }
    public string? Subject { get; set; }
    public string? Object { get; set; }
    public string? Involves { get; set; }
    public string? Article { get; set; }
    public DateOnly? ValidAt { get; set; }
    public DateTimeOffset? KnownAt { get; set; }
    public bool IncludeRetracted { get; set; }

    /// <summary>The store filter; knownAt defaults to the request's <paramref name="now"/>.</summary>
    public RelationFilter ToFilter(DateTimeOffset now) =>
        new(KnownAt ?? now, Type, Subject, Object, Involves, Article, ValidAt, IncludeRetracted);
}

/// <summary>The search text of entities(…) and articles(…).</summary>
public sealed record SearchArgs(string? Search);

public sealed record TraversalArgs(IReadOnlyList<string>? Types, TraversalDirection Direction, DateOnly? ValidAt);

public sealed record NeighborhoodArgs(string Id, int Depth, int Limit, int RelationLimit, TraversalArgs Traversal);

public sealed record ShortestPathArgs(string From, string To, int MaxHops, TraversalArgs Traversal);

public sealed class UpsertEntityInput
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Description { get; set; }
}

public sealed class QualifierInput
{
    public string? Key { get; set; }
    public string? Value { get; set; }
    public double? Number { get; set; }
    public string? Unit { get; set; }
    public string? Entity { get; set; }
}

public sealed class CitationInput
{
    public string? Article { get; set; }
    public string? Quote { get; set; }
    public int? Start { get; set; }
    public int? End { get; set; }
    public string? Speaker { get; set; }
    public CitationStance? Stance { get; set; }
}

public sealed class RelationInput
{
    public string? Type { get; set; }
    public string? Subject { get; set; }
    public string? Object { get; set; }
    public List<QualifierInput>? Qualifiers { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DatePrecision? ValidFromPrecision { get; set; }
    public DateOnly? ValidTo { get; set; }
    public DatePrecision? ValidToPrecision { get; set; }
    public double? Confidence { get; set; }
    public List<CitationInput>? Citations { get; set; }
}

public sealed class ArticleInput
{
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? Language { get; set; }
    public string? Text { get; set; }
    public string? TextSha256 { get; set; }
    public int? TextLength { get; set; }
}

public sealed class ClaimInput
{
    public string? Id { get; set; }
    public string? Statement { get; set; }
}

/// <summary>A bundle for one article: its metadata (and optionally text), and what it supports.</summary>
public sealed class IngestArticleInput
{
    public ArticleInput? Article { get; set; }
    public List<UpsertEntityInput>? Entities { get; set; }
    public List<ClaimInput>? Claims { get; set; }
    public List<RelationInput>? Relations { get; set; }
}

public sealed record PathsArgs(string From, string To, int K, int MaxHops, TraversalArgs Traversal);

public sealed record TimelineArgs(string Id, DateOnly? From, DateOnly? To, IReadOnlyList<string>? Types);

public sealed record RelationCountsArgs(IReadOnlyList<RelationGroupKey>? GroupBy, int First);

public sealed record DegreeArgs(IReadOnlyList<string>? Types);
