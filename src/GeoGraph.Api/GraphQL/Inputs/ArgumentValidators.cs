using FluentValidation;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Api.GraphQL.Inputs;

public sealed class PageArgsValidator : AbstractValidator<PageArgs>
{
    public PageArgsValidator()
    {
        RuleFor(p => p.First).InclusiveBetween(1, QueryLimits.MaxPageSize)
            .WithMessage($"must be between 1 and {QueryLimits.MaxPageSize}");
        RuleFor(p => p.After).MaximumLength(1_000).Clean();
    }
}

public sealed class RelationsWhereValidator : AbstractValidator<RelationsWhere>
{
    private readonly RelationVocabulary _vocabulary;
    private RelationsWhereValidator? _nested;

    public RelationsWhereValidator(RelationVocabulary vocabulary) : this(vocabulary, topLevel: true) { }

    private RelationsWhereValidator(RelationVocabulary vocabulary, bool topLevel)
    {
        _vocabulary = vocabulary;
        RuleFor(w => w.Type).Must(t => t is null || vocabulary.Find(t) is not null)
            .WithMessage(w => $"'{w.Type}' is not in the relation vocabulary (see relationTypes)");
        RuleFor(w => w.Types).Must(t => t is null || t.Count is > 0 && t.Count <= QueryLimits.MaxFilterTypes)
            .WithMessage($"must name 1–{QueryLimits.MaxFilterTypes} relation types");
        RuleForEach(w => w.Types).Must(t => vocabulary.Find(t) is not null)
            .WithMessage((_, t) => $"'{t}' is not in the relation vocabulary (see relationTypes)");
        RuleFor(w => w.Subject).WellFormedNodeId();
        RuleFor(w => w.Object).WellFormedNodeId();
        RuleFor(w => w.Involves).WellFormedNodeId();
        RuleFor(w => w.Speaker).WellFormedNodeId();
        RuleFor(w => w.Article).WellFormedArticleId();
        RuleFor(w => w.Between).Must(b => b is null || b.Count == 2 && b[0] != b[1])
            .WithMessage("must name exactly two different node ids");
        RuleForEach(w => w.Between).Must(NodeIds.IsWellFormed).WithMessage("must be a node id: " + NodeIds.FormatDescription);
        RuleFor(w => w.ViaRoles).Must((w, via) => via != true || w.Involves is not null || w.Between is not null)
            .WithMessage("viaRoles needs involves or between in the same input");
        RuleFor(w => w.MinConfidence).InclusiveBetween(0, 1).WithMessage("must be between 0 and 1");
        RuleFor(w => w.ValidDuring).Must(r => r is null || r.From is null || r.To is null || r.From <= r.To)
            .WithMessage("'to' is before 'from'");
        RuleFor(w => w.And).Must(l => l is null || l.Count > 0).WithMessage("must hold at least one condition").OverridePropertyName("AND");
        RuleFor(w => w.Or).Must(l => l is null || l.Count > 0).WithMessage("must hold at least one condition").OverridePropertyName("OR");
        RuleFor(w => w.Not).Must(l => l is null || l.Count > 0).WithMessage("must hold at least one condition").OverridePropertyName("NOT");
        RuleForEach(w => w.And).SetValidator(_ => Nested).OverridePropertyName("AND");
        RuleForEach(w => w.Or).SetValidator(_ => Nested).OverridePropertyName("OR");
        RuleForEach(w => w.Not).SetValidator(_ => Nested).OverridePropertyName("NOT");
        if (topLevel) return;
        const string snapshot = "is a snapshot setting of the whole query: give it in the top-level where only";
        RuleFor(w => w.KnownAt).Null().WithMessage("knownAt " + snapshot);
        RuleFor(w => w.IncludeRetracted).Null().WithMessage("includeRetracted " + snapshot);
    }

    /// <summary>The validator of nested inputs (made on first use: each would otherwise make the next).</summary>
    private RelationsWhereValidator Nested => _nested ??= new RelationsWhereValidator(_vocabulary, topLevel: false);
}

public sealed class SearchArgsValidator : AbstractValidator<SearchArgs>
{
    public SearchArgsValidator()
    {
        RuleFor(a => a.Search).MaximumLength(BundleValidator.MaxNameLength).Clean();
    }
}

public sealed class TraversalArgsValidator : AbstractValidator<TraversalArgs>
{
    public TraversalArgsValidator(RelationVocabulary vocabulary)
    {
        RuleFor(t => t.Types).Must(t => t is null || t.Count <= vocabulary.All.Count)
            .WithMessage($"at most {vocabulary.All.Count} types (the vocabulary's size)");
        RuleForEach(t => t.Types).Must(t => vocabulary.Find(t) is not null)
            .WithMessage((_, t) => $"'{t}' is not in the relation vocabulary (see relationTypes)");
    }
}

public sealed class NeighborhoodArgsValidator : AbstractValidator<NeighborhoodArgs>
{
    public NeighborhoodArgsValidator(RelationVocabulary vocabulary)
    {
        RuleFor(a => a.Id).WellFormedNodeId();
        RuleFor(a => a.Depth).InclusiveBetween(QueryLimits.MinDepth, QueryLimits.MaxDepth).WithMessage($"must be between {QueryLimits.MinDepth} and {QueryLimits.MaxDepth}");
        RuleFor(a => a.Limit).InclusiveBetween(1, QueryLimits.MaxLimit).WithMessage($"must be between 1 and {QueryLimits.MaxLimit}");
        RuleFor(a => a.RelationLimit).InclusiveBetween(1, QueryLimits.MaxRelationLimit).WithMessage($"must be between 1 and {QueryLimits.MaxRelationLimit}");
        RuleFor(a => a.Traversal).SetValidator(new TraversalArgsValidator(vocabulary)).OverridePropertyName("");
    }
}

