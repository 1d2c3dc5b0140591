using System.Text.Json;
using System.Text.Json.Serialization;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// How every store keeps a relation's qualifiers whole: one JSON array of
/// <c>{key, value, number?, unit?, entity?}</c> in key order (a column in SQLite, a property in Neo4j).
/// </summary>
public static class QualifierJson
{
    private sealed record StoredQualifier(string Key, string Value, double? Number, string? Unit, string? Entity);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(IReadOnlyList<Qualifier> qualifiers) =>
        JsonSerializer.Serialize(qualifiers.Select(q => new StoredQualifier(q.Key, q.Value, q.Number, q.Unit, q.EntityId)), Json);

    public static IReadOnlyList<Qualifier> Read(string json) =>
        (JsonSerializer.Deserialize<StoredQualifier[]>(json, Json) ?? [])
        .Select(q => new Qualifier(q.Key, q.Value, q.Number, q.Unit, q.Entity)).ToArray();
}
