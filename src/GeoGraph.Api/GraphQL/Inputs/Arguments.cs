using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Conditions;

namespace GeoGraph.Api.GraphQL.Inputs;

/// <summary>Relay paging arguments shared by every listing.</summary>
public sealed record PageArgs(int First, string? After);

/// <summary>
/// The 'where' of relations(…): every given field must hold; AND, OR and NOT nest the same input
/// (NOT: none of them holds). knownAt and includeRetracted are snapshot settings of the whole
/// query, so they are only taken at the top level.
/// </summary>
public sealed class RelationsWhere
{
    public string? Type { get; set; }
    public string? Subject { get; set; }
    public string? Object { get; set; }
    public string? Involves { get; set; }
    public string? Article { get; set; }
    public DateOnly? ValidAt { get; set; }
    public DateTimeOffset? KnownAt { get; set; }
    public bool? IncludeRetracted { get; set; }
    public List<RelationsWhere>? And { get; set; }
    public List<RelationsWhere>? Or { get; set; }
    public List<RelationsWhere>? Not { get; set; }
    public List<string>? Types { get; set; }
    public NodeKind? SubjectKind { get; set; }
    public NodeKind? ObjectKind { get; set; }
    public string? Speaker { get; set; }
    public CitationStance? Stance { get; set; }
    public double? MinConfidence { get; set; }
    public DateRange? ValidDuring { get; set; }
    public DateTimeOffset? RecordedAfter { get; set; }
    public DateTimeOffset? RecordedBefore { get; set; }
    public bool? Dated { get; set; }
    public List<string>? Between { get; set; }
    public bool? ViaRoles { get; set; }

    /// <summary>Every node id this input and its nested inputs name.</summary>
    public IEnumerable<string> NodeIds() =>
        new[] { Subject, Object, Involves, Speaker }.OfType<string>().Concat(Between ?? [])
            .Concat(new[] { And, Or, Not }.SelectMany(list => list ?? []).SelectMany(w => w.NodeIds()));

    /// <summary>
    /// Every node id as <paramref name="canonical"/> maps it (ids of merged entities to their
    /// survivor), in place, nested inputs included.
    /// </summary>
    public void MapNodeIds(Func<string, string> canonical)
    {
        Subject = Subject is null ? null : canonical(Subject);
        Object = Object is null ? null : canonical(Object);
        Involves = Involves is null ? null : canonical(Involves);
        Speaker = Speaker is null ? null : canonical(Speaker);
        Between = Between?.Select(canonical).ToList();
        foreach (var nested in new[] { And, Or, Not }.SelectMany(list => list ?? [])) nested.MapNodeIds(canonical);
    }

    /// <summary>The store filter; knownAt defaults to the request's <paramref name="now"/>.</summary>
    public RelationFilter ToFilter(DateTimeOffset now, RelationOrder? order = null) =>
        new(KnownAt ?? now, IncludeRetracted: IncludeRetracted ?? false, Where: ToCondition(), Order: order);

    /// <summary>Every given field as one condition (all must hold); a validated input, so between names two ids.</summary>
    public RelationCondition ToCondition()
    {
        var via = ViaRoles ?? false;
        var terms = new List<RelationCondition>();
        if (Type is not null) terms.Add(new RelationCondition.TypeIn([Type]));
        if (Types is { Count: > 0 }) terms.Add(new RelationCondition.TypeIn(Types));
        if (Subject is not null) terms.Add(new RelationCondition.SubjectIs(Subject));
        if (Object is not null) terms.Add(new RelationCondition.ObjectIs(Object));
        if (Involves is not null) terms.Add(new RelationCondition.Involves(Involves, via));
        if (Between is [var first, var second]) terms.Add(new RelationCondition.Between(first, second, via));
        if (Article is not null) terms.Add(new RelationCondition.CitedIn(Article));
        if (SubjectKind is { } subjectKind) terms.Add(new RelationCondition.SubjectKindIs(subjectKind));
        if (ObjectKind is { } objectKind) terms.Add(new RelationCondition.ObjectKindIs(objectKind));
        if (Speaker is not null) terms.Add(new RelationCondition.SpokenBy(Speaker));
        if (Stance is { } stance) terms.Add(new RelationCondition.CitedWithStance(stance));
        if (MinConfidence is { } confidence) terms.Add(new RelationCondition.MinConfidence(confidence));
        if (ValidAt is { } day) terms.Add(new RelationCondition.ValidAt(day));
        if (ValidDuring is { } range) terms.Add(new RelationCondition.ValidDuring(range.From, range.To));
        if (RecordedAfter is { } after) terms.Add(new RelationCondition.RecordedAfter(after));
        if (RecordedBefore is { } before) terms.Add(new RelationCondition.RecordedBefore(before));
        if (Dated is { } dated) terms.Add(new RelationCondition.Dated(dated));
        if (And is not null) terms.AddRange(And.Select(w => w.ToCondition()));
        if (Or is not null) terms.Add(new RelationCondition.Any(Or.Select(w => w.ToCondition()).ToArray()));
        if (Not is not null) terms.Add(new RelationCondition.Not(new RelationCondition.Any(Not.Select(w => w.ToCondition()).ToArray())));
        return RelationCondition.And(terms);
    }
}

/// <summary>Days from–to, inclusive; either end may be left open.</summary>
public sealed class DateRange
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>One key of an orderBy list: relations' (RelationOrderField) or entities' and claims' (NodeOrderField).</summary>
public sealed class OrderByInput<TField> where TField : struct, Enum
{
    public TField Field { get; set; }
    public SortDirection Direction { get; set; }
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
    public List<ExternalIdInput>? ExternalIds { get; set; }
}

public sealed class ExternalIdInput
{
    public string? Scheme { get; set; }
    public string? Id { get; set; }
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
    public int? Occurrence { get; set; }
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
