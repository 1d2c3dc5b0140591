using System.Security.Cryptography;
using System.Text;
using GeoGraph.Core.Model;
using GeoGraph.Core.Vocabulary;

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
    /// "rel:" + the first 16 hex digits of the SHA-256 of (type, subject, object, the qualifiers
    /// that identify the fact sorted by key, validFrom, validTo). Qualifiers the vocabulary says
    /// only describe the fact (<see cref="RelationType.Identifies"/>) are left out, so two sources
    /// wording the same fact differently cite one relation. Fields are joined with U+001F, which
    /// input validation refuses, so no two different facts serialise alike. Every relation id is
    /// computed here: ingestion, the stores' re-keying migrations and entity merges.
    /// </summary>
    public static string ForRelation(
        RelationVocabulary vocabulary, string type, string subjectId, string objectId, IEnumerable<Qualifier> qualifiers,
        PartialDate? validFrom, PartialDate? validTo)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        const char Sep = '\u001f';
        var sb = new StringBuilder();
        sb.Append(type).Append(Sep).Append(subjectId).Append(Sep).Append(objectId);
        foreach (var q in qualifiers.Where(q => vocabulary.Identifies(type, q.Key)).OrderBy(q => q.Key, StringComparer.Ordinal))
            sb.Append(Sep).Append(q.Key).Append('=').Append(q.Value);
        sb.Append(Sep).Append(Format(validFrom)).Append(Sep).Append(Format(validTo));
        return RelationPrefix + Sha256Hex(sb.ToString())[..16];
    }

    /// <summary>The id <paramref name="relation"/>'s content gets under the rule above (whatever id it carries now).</summary>
    public static string ForRelation(RelationVocabulary vocabulary, Relation relation) =>
        ForRelation(vocabulary, relation.Type, relation.SubjectId, relation.ObjectId, relation.Qualifiers, relation.ValidFrom, relation.ValidTo);

    public static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Format(PartialDate? date) =>
        date is { } d ? d.ToString() + "/" + d.Precision.ToString().ToLowerInvariant() : "";

    private static bool IsHashId(string? id, string prefix) =>
        id is not null && id.Length == prefix.Length + 16 && id.StartsWith(prefix, StringComparison.Ordinal)
        && id.AsSpan(prefix.Length).ContainsAnyExcept("0123456789abcdef") == false;
}
