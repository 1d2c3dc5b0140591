using FluentValidation;
using GeoGraph.Core.Countries;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Bundles;

/// <summary>Rules shared by every input: text hygiene, node ids, dates.</summary>
public static class ValidationRules
{
    /// <summary>Refuses C0 control characters other than tab, CR and LF, and ill-formed UTF-16.</summary>
    public static IRuleBuilderOptions<T, string?> Clean<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || !HasControlCharacter(s)).WithMessage("must not contain control characters (other than tab, CR, LF)")
            .Must(s => s is null || Ingestion.ArticleText.IsWellFormed(s)).WithMessage("must be well-formed Unicode (it holds a lone UTF-16 surrogate)");

    public static bool HasControlCharacter(string s)
    {
        foreach (var c in s)
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n')
                return true;
        return false;
    }

    public static IRuleBuilderOptions<T, string?> ValidNodeId<T>(this IRuleBuilder<T, string?> rule, CountryCatalog countries) =>
        rule.Must(id => id is null || NodeIds.IsWellFormed(id)).WithMessage("must be a node id: " + NodeIds.FormatDescription)
            .Must(id => id is null || !NodeIds.IsWellFormed(id) || NodeIds.KindOf(id) != NodeKind.Country || countries.FindByNodeId(id) is not null)
            .WithMessage(id => "is not an ISO 3166-1 alpha-2 country code");

    public static IRuleBuilderOptions<T, string?> ValidPrecision<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(p => PartialDates.TryParsePrecision(p, out _)).WithMessage("must be DAY, WEEK, MONTH or YEAR");

    public static IRuleBuilderOptions<T, string?> ValidPartialDate<T>(this IRuleBuilder<T, string?> rule, Func<T, string?> precision) =>
        rule.Must((x, date) => date is null || !PartialDates.TryParsePrecision(precision(x), out _) || PartialDates.TryParse(date, precision(x), out _))
            .WithMessage("must be a date yyyy-MM-dd that starts a period of its precision (a Monday for WEEK, the 1st for MONTH, 1 January for YEAR) and ends by 9999-12-31");
}

/// <summary>Checks a quote and its offsets against normalised article text.</summary>
public static class QuoteCheck
{
    /// <summary>
    /// The quote must occur, the offsets lie within the text, and <paramref name="start"/> be its
    /// first occurrence (validation has already made end - start the quote's length); the first
    /// of these that fails is reported, on its own field.
    /// </summary>
    public static IEnumerable<Errors.FieldError> Check(string text, string quote, int start, int end)
    {
        var first = text.IndexOf(Ingestion.ArticleText.NormalizeQuote(quote), StringComparison.Ordinal);
        if (first < 0)
            yield return new("quote", "does not occur verbatim in the article text");
        else if (end > text.Length)
            yield return new("end", $"is beyond the article text ({text.Length} UTF-16 code units)");
        else if (first != start)
            yield return new("start", $"must be {first}: offsets point at the quote's first occurrence");
    }

    /// <summary>
    /// Whether a stored citation's quote is the text at its offsets: how stores re-verify
    /// citations once an article's text is supplied later.
    /// </summary>
    public static bool MatchesAt(string text, string quote, int start, int end) =>
        start >= 0 && end <= text.Length && end - start == quote.Length && text.AsSpan(start, end - start).SequenceEqual(quote);
}

/// <summary>Field paths in lowerCamelCase, as clients spell them: relations[2].citations[0].quote.</summary>
public static class ValidationPaths
{
    private static int _configured;

    public static void UseCamelCase()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 1) return;
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
    }
}
