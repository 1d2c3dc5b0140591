using System.Text;

namespace GeoGraph.Core.Bundles;

/// <summary>
/// For a quote that does not occur verbatim: the passage of the text it most resembles and what
/// differs — the usual ways a copied quote goes wrong: straight against curly apostrophes and
/// quotation marks, kinds of dash, whitespace, case, and a word missing, added or changed.
/// Words (runs of letters and digits) and punctuation marks (one token each) are aligned by an
/// approximate substring match (Sellers' edit distance with a free start and end in the text),
/// comparing tokens with typographic variants and case folded away; the folded-away differences
/// are then named one by one.
/// </summary>
public static class ClosestPassage
{
    /// <summary>Quote words the passage must share before it is offered as "closest": at least half.</summary>
    private const double MinShared = 0.5;

    private const int MaxDifferences = 5;
    private const int MaxShown = 240;

    /// <summary>
    /// "; the closest passage, at 120–160, is "…"; it differs by: …", or a sentence saying that
    /// nothing in the text comes close. Appended to the "does not occur verbatim" message.
    /// </summary>
    public static string Describe(string text, string quote)
    {
        var q = Words(quote);
        var t = Words(text);
        if (q.Count == 0 || t.Count == 0) return "; nothing in the text resembles it";
        var steps = Align(q, t);
        var matched = steps.Count(s => s.Kind == StepKind.Same);
        if (matched < Math.Max(1, q.Count * MinShared)) return "; nothing in the text resembles it closely";

        var aligned = steps.Where(s => s.Text >= 0).ToArray();
        var from = t[aligned[0].Text].Start;
        var to = t[aligned[^1].Text].End;
        var differences = Differences(quote, text, q, t, steps).Distinct(StringComparer.Ordinal).ToList();
        if (differences.Count == 0) differences.Add("nothing visible: compare the characters one by one");
        var listed = string.Join("; ", differences.Take(MaxDifferences))
            + (differences.Count > MaxDifferences ? $"; and {differences.Count - MaxDifferences} more" : "");
        return $"; the closest passage, at {from}–{to}, is \"{Shorten(text[from..to])}\"; it differs by {listed}";
    }

    private readonly record struct Word(int Start, int End, string Folded)
    {
        public bool IsWord => char.IsLetterOrDigit(Folded[0]);
    }

    private enum StepKind { Same, Changed, ExtraInQuote, MissingFromQuote }

    /// <summary>One step of the alignment: indexes of the quote word and the text word (-1 when none).</summary>
    private readonly record struct Step(StepKind Kind, int Quote, int Text);

