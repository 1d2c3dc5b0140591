using System.Text;

namespace GeoGraph.Core.Storage;

/// <summary>
/// How names, aliases, titles and searches are compared: NFC, then lower case (invariant), so
/// "Beijing", "BEIJING" and a decomposed "Beijing" all meet. Stores index these keys and compare
/// them ordinally; ranking (exact, prefix, contains) is on keys.
/// </summary>
public static class SearchKeys
{
    public static string Of(string text) => text.Normalize(NormalizationForm.FormC).ToLowerInvariant();

    /// <summary>A search string's key (trimmed), or null when there is nothing to search for.</summary>
    public static string? ForSearch(string? search) =>
        string.IsNullOrWhiteSpace(search) ? null : Of(search.Trim());

    /// <summary>A node's alias keys as stored: each once, in alias order.</summary>
    public static string[] OfAliases(IEnumerable<string> aliases) => aliases.Select(Of).Distinct(StringComparer.Ordinal).ToArray();
}
