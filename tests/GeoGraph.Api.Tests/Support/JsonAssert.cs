using System.Text.Json;
using System.Text.Json.Nodes;

namespace GeoGraph.Api.Tests.Support;

/// <summary>Compares an answer with the expected JSON, showing both when they differ.</summary>
public static class JsonAssert
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Equal(string expected, JsonNode? actual)
    {
        var want = JsonNode.Parse(expected);
        Assert.True(JsonNode.DeepEquals(want, actual),
            $"expected:\n{want?.ToJsonString(Indented)}\nactual:\n{actual?.ToJsonString(Indented)}");
    }

    /// <summary>The string values of <paramref name="property"/> in each element of an array.</summary>
    public static string[] Strings(JsonNode? array, Func<JsonNode, JsonNode?> property) =>
        array!.AsArray().Select(e => property(e!)!.GetValue<string>()).ToArray();

    /// <summary>Only these properties of an object, to compare the part of an answer a test is about.</summary>
    public static JsonObject Pick(JsonNode? node, params string[] keys) =>
        new(keys.Select(k => KeyValuePair.Create(k, node![k]?.DeepClone())));

    /// <summary>The nodes of a Relay connection's edges.</summary>
    public static JsonNode[] Nodes(JsonNode? connection) =>
        connection!["edges"]!.AsArray().Select(e => e!["node"]!).ToArray();
}
