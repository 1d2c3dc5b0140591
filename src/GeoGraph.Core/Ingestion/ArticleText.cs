using System.Text;

namespace GeoGraph.Core.Ingestion;

/// <summary>
/// The one normal form of an article's text: Unicode NFC, LF line endings, trimmed. Ids, hashes,
/// lengths and quote offsets all refer to this form.
/// </summary>
public static class ArticleText
{
    public const int MaxLength = 200_000;

    public static string Normalize(string text) =>
        Nfc(text).Replace("\r\n", "\n").Replace('\r', '\n').Trim();

    /// <summary>A quote in the form it is compared and stored in: NFC, like the text it cites.</summary>
    public static string NormalizeQuote(string quote) => Nfc(quote);

    /// <summary>
    /// NFC, or the string unchanged when it is not well-formed UTF-16 (a lone surrogate), which
    /// normalisation cannot handle; validation refuses such strings with a clear error.
    /// </summary>
    public static string Nfc(string s) => IsWellFormed(s) ? s.Normalize(NormalizationForm.FormC) : s;

    /// <summary>False when the string holds a lone (unpaired) UTF-16 surrogate.</summary>
    public static bool IsWellFormed(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return false;
        }
        return true;
    }
}