    private static List<Word> Words(string s)
    {
        var words = new List<Word>();
        for (var i = 0; i < s.Length;)
        {
            if (char.IsWhiteSpace(s[i])) { i++; continue; }
            var start = i++;
            if (IsWordChar(s[start]))
                while (i < s.Length && IsWordChar(s[i])) i++;
            words.Add(new Word(start, i, Fold(s.AsSpan(start, i - start))));
        }
        return words;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static string Fold(ReadOnlySpan<char> word)
    {
        var b = new StringBuilder(word.Length);
        foreach (var c in word) b.Append(FoldChar(c));
        return b.ToString();
    }

    /// <summary>One character for each: typographic variants to their ASCII form, letters to lower case.</summary>
    private static char FoldChar(char c) =>
        IsApostrophe(c) ? '\'' : IsDoubleQuote(c) ? '"' : IsDash(c) ? '-' : char.ToLowerInvariant(c);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u02BC' or '\u2032' or '`' or '\u00B4';

    private static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB';

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D';

    /// <summary>
    /// The alignment of the quote's words to the run of text words they match best: a first pass
    /// keeps one column of the edit-distance table to find where the best match ends, a second
    /// fills the table over a window ending there (at most twice the quote's length) to trace it back.
    /// </summary>
    private static List<Step> Align(List<Word> q, List<Word> t)
    {
        var m = q.Count;
        var column = new int[m + 1];
        var next = new int[m + 1];
        for (var i = 0; i <= m; i++) column[i] = i;
        int best = m, bestEnd = 0;
        var extendable = false;
        for (var j = 1; j <= t.Count; j++)
        {
            next[0] = 0;
            for (var i = 1; i <= m; i++)
                next[i] = Math.Min(column[i - 1] + Cost(q[i - 1], t[j - 1]), Math.Min(column[i], next[i - 1]) + 1);
            (column, next) = (next, column);
            if (column[m] < best)
            {
                (best, bestEnd) = (column[m], j);
                extendable = true;
            }
            else if (extendable && column[m] == best && q[m - 1].IsWord && t[j - 1].IsWord)
            {
                // The quote's last word changed ("imports" for "goods") costs what leaving it out does: say it changed.
                bestEnd = j;
                extendable = false;
            }
            else extendable = false;
        }
        if (bestEnd == 0) bestEnd = Math.Min(t.Count, m);

        var offset = Math.Max(0, bestEnd - 2 * m - 2);
        var w = bestEnd - offset;
        var d = new int[m + 1, w + 1];
        for (var i = 0; i <= m; i++) d[i, 0] = i;
        for (var j = 1; j <= w; j++)
            for (var i = 1; i <= m; i++)
                d[i, j] = Math.Min(d[i - 1, j - 1] + Cost(q[i - 1], t[offset + j - 1]), Math.Min(d[i - 1, j], d[i, j - 1]) + 1);

        var steps = new List<Step>();
        for (int i = m, j = w; i > 0;)
        {
            var same = j > 0 && q[i - 1].Folded == t[offset + j - 1].Folded;
            if (j > 0 && d[i, j] == d[i - 1, j - 1] + Cost(q[i - 1], t[offset + j - 1]))
            {
                steps.Add(new Step(same ? StepKind.Same : StepKind.Changed, i - 1, offset + j - 1));
                i--; j--;
            }
            else if (d[i, j] == d[i - 1, j] + 1 || j == 0)
            {
                steps.Add(new Step(StepKind.ExtraInQuote, i - 1, -1));
                i--;
            }
            else
            {
                steps.Add(new Step(StepKind.MissingFromQuote, -1, offset + j - 1));
                j--;
            }
        }
        steps.Reverse();
        // Text words before the first quote word are not part of the passage (the start is free).
        return steps.SkipWhile(s => s.Kind == StepKind.MissingFromQuote).ToList();
    }

    /// <summary>Equal tokens cost nothing; a word for a word, or a mark for a mark, one edit; a word for a mark never beats leaving both out.</summary>
    private static int Cost(Word quote, Word text) => quote.Folded == text.Folded ? 0 : quote.IsWord == text.IsWord ? 1 : 2;

    private static IEnumerable<string> Differences(string quote, string text, List<Word> q, List<Word> t, List<Step> steps)
    {
        Step? previous = null;
        foreach (var step in steps)
        {
            switch (step.Kind)
            {
                case StepKind.Same:
                    foreach (var d in CharacterDifferences(Slice(quote, q[step.Quote]), Slice(text, t[step.Text]))) yield return d;
                    if (previous is { Kind: StepKind.Same } p && p.Text == step.Text - 1 && p.Quote == step.Quote - 1)
                    {
                        var quoteGap = quote[q[p.Quote].End..q[step.Quote].Start];
                        var textGap = text[t[p.Text].End..t[step.Text].Start];
                        if (quoteGap != textGap)
                            yield return $"whitespace: the text has {Space(textGap)} between \"{Slice(text, t[p.Text])}\" and \"{Slice(text, t[step.Text])}\" where the quote has {Space(quoteGap)}";
                    }
                    break;
                case StepKind.Changed:
                    yield return $"a different {What(q[step.Quote])}: the text has \"{Slice(text, t[step.Text])}\" where the quote has \"{Slice(quote, q[step.Quote])}\"";
                    break;
                case StepKind.ExtraInQuote:
                    yield return $"an extra {What(q[step.Quote])}: the quote has \"{Slice(quote, q[step.Quote])}\", which the text does not";
                    break;
                case StepKind.MissingFromQuote:
                    var after = step.Text > 0 ? $" after \"{Slice(text, t[step.Text - 1])}\"" : "";
                    yield return $"a missing {What(t[step.Text])}: the text has \"{Slice(text, t[step.Text])}\"{after}, which the quote leaves out";
                    break;
            }
            previous = step;
        }
    }

    /// <summary>Two words equal once folded: name each character that differs by its kind.</summary>
    private static IEnumerable<string> CharacterDifferences(string quoteWord, string textWord)
    {
        var caseDiffers = false;
        for (var i = 0; i < quoteWord.Length && i < textWord.Length; i++)
        {
            char a = quoteWord[i], b = textWord[i];
            if (a == b) continue;
            if (IsApostrophe(a) && IsApostrophe(b)) yield return $"apostrophe: the text has {Name(b)} where the quote has {Name(a)}";
            else if (IsDoubleQuote(a) && IsDoubleQuote(b)) yield return $"quotation mark: the text has {Name(b)} where the quote has {Name(a)}";
            else if (IsDash(a) && IsDash(b)) yield return $"dash: the text has {Name(b)} where the quote has {Name(a)}";
            else caseDiffers = true;
        }
        if (caseDiffers) yield return $"case: the text has \"{textWord}\" where the quote has \"{quoteWord}\"";
    }

    private static string Name(char c) => c switch
    {
        '\'' => "a straight apostrophe (')",
        '\u2019' => "a curly apostrophe (’)",
        '\u2018' => "a left single quotation mark (‘)",
        '"' => "a straight quotation mark (\")",
        '\u201C' => "a left curly quotation mark (“)",
        '\u201D' => "a right curly quotation mark (”)",
        '-' => "a hyphen-minus (-)",
        '\u2013' => "an en dash (–)",
        '\u2014' => "an em dash (—)",
        '\u2212' => "a minus sign (−)",
        _ => $"U+{(int)c:X4} ({c})",
    };

    private static string Space(string gap) =>
        gap.Contains('\n') ? "a line break"
        : gap == " " ? "a space"
        : gap.All(c => c == ' ') ? $"{gap.Length} spaces"
        : string.Join(" and ", gap.Select(c => c == ' ' ? "a space" : c == '\t' ? "a tab" : c == '\u00A0' ? "a no-break space (U+00A0)" : $"U+{(int)c:X4}"));

    private static string What(Word w) => w.IsWord ? "word" : "mark";

    private static string Slice(string s, Word w) => s[w.Start..w.End];

    private static string Shorten(string passage) =>
        passage.Length <= MaxShown ? passage : passage[..(MaxShown / 2)] + " … " + passage[^(MaxShown / 2)..];
}
