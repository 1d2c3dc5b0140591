using System.Text.Json;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Vocabulary;

/// <summary>
/// The controlled vocabulary of relation types, loaded from the committed relation-types.json.
/// Relationship types in Cypher are taken only from here, never from user input.
/// </summary>
public sealed class RelationVocabulary
{
    private readonly Dictionary<string, RelationType> _byType;

    public RelationVocabulary(IEnumerable<RelationType> types)
    {
        All = types.OrderBy(t => t.Type, StringComparer.Ordinal).ToArray();
        _byType = All.ToDictionary(t => t.Type, StringComparer.Ordinal);
    }

    public IReadOnlyList<RelationType> All { get; }

    public RelationType? Find(string? type) => type is not null && _byType.TryGetValue(type, out var t) ? t : null;

    public static RelationVocabulary Default { get; } = Load();

    private static RelationVocabulary Load()
    {
        using var stream = typeof(RelationVocabulary).Assembly.GetManifestResourceStream("GeoGraph.Core.Vocabulary.relation-types.json")
            ?? throw new InvalidOperationException("relation-types.json is not embedded");
        using var doc = JsonDocument.Parse(stream);
        return new RelationVocabulary(doc.RootElement.GetProperty("types").EnumerateArray().Select(t => new RelationType(
            t.GetProperty("type").GetString()!,
            Kinds(t.GetProperty("subjectKinds")),
            Kinds(t.GetProperty("objectKinds")),
            t.GetProperty("phrase").GetString()!,
            t.GetProperty("cameo").ValueKind == JsonValueKind.String ? t.GetProperty("cameo").GetString() : null,
            t.GetProperty("description").GetString()!)
        {
            IdentifyingQualifiers = QualifierKeys(t, "identifying"),
            DescribingQualifiers = QualifierKeys(t, "describing"),
        }));
    }

    /// <summary>Whether the qualifier key identifies a fact of this type (unknown types and unlisted keys do).</summary>
    public bool Identifies(string type, string key) => Find(type)?.Identifies(key) ?? true;

    private static string[] QualifierKeys(JsonElement type, string role) =>
        type.TryGetProperty("qualifierKeys", out var keys) && keys.TryGetProperty(role, out var list)
            ? list.EnumerateArray().Select(k => k.GetString()!).ToArray()
            : [];

    private static NodeKind[] Kinds(JsonElement kinds) =>
        kinds.EnumerateArray().Select(k => Enum.Parse<NodeKind>(k.GetString()!, ignoreCase: true)).ToArray();
}
