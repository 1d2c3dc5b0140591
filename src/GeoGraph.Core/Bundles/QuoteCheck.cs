using GeoGraph.Core.Errors;
using GeoGraph.Core.Ingestion;

namespace GeoGraph.Core.Bundles;

/// <summary>Where a citation's quote stands in its article's text, or why it cannot be placed.</summary>
public sealed record QuoteLocation(int Start, int End, IReadOnlyList<FieldError> Failures)
{
    public bool Found => Failures.Count == 0;

    public static QuoteLocation Failed(string field, string message) => new(-1, -1, [new FieldError(field, message)]);
}

/// <summary>
/// The one rule placing a quote in normalised article text, used by bundles (<c>geograph import</c>),
/// <c>ingestArticle</c> and <c>assertRelation</c> alike. Offsets are optional when the text is
/// known: the quote's first occurrence is used, or its <c>occurrence</c>-th (1-based). Offsets that
/// are given must point at that occurrence. A quote that does not occur is refused with the
/// closest passage of the text and what differs (<see cref="ClosestPassage"/>).
/// </summary>
public static class QuoteCheck
{
    /// <summary>
    /// Places <paramref name="quote"/> (NFC-normalised here) in <paramref name="text"/>. Either both
    /// offsets or neither are given (validation says so first); failures name the citation's field
    /// (quote, start, end or occurrence).
    /// </summary>
    public static QuoteLocation Locate(string text, string quote, int? start, int? end, int? occurrence)
    {
        quote = ArticleText.NormalizeQuote(quote);
        var wanted = occurrence ?? 1;
        var count = 0;
        var at = -1;
        for (var i = text.IndexOf(quote, StringComparison.Ordinal); i >= 0; i = text.IndexOf(quote, i + 1, StringComparison.Ordinal))
        {
            if (++count == wanted)
            {
                at = i;
                break;
            }
        }
        if (count == 0)
            return QuoteLocation.Failed("quote", "does not occur verbatim in the article text" + ClosestPassage.Describe(text, quote));
        if (end is { } e && e > text.Length)
            return QuoteLocation.Failed("end", $"is beyond the article text ({text.Length} UTF-16 code units)");
        if (at < 0)
            return QuoteLocation.Failed("occurrence", $"is {wanted}, but the quote occurs {Times(count)} in the article text");
        if (start is { } given && given != at)
        {
            var pointsAt = Occurrence(text, quote, given);
            var hint = pointsAt is { } k && occurrence is null ? $"; these offsets are its occurrence {k}: add occurrence: {k}" : "";
            return QuoteLocation.Failed("start", occurrence is null
                ? $"must be {at}: offsets point at the quote's first occurrence{hint}"
                : $"must be {at}: occurrence {wanted} of the quote starts there");
        }
        return new QuoteLocation(at, at + quote.Length, []);
    }

    /// <summary>
    /// Whether a stored citation's quote is the text at its offsets: how stores re-verify
    /// citations once an article's text is supplied later.
    /// </summary>
    public static bool MatchesAt(string text, string quote, int start, int end) =>
        start >= 0 && end <= text.Length && end - start == quote.Length && text.AsSpan(start, end - start).SequenceEqual(quote);

    /// <summary>Which occurrence (1-based) of the quote starts at <paramref name="start"/>, or null.</summary>
    private static int? Occurrence(string text, string quote, int start)
    {
        if (!MatchesAt(text, quote, start, start + quote.Length)) return null;
        var n = 1;
        for (var i = text.IndexOf(quote, StringComparison.Ordinal); i >= 0 && i < start; i = text.IndexOf(quote, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    private static string Times(int n) => n == 1 ? "once" : $"{n} times";
}
