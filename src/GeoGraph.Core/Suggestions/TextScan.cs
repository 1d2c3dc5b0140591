using System.Text.RegularExpressions;

namespace GeoGraph.Core.Suggestions;

/// <summary>
/// The plain-text machinery of suggestions: word tokens, sentences and clauses, all as UTF-16
/// offsets into the normalised text (the offsets convention of citations).
/// </summary>
public static partial class TextScan
{
    public readonly record struct Token(int Start, int End);

    public readonly record struct Span(int Start, int End)
    {
        public bool Contains(int start, int end) => Start <= start && end <= End;
    }

    /// <summary>Maximal runs of letters and digits.</summary>
    public static IReadOnlyList<Token> Tokens(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var s = i;
            while (i < end && char.IsLetterOrDigit(text[i])) i++;
            tokens.Add(new Token(s, i));
        }
        return tokens;
    }

    /// <summary>
    /// True when the characters between two tokens keep them one name: whitespace without a line
    /// break, a hyphen, an apostrophe ("China's") or a period ("U.S."), at most three of them.
    /// </summary>
    public static bool JoinsName(string text, int from, int to)
    {
        if (to - from is < 1 or > 3) return false;
        for (var i = from; i < to; i++)
            if (text[i] is not (' ' or '\t' or '-' or '\'' or '’' or '.' or '\u00a0')) return false;
        return true;
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "prof", "jr", "sr",
        "inc", "ltd", "co", "corp", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>
    /// Sentences: ends at '.', '!' or '?' (with any closing quote) before whitespace and a capital,
    /// digit or opening quote, unless the period closes an abbreviation or an initial ("U.S.");
    /// a line break always ends one.
    /// </summary>
    public static IReadOnlyList<Span> Sentences(string text)
    {
        var spans = new List<Span>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = -1;
            if (c == '\n') end = i;
            else if (c is '.' or '!' or '?')
            {
                var j = i + 1;
                while (j < text.Length && text[j] is '"' or '”' or '’' or '\'' or ')') j++;
                var k = j;
                while (k < text.Length && text[k] is ' ' or '\t') k++;
                var atEnd = k >= text.Length || text[k] == '\n';
                var nextStarts = k > j && k < text.Length && (char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '"' or '“' or '‘' or '\'');
                if ((atEnd || nextStarts) && !(c == '.' && ClosesAbbreviation(text, i))) { end = j; i = j - 1; }
            }
            if (end < 0) continue;
            Add(spans, text, start, end);
            start = end;
        }
        Add(spans, text, start, text.Length);
        return spans;
    }

    private static bool ClosesAbbreviation(string text, int period)
    {
        var s = period;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        var word = text[s..period];
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }

    private static void Add(List<Span> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(new Span(start, end));
    }

    /// <summary>
    /// Where clauses start inside a sentence: after a subordinator ("that", "even as", "after",
    /// "while", "which", …), ", and" (a second main clause) or a semicolon. A subject is looked for only in the trigger's clause.
    /// </summary>
    [GeneratedRegex(@"\b(?:that|which|who|whom|whose|while|whereas|but|because|although|though|even as|after|before|when|where|since|if|unless|until)\b|,\s+(?:and|or|so|yet)\b|[;:“”""]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    /// <summary>The clause of the sentence holding [triggerStart, triggerEnd): breaks inside the trigger do not count.</summary>
    public static Span ClauseOf(string text, Span sentence, int triggerStart, int triggerEnd)
    {
        var start = sentence.Start;
        var end = sentence.End;
        foreach (Match m in ClauseBreak().Matches(text[sentence.Start..sentence.End]))
        {
            var s = sentence.Start + m.Index;
            var e = s + m.Length;
            if (e <= triggerStart) start = Math.Max(start, e);
            else if (s >= triggerEnd) { end = s; break; }
        }
        return new Span(start, end);
    }

    /// <summary>
    /// A wire-style dateline opening a sentence: "WASHINGTON, Oct 10 - ", "NEW DELHI (Reuters) — ",
    /// "BRUSSELS: ". The place it names is where the story was filed, not an actor of the sentence.
    /// Capitals only, so "US President …" is not one.
    /// </summary>
    [GeneratedRegex(@"\G[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))?(?: ?\([^)\n]{1,40}\))? ?[-–—:]+ ", RegexOptions.CultureInvariant)]
    public static partial Regex Dateline();

    /// <summary>The sentence without its dateline, if it opens with one.</summary>
    public static Span WithoutDateline(string text, Span sentence)
    {
        var m = Dateline().Match(text, sentence.Start);
        return m.Success && m.Index + m.Length < sentence.End ? new Span(m.Index + m.Length, sentence.End) : sentence;
    }

    /// <summary>A pronoun standing for the clause's actor: then the first named entity is not it.</summary>
    [GeneratedRegex(@"\b(?:he|she|it|its|they|their|his|her|them|we|our|i)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Pronoun();

    /// <summary>Words that make a sentence reported speech (citation stance REPORTS).</summary>
    [GeneratedRegex(@"\b(?:said|says|say|stated|states|told|added|reported|reportedly|according to|claimed|claims|alleged|announced that)\b|[“”""]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Reporting();

    /// <summary>A lowercase ASCII slug for ids ("Lin Jian" → "lin-jian"): accents dropped, other characters as '-'.</summary>
    public static string Slug(string name)
    {
        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        var chars = new System.Text.StringBuilder();
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’') continue;
            chars.Append(c < 128 && char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        var slug = MultipleDashes().Replace(chars.ToString(), "-").Trim('-');
        return slug.Length > 100 ? slug[..100].TrimEnd('-') : slug;
    }

    [GeneratedRegex("-{2,}")]
    private static partial Regex MultipleDashes();
}
