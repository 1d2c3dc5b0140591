using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using GeoGraph.Core.Countries;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Model;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Core.Bundles;

/// <summary>
/// Everything about a bundle that can be checked without the store: shape, sizes, ids, the
/// vocabulary's kinds, and quotes against any article text the bundle carries. References to
/// nodes and articles that are not in the bundle are checked by the ingestor against the store.
/// </summary>
public sealed partial class BundleValidator : AbstractValidator<Bundle>
{
    public const int MaxNameLength = 300;
    public const int MaxStatementLength = 1_000;
    public const int MaxQuoteLength = 2_000;
    public const int MaxItems = 5_000;

    static BundleValidator() => ValidationPaths.UseCamelCase();

    public BundleValidator(RelationVocabulary vocabulary, CountryCatalog countries)
    {
        RuleFor(b => b.Format).Equal(Bundle.CurrentFormat).WithMessage($"must be \"{Bundle.CurrentFormat}\"");
        RuleFor(b => b.Articles).Must(a => a.Count <= 100).WithMessage("at most 100 articles per bundle");
        RuleFor(b => b.Entities).Must(a => a.Count <= MaxItems).WithMessage($"at most {MaxItems} entities per bundle");
        RuleFor(b => b.Claims).Must(a => a.Count <= MaxItems).WithMessage($"at most {MaxItems} claims per bundle");
        RuleFor(b => b.Relations).Must(a => a.Count <= MaxItems).WithMessage($"at most {MaxItems} relations per bundle");
        RuleForEach(b => b.Articles).SetValidator(new ArticleValidator());
        RuleForEach(b => b.Entities).SetValidator(new EntityValidator(countries));
        RuleForEach(b => b.Claims).SetValidator(new ClaimValidator());
        RuleForEach(b => b.Relations).SetValidator(new RelationValidator(vocabulary, countries));
        RuleFor(b => b).Custom((b, ctx) =>
        {
            ReportDuplicates(ctx, "articles", b.Articles.Select(a => a.Id));
            ReportDuplicates(ctx, "entities", b.Entities.Select(e => e.Id));
            ReportDuplicates(ctx, "claims", b.Claims.Select(c => c.Id));
        });
    }

    /// <summary>Normalises and hashes each article text once per validation, for every rule that needs it.</summary>
    protected override bool PreValidate(ValidationContext<Bundle> context, FluentValidation.Results.ValidationResult result)
    {
        context.RootContextData[NormalisedTexts.Key] = new NormalisedTexts(context.InstanceToValidate);
        return true;
    }

    /// <summary>The bundle's article texts in normal form, by article and by the id the text hashes to.</summary>
    private sealed class NormalisedTexts
    {
        public const string Key = "geograph.normalisedTexts";

        public NormalisedTexts(Bundle bundle)
        {
            foreach (var a in bundle.Articles)
            {
                if (a.Text is not { } raw || raw.Length > ArticleText.MaxLength * 2 || !ArticleText.IsWellFormed(raw)) continue;
                var text = ArticleText.Normalize(raw);
                var id = text.Length is > 0 and <= ArticleText.MaxLength ? ContentIds.ForArticle(ContentIds.Sha256Hex(text)) : null;
                ByArticle[a] = (text, id is null ? null : ContentIds.Sha256Hex(text), id);
                if (id is not null) ById.TryAdd(id, text);
            }
        }

        public Dictionary<BundleArticle, (string Text, string? Sha256, string? Id)> ByArticle { get; } = new(ReferenceEqualityComparer.Instance);

        public Dictionary<string, string> ById { get; } = new(StringComparer.Ordinal);

        public static NormalisedTexts Of(IValidationContext context) => (NormalisedTexts)context.RootContextData[Key];
    }

