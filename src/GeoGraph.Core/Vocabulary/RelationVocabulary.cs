using System.Text.Json;
using System.Text.RegularExpressions;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Vocabulary;

/// <summary>
/// The controlled vocabulary of relation types: the committed relation-types.json, plus the
/// deployment's own types when <c>Vocabulary:Path</c> names a file of the same format. Relationship
/// types in Cypher are taken only from here, never from user input.
/// </summary>
public sealed partial class RelationVocabulary
{
    /// <summary>The configuration key naming a deployment's vocabulary file.</summary>
    public const string PathKey = "Vocabulary:Path";

    private readonly Dictionary<string, RelationType> _byType;

    public RelationVocabulary(IEnumerable<RelationType> types)
    {
        All = types.OrderBy(t => t.Type, StringComparer.Ordinal).ToArray();
        _byType = All.ToDictionary(t => t.Type, StringComparer.Ordinal);
    }

    public IReadOnlyList<RelationType> All { get; }

    public RelationType? Find(string? type) => type is not null && _byType.TryGetValue(type, out var t) ? t : null;

    /// <summary>The built-in vocabulary (relation-types.json, embedded).</summary>
    public static RelationVocabulary Default { get; } = LoadBuiltIn();

    /// <summary>
    /// The built-in types plus those of the deployment file at <paramref name="path"/> (none when
    /// null or blank). A file that cannot be read or breaks a rule throws
    /// <see cref="InvalidVocabularyException"/> with one line naming the file, the type and the rule.
    /// </summary>
    public static RelationVocabulary WithDeploymentFile(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return Default;
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InvalidVocabularyException($"{PathKey} '{path}' cannot be read: {e.Message}");
        }
        var added = Parse(json, VocabularySource.Deployment, $"{PathKey} '{path}'");
        foreach (var t in added)
            if (Default.Find(t.Type) is not null)
                throw new InvalidVocabularyException($"{PathKey} '{path}': type {t.Type} is already built in; choose another name");
        return new RelationVocabulary(Default.All.Concat(added));
    }

    /// <summary>
    /// The types of a vocabulary document (<c>{"types": [{type, subjectKinds, objectKinds, phrase,
    /// cameo, description, plover}, …]}</c>), each checked: an UPPER_SNAKE name used once, known
    /// node kinds, a phrase and a description, a CAMEO code of 2–4 digits or null, a PLOVER category
    /// or null (the key must be present: null says "not an event" on purpose).
    /// </summary>
    public static IReadOnlyList<RelationType> Parse(string json, VocabularySource source, string origin)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidVocabularyException($"{origin} is not valid JSON: {e.Message}");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("types", out var types) || types.ValueKind != JsonValueKind.Array)
                throw new InvalidVocabularyException($"{origin} must be an object with a \"types\" array");
            var result = new List<RelationType>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var t in types.EnumerateArray())
            {
                var at = $"{origin}: types[{i++}]";
                if (t.ValueKind != JsonValueKind.Object) throw new InvalidVocabularyException($"{at} must be an object");
                var name = RequiredString(t, "type", at);
                if (!TypeName().IsMatch(name))
                    throw new InvalidVocabularyException($"{at}: type '{name}' must be UPPER_SNAKE (A–Z, 0–9, '_', starting with a letter, at most 60 characters)");
                at = $"{origin}: type {name}";
                if (!seen.Add(name)) throw new InvalidVocabularyException($"{at} is defined twice");
                var type = new RelationType(name, Kinds(t, "subjectKinds", at), Kinds(t, "objectKinds", at),
                    RequiredString(t, "phrase", at), OptionalString(t, "cameo", at), RequiredString(t, "description", at))
                {
                    Plover = OptionalString(t, "plover", at),
                    Source = source,
                    IdentifyingQualifiers = QualifierKeys(t, "identifying", at),
                    DescribingQualifiers = QualifierKeys(t, "describing", at),
                };
                if (type.Cameo is { } cameo && !CameoCode().IsMatch(cameo))
                    throw new InvalidVocabularyException($"{at}: cameo '{cameo}' must be a CAMEO code of 2–4 digits, or null");
                if (type.Plover is { } plover && !PloverCategories.IsKnown(plover))
                    throw new InvalidVocabularyException($"{at}: plover '{plover}' is not a PLOVER category ({string.Join(", ", PloverCategories.All)}), or null");
                result.Add(type);
            }
            return result;
        }
    }

    private static RelationVocabulary LoadBuiltIn()
    {
        using var stream = typeof(RelationVocabulary).Assembly.GetManifestResourceStream("GeoGraph.Core.Vocabulary.relation-types.json")
            ?? throw new InvalidOperationException("relation-types.json is not embedded");
        using var reader = new StreamReader(stream);
        return new RelationVocabulary(Parse(reader.ReadToEnd(), VocabularySource.BuiltIn, "relation-types.json"));
    }

    /// <summary>Whether the qualifier key identifies a fact of this type (unknown types and unlisted keys do).</summary>
    public bool Identifies(string type, string key) => Find(type)?.Identifies(key) ?? true;

    /// <summary>A type's "qualifierKeys": {"identifying": [...], "describing": [...]} (absent: every key identifies).</summary>
    private static string[] QualifierKeys(JsonElement type, string role, string at)
    {
        if (!type.TryGetProperty("qualifierKeys", out var keys)) return [];
        if (keys.ValueKind != JsonValueKind.Object) throw new InvalidVocabularyException($"{at}: \"qualifierKeys\" must be an object with \"identifying\" and \"describing\" arrays");
        if (!keys.TryGetProperty(role, out var list)) return [];
        if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(k => k.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(k.GetString())))
            throw new InvalidVocabularyException($"{at}: qualifierKeys.{role} must be an array of qualifier keys");
        return list.EnumerateArray().Select(k => k.GetString()!).ToArray();
    }

    private static string RequiredString(JsonElement t, string key, string at) =>
        t.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim().Length > 0 ? v.GetString()!
            : throw new InvalidVocabularyException($"{at}: \"{key}\" must be a non-empty string");

    private static string? OptionalString(JsonElement t, string key, string at) =>
        !t.TryGetProperty(key, out var v) ? throw new InvalidVocabularyException($"{at}: \"{key}\" is missing (write null when none fits)")
        : v.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => v.GetString(),
            _ => throw new InvalidVocabularyException($"{at}: \"{key}\" must be a string or null"),
        };

    private static NodeKind[] Kinds(JsonElement t, string key, string at)
    {
        var names = Enum.GetValues<NodeKind>().ToDictionary(KindNames.Of, k => k, StringComparer.Ordinal);
        if (!t.TryGetProperty(key, out var kinds) || kinds.ValueKind != JsonValueKind.Array || kinds.GetArrayLength() == 0)
            throw new InvalidVocabularyException($"{at}: \"{key}\" must be a non-empty array of node kinds ({string.Join(", ", names.Keys)})");
        return kinds.EnumerateArray().Select(k => k.ValueKind == JsonValueKind.String && names.TryGetValue(k.GetString()!, out var kind) ? kind
            : throw new InvalidVocabularyException($"{at}: {key} holds {k.GetRawText()}, not a node kind ({string.Join(", ", names.Keys)})"))
            .Distinct().ToArray();
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,59}\\z")]
    private static partial Regex TypeName();

    [GeneratedRegex("^[0-9]{2,4}\\z")]
    private static partial Regex CameoCode();
}

/// <summary>A vocabulary file that breaks a rule: the API and the CLI refuse to start, printing <see cref="Exception.Message"/> (one line).</summary>
public sealed class InvalidVocabularyException(string message) : Exception(message);
