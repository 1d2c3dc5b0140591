using FluentValidation;
using GeoGraph.Core.Countries;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Bundles;

/// <summary>Rules shared by every input: text hygiene, node ids, dates.</summary>
public static class ValidationRules
{
    /// <summary>
    /// Refuses text that is not plain text (<see cref="ForbiddenCharacter"/>) and ill-formed UTF-16.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> Clean<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || ForbiddenCharacter(s) is null).WithMessage((_, s) => $"must not contain {ForbiddenCharacter(s!)}: {ForbiddenDescription}")
            .Must(s => s is null || Ingestion.ArticleText.IsWellFormed(s)).WithMessage("must be well-formed Unicode (it holds a lone UTF-16 surrogate)");

    public const string ForbiddenDescription =
        "control characters (other than tab, CR and LF), bidirectional embeddings, overrides and isolates, and Unicode noncharacters are refused";

    /// <summary>
    /// The first character that has no place in stored or searched text, named (e.g. "U+202E"), or
    /// null: C0 controls other than tab, CR and LF, DEL and C1 controls (U+007F–U+009F); the
    /// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make
    /// text display differently from what it says; and noncharacters (U+FDD0–U+FDEF, and every
    /// U+xxFFFE and U+xxFFFF), which .NET's normalisation rejects. Marks such as U+200E and U+200F,
    /// which real right-to-left text uses, are allowed.
    /// </summary>
    public static string? ForbiddenCharacter(string s)
    {
        foreach (var rune in s.EnumerateRunes())
        {
            var v = rune.Value;
            var forbidden = v < 0x20 ? v is not ('\t' or '\r' or '\n')
                : v is >= 0x7F and <= 0x9F or >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or >= 0xFDD0 and <= 0xFDEF
                  || (v & 0xFFFE) == 0xFFFE;
            if (forbidden) return $"U+{v:X4}";
        }
        return null;
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