    private static void ReportDuplicates(ValidationContext<Bundle> ctx, string list, IEnumerable<string?> ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            if (id is not null && !seen.Add(id))
                ctx.AddFailure($"{list}[{i}].id", $"'{id}' is declared twice in this bundle");
            i++;
        }
    }

    private sealed class ArticleValidator : AbstractValidator<BundleArticle>
    {
        public ArticleValidator()
        {
            RuleFor(a => a.Title).NotEmpty().MaximumLength(MaxStatementLength).Clean();
            RuleFor(a => a.Publisher).MaximumLength(MaxNameLength).Clean();
            RuleFor(a => a.Language).MaximumLength(35).Clean();
            RuleFor(a => a.Url).MaximumLength(2_000).Clean()
                .Must(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https")))
                .WithMessage("must be an absolute http(s) URL");
            RuleFor(a => a.Text).Clean()
                .Must(t => t is null || t.Length <= ArticleText.MaxLength * 2).WithMessage($"must be at most {ArticleText.MaxLength:N0} characters");
            When(a => a.Text is null, () =>
            {
                RuleFor(a => a.TextSha256).NotEmpty().WithMessage("is required when the text is not supplied")
                    .Matches("^[0-9a-f]{64}\\z").WithMessage("must be 64 lowercase hex digits");
                RuleFor(a => a.TextLength).NotNull().WithMessage("is required when the text is not supplied")
                    .InclusiveBetween(1, ArticleText.MaxLength);
                RuleFor(a => a.Id).Must((a, id) => a.TextSha256 is not { Length: 64 } sha || id is null || id == ContentIds.ForArticle(sha))
                    .WithMessage(a => $"must be {ContentIds.ForArticle(a.TextSha256!)}, derived from textSha256");
            });
            RuleFor(a => a).Custom((a, ctx) =>
            {
                if (!NormalisedTexts.Of(ctx).ByArticle.TryGetValue(a, out var normal)) return;
                if (normal.Text.Length == 0)
                    ctx.AddFailure("text", "must not be empty; omit it to store no text");
                else if (normal.Id is null)
                    ctx.AddFailure("text", $"must be at most {ArticleText.MaxLength:N0} characters");
                else
                {
                    if (a.TextSha256 is { } sha && sha != normal.Sha256) ctx.AddFailure("textSha256", "does not match the SHA-256 of the normalised text");
                    if (a.TextLength is { } length && length != normal.Text.Length) ctx.AddFailure("textLength", "does not match the length of the normalised text");
                    if (a.Id is { } id && id != normal.Id) ctx.AddFailure("id", $"must be {normal.Id}, derived from the text");
                }
            });
            RuleFor(a => a.Id).Must(id => id is null || ContentIds.IsArticleId(id))
                .WithMessage("must be 'article:' and 16 lowercase hex digits");
        }
    }

    private sealed class EntityValidator : AbstractValidator<BundleEntity>
    {
        public EntityValidator(CountryCatalog countries)
        {
            RuleFor(e => e.Id).NotEmpty().ValidNodeId(countries)
                .Must(id => NodeIds.KindOf(id) != NodeKind.Claim).WithMessage("claims belong in 'claims', not 'entities'");
            RuleFor(e => e.Kind).Must((e, kind) => kind is null || NodeIds.KindOf(e.Id) is not { } k || KindNames.Of(k) == kind)
                .WithMessage(e => $"must match the id's prefix ({(NodeIds.KindOf(e.Id) is { } k ? KindNames.Of(k) : "?")})");
            RuleFor(e => e.Name).NotEmpty().MaximumLength(MaxNameLength).Clean();
            RuleFor(e => e.Description).MaximumLength(MaxStatementLength).Clean();
            RuleFor(e => e.Aliases).Must(a => a is null || a.Count <= 50).WithMessage("at most 50 aliases");
            RuleForEach(e => e.Aliases).NotEmpty().MaximumLength(MaxNameLength).Clean();
            RuleFor(e => e).Custom((e, ctx) =>
            {
                foreach (var failure in ExternalIdRules.Check(e.Id, e.ExternalIds?.Select(kv => (kv.Key, kv.Value)), countries))
                    ctx.AddFailure(failure.Field, failure.Message);
            });
        }
    }

    private sealed class ClaimValidator : AbstractValidator<BundleClaim>
    {
        public ClaimValidator()
        {
            RuleFor(c => c.Id).NotEmpty().Must(id => NodeIds.KindOf(id) == NodeKind.Claim)
                .WithMessage("must be 'claim:<slug>' (lowercase letters, digits, '-')");
            RuleFor(c => c.Statement).NotEmpty().MaximumLength(MaxStatementLength).Clean();
        }
    }

    private sealed class RelationValidator : AbstractValidator<BundleRelation>
    {
        public RelationValidator(RelationVocabulary vocabulary, CountryCatalog countries)
        {
            RuleFor(r => r.Type).NotEmpty().Must(t => t is null || vocabulary.Find(t) is not null)
                .WithMessage(r => $"'{r.Type}' is not in the relation vocabulary (see relationTypes)");
            RuleFor(r => r.Subject).NotEmpty().ValidNodeId(countries);
            RuleFor(r => r.Object).NotEmpty().ValidNodeId(countries);
            RuleFor(r => r).Custom((r, ctx) =>
            {
                if (vocabulary.Find(r.Type) is not { } type || NodeIds.KindOf(r.Subject) is not { } s || NodeIds.KindOf(r.Object) is not { } o
                    || type.Allows(s, o))
                    return;
                if (!type.SubjectKinds.Contains(s))
                    ctx.AddFailure("subject", $"{type.Type} takes a subject of kind {string.Join(" or ", type.SubjectKinds.Select(KindNames.Of))}, not {KindNames.Of(s)}");
                if (!type.ObjectKinds.Contains(o))
                    ctx.AddFailure("object", $"{type.Type} takes an object of kind {string.Join(" or ", type.ObjectKinds.Select(KindNames.Of))}, not {KindNames.Of(o)}");
            });
            RuleFor(r => r.Citations).NotEmpty().WithMessage("a relation needs at least one citation")
                .Must(c => c is null || c.Count <= 50).WithMessage("at most 50 citations per relation");
            RuleForEach(r => r.Citations).SetValidator(new CitationValidator(countries));
            RuleFor(r => r.Qualifiers).Must(q => q is null || q.Count <= 20).WithMessage("at most 20 qualifiers")
                .Must(q => q is null || q.Select(x => x.Key).Distinct(StringComparer.Ordinal).Count() == q.Count)
                .WithMessage("qualifier keys must be unique");
            RuleForEach(r => r.Qualifiers).SetValidator(new QualifierValidator(countries));
            // A citation's own qualifiers are its source's wording: describing keys only, since an
            // identifying one would make it another fact.
            RuleForEach(r => r.Citations).Custom((c, ctx) =>
            {
                if (c?.Qualifiers is not { } qualifiers || ctx.InstanceToValidate is not BundleRelation r || r.Type is null) return;
                if (qualifiers.Select(q => q.Key).Distinct(StringComparer.Ordinal).Count() != qualifiers.Count)
                    ctx.AddFailure("qualifiers", "qualifier keys must be unique");
                foreach (var key in qualifiers.Select(q => q.Key).OfType<string>().Where(k => vocabulary.Identifies(r.Type, k)))
                    ctx.AddFailure("qualifiers", $"'{key}' identifies a {r.Type} fact: give it on the relation, not on a citation (a citation's qualifiers only describe)");
            });
            RuleFor(r => r.Confidence).InclusiveBetween(0, 1);
            RuleFor(r => r.Retracted!.Reason).NotEmpty().MaximumLength(MaxStatementLength).Clean()
                .OverridePropertyName("retracted.reason").When(r => r.Retracted is not null);
            RuleFor(r => r.ValidFrom).ValidPartialDate(r => r.ValidFromPrecision);
            RuleFor(r => r.ValidTo).ValidPartialDate(r => r.ValidToPrecision);
            RuleFor(r => r.ValidFromPrecision).ValidPrecision();
            RuleFor(r => r.ValidToPrecision).ValidPrecision();
            RuleFor(r => r.ValidFromPrecision).Must((r, p) => p is null || r.ValidFrom is not null).WithMessage("is given without validFrom");
            RuleFor(r => r.ValidToPrecision).Must((r, p) => p is null || r.ValidTo is not null).WithMessage("is given without validTo");
            RuleFor(r => r.ValidTo).Must((r, _) => !(PartialDates.TryParse(r.ValidFrom, r.ValidFromPrecision, out var f)
                                                     && PartialDates.TryParse(r.ValidTo, r.ValidToPrecision, out var t)
                                                     && f is { } from && t is { } to && to.End < from.Start))
                .WithMessage("must not end before validFrom starts");
        }
    }

    private sealed class QualifierValidator : AbstractValidator<BundleQualifier>
    {
        public QualifierValidator(CountryCatalog countries)
        {
            RuleFor(q => q.Key).NotEmpty().Matches(KeyPattern()).WithMessage("must be lowerCamelCase letters and digits, at most 40");
            RuleFor(q => q.Value).NotEmpty().MaximumLength(MaxStatementLength).Clean();
            RuleFor(q => q.Unit).MaximumLength(40).Clean();
            RuleFor(q => q.Number).Must(n => n is null || double.IsFinite(n.Value)).WithMessage("must be a finite number");
            RuleFor(q => q.Entity).ValidNodeId(countries).When(q => q.Entity is not null);
            RuleFor(q => q.Value).Must((q, v) => q.Entity is null || v == q.Entity).WithMessage("must be the entity id when 'entity' is given");
        }
    }

    private sealed class CitationValidator : AbstractValidator<BundleCitation>
    {
        public CitationValidator(CountryCatalog countries)
        {
            RuleFor(c => c.Article).NotEmpty().Must(ContentIds.IsArticleId).WithMessage("must be an article id ('article:' and 16 hex digits)");
            RuleFor(c => c.Quote).NotEmpty().MaximumLength(MaxQuoteLength).Clean();
            // Offsets are optional (the quote is placed in the text, QuoteCheck.Locate); given, they come as a pair.
            RuleFor(c => c.Start).GreaterThanOrEqualTo(0);
            RuleFor(c => c.End).Must((c, end) => (end is null) == (c.Start is null))
                .WithMessage(c => c.End is null ? "is missing: give start and end together, or neither (the quote is then placed in the article's text)"
                                                : "is given without start: give start and end together, or neither");
            RuleFor(c => c.End).Must((c, end) => end is null || c.Start is null || end > c.Start).WithMessage("must be greater than start");
            RuleFor(c => c.End).Must((c, end) => end is null || c.Start is null || c.Quote is null || end <= c.Start || end - c.Start == ArticleText.NormalizeQuote(c.Quote).Length)
                .WithMessage(c => $"end - start must equal the quote's length in NFC ({(c.Quote is null ? 0 : ArticleText.NormalizeQuote(c.Quote).Length)} UTF-16 code units)");
            RuleFor(c => c.Occurrence).GreaterThanOrEqualTo(1).WithMessage("must be 1 or more (1 is the quote's first occurrence)");
            RuleFor(c => c.Speaker).ValidNodeId(countries).When(c => c.Speaker is not null);
            RuleFor(c => c.Qualifiers).Must(q => q is null || q.Count <= 20).WithMessage("at most 20 qualifiers");
            RuleForEach(c => c.Qualifiers).SetValidator(new QualifierValidator(countries));
            RuleFor(c => c.Stance).NotEmpty().Must(s => s is null || Enum.TryParse<CitationStance>(s, ignoreCase: true, out _) && s == s.ToUpperInvariant())
                .WithMessage("must be ASSERTS or REPORTS");
            RuleFor(c => c).Custom((c, ctx) =>
            {
                // Quotes citing a text in this bundle are placed here; others by the ingestor, against the store.
                if (c.Article is null || c.Quote is not { Length: > 0 } quote || (c.Start is null) != (c.End is null) || c.End <= c.Start
                    || c.Occurrence < 1 || !NormalisedTexts.Of(ctx).ById.TryGetValue(c.Article, out var text))
                    return;
                foreach (var failure in QuoteCheck.Locate(text, quote, c.Start, c.End, c.Occurrence).Failures)
                    ctx.AddFailure(failure.Field, failure.Message);
            });
        }
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]{0,39}\\z")]
    private static partial Regex KeyPattern();
}

