using System.Text.Json;
using GeoGraph.Core.Errors;

namespace GeoGraph.Core.Bundles;

/// <summary>Reads and writes bundles as JSON (camelCase, the schema's property names).</summary>
public static class BundleJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Bundle Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Bundle>(json, Options)
                ?? throw GeoGraphException.Validation("bundle", "the bundle is empty");
        }
        catch (JsonException e)
        {
            throw GeoGraphException.Validation(e.Path is { Length: > 1 } p ? p.TrimStart('$', '.') : "bundle", "malformed bundle JSON: " + e.Message);
        }
    }

    public static string Write(Bundle bundle) => JsonSerializer.Serialize(bundle, Options);
}
