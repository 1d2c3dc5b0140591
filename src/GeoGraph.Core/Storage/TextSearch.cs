using System.Globalization;
using System.Text;
using GeoGraph.Core.Errors;

namespace GeoGraph.Core.Storage;

/// <summary>
/// Word search over quotes and article texts, one rule for every store. A word is a maximal run
/// of letters and digits of the NFC, lower-cased (invariant) text; everything else separates
/// words. Stores index a text's <see cref="Indexed"/> form (its words between single spaces),
/// so SQLite FTS5 (unicode61) and Lucene (whitespace analyzer) see the same words, and both rank
/// a candidate the index found by <see cref="TextQuery.Tier"/>, computed on that form with plain
/// substring tests: BM25 and Lucene scores differ, these tiers do not.
/// </summary>
public static class TextSearch
{
    /// <summary>The phrase occurs (its words, in order, adjacent).</summary>
    public const int PhraseTier = 0;
    /// <summary>Every word occurs.</summary>
    public const int AllWordsTier = 1;
    /// <summary>At least one word occurs.</summary>
    public const int AnyWordTier = 2;

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var key = text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= key.Length; i++)
        {
            if (i < key.Length && IsWordChar(key, i))
            {
                if (start < 0) start = i;
                if (char.IsHighSurrogate(key[i])) i++;
                continue;
            }
            if (start >= 0) words.Add(key[start..i]);
            start = -1;
        }
        return words;
    }

    /// <summary>What a store indexes for a text: its words, each between single spaces (" rare earth exports ").</summary>
    public static string Indexed(string text)
    {
        var words = Words(text);
        return words.Count == 0 ? " " : " " + string.Join(' ', words) + " ";
    }

    /// <summary>
    /// The query for a user's search, or null when there is none (absent or blank). A search with
    /// no word (only punctuation) is a query that matches nothing. Refused beyond
    /// <see cref="QueryLimits.MaxSearchLength"/> characters or <see cref="QueryLimits.MaxSearchWords"/> distinct words.
    /// </summary>
    public static TextQuery? Parse(string? search, string field = "search")
    {
        if (string.IsNullOrWhiteSpace(search)) return null;
        QueryLimits.CheckSearch(search, field);
        var words = Words(search);
        var distinct = words.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length > QueryLimits.MaxSearchWords)
            throw GeoGraphException.Validation(field, $"must have at most {QueryLimits.MaxSearchWords} distinct words (got {distinct.Length})");
        return new TextQuery(words.Count == 0 ? " " : " " + string.Join(' ', words) + " ", distinct.Select(w => " " + w + " ").ToArray(), distinct);
    }

    private static bool IsWordChar(string s, int i) =>
        char.IsSurrogatePair(s, i)
            ? char.GetUnicodeCategory(s, i) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.LetterNumber
            : char.IsLetterOrDigit(s[i]) || char.GetUnicodeCategory(s[i]) is UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber;
}

/// <summary>
/// A parsed search. <see cref="Phrase"/> and <see cref="PaddedWords"/> are substrings of an
/// <see cref="TextSearch.Indexed"/> text exactly when the phrase or word occurs in it;
/// <see cref="IndexQuery"/> asks a full-text index for the texts holding any word.
/// </summary>
public sealed record TextQuery(string Phrase, IReadOnlyList<string> PaddedWords, IReadOnlyList<string> Words)
{
    /// <summary>True when the search has no word, so nothing can match it.</summary>
    public bool MatchesNothing => Words.Count == 0;

    /// <summary>
    /// Any word, as both FTS5 MATCH and Lucene read it: each word double-quoted, joined by OR.
    /// Words are letters and digits only, so no quote, operator or bracket of the user's text can
    /// reach either query language.
    /// </summary>
    public string IndexQuery => string.Join(" OR ", Words.Select(w => "\"" + w + "\""));

    /// <summary>The tier of an indexed text (see <see cref="TextSearch"/>), or null when no word occurs.</summary>
    public int? Tier(string indexed) =>
        indexed.Contains(Phrase, StringComparison.Ordinal) && !MatchesNothing ? TextSearch.PhraseTier
        : PaddedWords.Count > 0 && PaddedWords.All(w => indexed.Contains(w, StringComparison.Ordinal)) ? TextSearch.AllWordsTier
        : PaddedWords.Any(w => indexed.Contains(w, StringComparison.Ordinal)) ? TextSearch.AnyWordTier
        : null;
}