/// <summary>The checks of an entity's external ids, shared by bundles and upsertEntity.</summary>
public static class ExternalIdRules
{
    public const int MaxExternalIds = 20;

    /// <summary>Failures as field paths under externalIds: the scheme for a map (<c>externalIds.wikidata</c>).</summary>
    public static IEnumerable<Errors.FieldError> Check(string? nodeId, IEnumerable<(string Scheme, string Id)>? ids, CountryCatalog countries)
    {
        if (ids is null || nodeId is null || !NodeIds.IsWellFormed(nodeId) || NodeIds.KindOf(nodeId) is not { } kind) yield break;
        var list = ids.ToArray();
        if (list.Length > MaxExternalIds) yield return new("externalIds", $"at most {MaxExternalIds} external ids");
        foreach (var group in list.GroupBy(x => x.Scheme, StringComparer.Ordinal).Where(g => g.Count() > 1))
            yield return new($"externalIds.{group.Key}", "is given twice: an entity holds one id per scheme");
        foreach (var (scheme, id) in list)
            if (ExternalIdSchemes.Problem(nodeId, kind, scheme ?? "", id ?? "", countries) is { } problem)
                yield return new($"externalIds.{scheme}", problem);
    }
}

/// <summary>Parsing of the bundle's date + precision pairs.</summary>
public static class PartialDates
{
    public static bool TryParsePrecision(string? text, out DatePrecision precision)
    {
        precision = DatePrecision.Day;
        return text is null || (text == text.ToUpperInvariant() && Enum.TryParse(text, ignoreCase: true, out precision));
    }

    public static bool TryParse(string? date, string? precisionText, out PartialDate? result)
    {
        result = null;
        if (date is null) return precisionText is null;
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || !TryParsePrecision(precisionText, out var p))
            return false;
        result = new PartialDate(d, p);
        return result.Value.IsAligned && result.Value.IsRepresentable;
    }
}

/// <summary>GraphQL/bundle spelling of node kinds: COUNTRY, PERSON, ORGANIZATION, ….</summary>
public static class KindNames
{
    public static string Of(NodeKind kind) => kind.ToString().ToUpperInvariant();
}
