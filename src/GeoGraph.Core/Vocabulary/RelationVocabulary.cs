using System.Text.Json;
using System.Text.Json.Serialization;
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
        var file = JsonSerializer.Deserialize<VocabularyFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("relation-types.json is empty");
        return new RelationVocabulary(file.Types.Select(t => new RelationType(
            t.Type, t.SubjectKinds, t.ObjectKinds, t.Phrase, t.Cameo, t.Description)));
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    private sealed record VocabularyFile(List<TypeEntry> Types);

    private sealed record TypeEntry(
        string Type, List<NodeKind> SubjectKinds, List<NodeKind> ObjectKinds, string Phrase, string? Cameo, string Description);
}