public sealed class ShortestPathArgsValidator : AbstractValidator<ShortestPathArgs>
{
    public ShortestPathArgsValidator(RelationVocabulary vocabulary)
    {
        RuleFor(a => a.From).WellFormedNodeId();
        RuleFor(a => a.To).WellFormedNodeId();
        RuleFor(a => a.MaxHops).InclusiveBetween(QueryLimits.MinHops, QueryLimits.MaxMaxHops).WithMessage($"must be between {QueryLimits.MinHops} and {QueryLimits.MaxMaxHops}");
        RuleFor(a => a.Traversal).SetValidator(new TraversalArgsValidator(vocabulary)).OverridePropertyName("");
    }
}

public sealed class UpsertEntityInputValidator : AbstractValidator<UpsertEntityInput>
{
    public UpsertEntityInputValidator(Core.Countries.CountryCatalog countries)
    {
        RuleFor(e => e.Id).NotEmpty().ValidNodeId(countries)
            .Must(id => NodeIds.KindOf(id) != Core.Model.NodeKind.Claim).WithMessage("claims are created by ingestArticle, not upsertEntity");
        RuleFor(e => e.Name).NotEmpty().MaximumLength(BundleValidator.MaxNameLength).Clean();
        RuleFor(e => e.Description).MaximumLength(BundleValidator.MaxStatementLength).Clean();
        RuleFor(e => e.Aliases).Must(a => a is null || a.Count <= 50).WithMessage("at most 50 aliases");
        RuleForEach(e => e.Aliases).NotEmpty().MaximumLength(BundleValidator.MaxNameLength).Clean();
        RuleFor(e => e).Custom((e, ctx) =>
        {
            foreach (var failure in ExternalIdRules.Check(e.Id, e.ExternalIds?.Select(x => (x.Scheme ?? "", x.Id ?? "")), countries))
                ctx.AddFailure(failure.Field, failure.Message);
        });
    }
}

public static class ArgumentValidation
{
    public static IRuleBuilderOptions<T, string?> WellFormedNodeId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(id => id is null || NodeIds.IsWellFormed(id)).WithMessage("must be a node id: " + NodeIds.FormatDescription);

    public static IRuleBuilderOptions<T, string?> WellFormedArticleId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(id => id is null || ContentIds.IsArticleId(id)).WithMessage("must be an article id: 'article:' and 16 lowercase hex digits");

    /// <summary>Runs a validator and throws VALIDATION_FAILED with the failing argument paths.</summary>
    public static void ValidateOrThrow<T>(this IValidator<T> validator, T value, string prefix)
    {
        var result = validator.Validate(value);
        if (result.IsValid) return;
        throw GeoGraphException.Validation(result.Errors
            .Select(e => new FieldError(Join(prefix, e.PropertyName), e.ErrorMessage)).ToArray());
    }

    public static string Join(string prefix, string path) =>
        prefix.Length == 0 ? path : path.Length == 0 ? prefix : path.StartsWith('[') ? prefix + path : prefix + "." + path;
}

public sealed class PathsArgsValidator : AbstractValidator<PathsArgs>
{
    public PathsArgsValidator(RelationVocabulary vocabulary)
    {
        RuleFor(a => a.From).WellFormedNodeId();
        RuleFor(a => a.To).WellFormedNodeId();
        RuleFor(a => a.K).InclusiveBetween(1, QueryLimits.MaxPaths).WithMessage($"must be between 1 and {QueryLimits.MaxPaths}");
        RuleFor(a => a.MaxHops).InclusiveBetween(QueryLimits.MinHops, QueryLimits.MaxMaxHops).WithMessage($"must be between {QueryLimits.MinHops} and {QueryLimits.MaxMaxHops}");
        RuleFor(a => a.Traversal).SetValidator(new TraversalArgsValidator(vocabulary)).OverridePropertyName("");
    }
}

public sealed class TimelineArgsValidator : AbstractValidator<TimelineArgs>
{
    public TimelineArgsValidator(RelationVocabulary vocabulary)
    {
        RuleFor(a => a.Id).WellFormedNodeId();
        RuleFor(a => a.To).Must((a, to) => a.From is not { } from || to is not { } end || from <= end).WithMessage("must not be before from");
        RuleFor(a => new TraversalArgs(a.Types, TraversalDirection.Both, null)).SetValidator(new TraversalArgsValidator(vocabulary)).OverridePropertyName("");
    }
}

public sealed class RelationCountsArgsValidator : AbstractValidator<RelationCountsArgs>
{
    public RelationCountsArgsValidator()
    {
        RuleFor(a => a.GroupBy).Must(g => g is { Count: > 0 }).WithMessage("must name at least one key");
        RuleFor(a => a.GroupBy).Must(g => g is null || !(g.Contains(RelationGroupKey.Month) && g.Contains(RelationGroupKey.Year)))
            .WithMessage("MONTH and YEAR are both periods: name one");
        RuleFor(a => a.First).InclusiveBetween(1, QueryLimits.MaxBuckets).WithMessage($"must be between 1 and {QueryLimits.MaxBuckets}");
    }
}

public sealed class DegreeArgsValidator : AbstractValidator<DegreeArgs>
{
    public DegreeArgsValidator(RelationVocabulary vocabulary)
    {
        RuleFor(a => new TraversalArgs(a.Types, TraversalDirection.Both, null)).SetValidator(new TraversalArgsValidator(vocabulary)).OverridePropertyName("");
    }
}
