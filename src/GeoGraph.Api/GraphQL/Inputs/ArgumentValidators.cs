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
    public RelationsWhereValidator(RelationVocabulary vocabulary)
    {
        RuleFor(w => w.Type).Must(t => t is null || vocabulary.Find(t) is not null)
            .WithMessage(w => $"'{w.Type}' is not in the relation vocabulary (see relationTypes)");
        RuleFor(w => w.Subject).WellFormedNodeId();
        RuleFor(w => w.Object).WellFormedNodeId();
        RuleFor(w => w.Involves).WellFormedNodeId();
        RuleFor(w => w.Article).Must(a => a is null || ContentIds.IsArticleId(a))
            .WithMessage("must be an article id: 'article:' and 16 lowercase hex digits");
    }
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
    }
}

public static class ArgumentValidation
{
    public static IRuleBuilderOptions<T, string?> WellFormedNodeId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(id => id is null || NodeIds.IsWellFormed(id)).WithMessage("must be a node id: " + NodeIds.FormatDescription);

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
