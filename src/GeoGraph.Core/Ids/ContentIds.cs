using System.Security.Cryptography;
using System.Text;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Ids;

/// <summary>
/// Ids derived from content, so the same article or the same fact always gets the same id and
/// ingesting it again is a no-op.
/// </summary>
public static class ContentIds
{
    public const string ArticlePrefix = "article:";
    public const string RelationPrefix = "rel:";

    public static bool IsArticleId(string? id) => IsHashId(id, ArticlePrefix);

    public static bool IsRelationId(string? id) => IsHashId(id, RelationPrefix);

    /// <summary>"article:" + the first 16 hex digits of the SHA-256 of the normalised text.</summary>
    public static string ForArticle(string textSha256) => ArticlePrefix + textSha256[..16];

    /// <summary>
    /// "rel:" + the first 16 hex digits of the SHA-256 of (type, subject, object, qualifiers sorted
    /// by key, validFrom, validTo). Fields are joined with U+001F, which input validation refuses,
    /// so no two different facts serialise alike.
    /// </summary>
    public static string ForRelation(
        string type, string subjectId, string objectId, IEnumerable<Qualifier> qualifiers,
        PartialDate? validFrom, PartialDate? validTo)
    {
        const char Sep = '\u001f';
        var sb = new StringBuilder();
        sb.Append(type).Append(Sep).Append(subjectId).Append(Sep).Append(objectId);
        foreach (var q in qualifiers.OrderBy(q => q.Key, StringComparer.Ordinal))
            sb.Append(Sep).Append(q.Key).Append('=').Append(q.Value);
        sb.Append(Sep).Append(Format(validFrom)).Append(Sep).Append(Format(validTo));
        return RelationPrefix + Sha256Hex(sb.ToString())[..16];
    }

    public static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Format(PartialDate? date) =>
        date is { } d ? d.ToString() + "/" + d.Precision.ToString().ToLowerInvariant() : "";

    private static bool IsHashId(string? id, string prefix) =>
        id is not null && id.Length == prefix.Length + 16 && id.StartsWith(prefix, StringComparison.Ordinal)
        && id.AsSpan(prefix.Length).ContainsAnyExcept("0123456789abcdef") == false;
}
