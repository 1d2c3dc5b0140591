namespace GeoGraph.Core.Model;

/// <summary>
/// A quote in its sentence: the text of the sentence before the quote, the quote as it stands in
/// the article, and the rest of the sentence. Readers see what was said around the words cited.
/// </summary>
public sealed record QuoteContext(string Before, string Quote, string After)
{
    /// <summary>The most context taken on either side, so a text without sentence ends stays short.</summary>
    public const int MaxSide = 300;

    /// <summary>
    /// The sentence (or sentences) holding <c>text[start..end)</c>: back to the previous sentence
    /// end or line break, forward to the next. Null when the offsets do not lie within the text.
    /// </summary>
    public static QuoteContext? Of(string text, int start, int end)
    {
        if (start < 0 || end < start || end > text.Length) return null;
        var from = start;
        while (from > 0 && start - from < MaxSide && !EndsSentence(text, from - 1)) from--;
        var to = end;
        while (to < text.Length && to - end < MaxSide && (to == 0 || !EndsSentence(text, to - 1))) to++;
        return new QuoteContext(text[from..start].TrimStart(), text[start..end], text[end..to].TrimEnd());
    }

    /// <summary>A line break, or sentence punctuation (perhaps inside a closing quote mark) followed by white space.</summary>
    private static bool EndsSentence(string text, int i)
    {
        if (text[i] == '\n') return true;
        var ends = IsTerminal(text[i]) || text[i] is '"' or '\u201D' or '\u2019' or ')' && i > 0 && IsTerminal(text[i - 1]);
        return ends && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?';
}
