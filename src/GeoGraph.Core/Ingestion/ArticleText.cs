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
        text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n").Replace('\r', '\n').Trim();
}
