using System.Text.Json.Nodes;
using GeoGraph.Core.Bundles;
using Json.Schema;

namespace GeoGraph.Core.Tests.Support;

/// <summary>The committed geograph-bundle/1 JSON Schema, as embedded in GeoGraph.Core.</summary>
internal static class BundleSchema
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(Embedded("GeoGraph.Core.Bundles.geograph-bundle-1.schema.json"));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static string SeedJson() => Embedded("GeoGraph.Core.Seed.seed-bundle.json");

    public static EvaluationResults Evaluate(JsonNode? bundle) => Schema.Evaluate(bundle, Options);

    /// <summary>
    /// JSON Pointers of the instance locations that failed, with their messages; failures inside an
    /// "if" only choose a branch, so they are left out.
    /// </summary>
    public static IReadOnlyList<string> Errors(EvaluationResults results) =>
        results.IsValid ? [] : (results.Details.Count > 0 ? results.Details : [results])
            .Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/if", StringComparison.Ordinal))
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToArray();

    private static string Embedded(string name)
    {
        using var stream = typeof(Bundle).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in GeoGraph.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
