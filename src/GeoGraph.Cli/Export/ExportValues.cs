using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Cli.Export;

/// <summary>How GraphML and CSV spell values: ISO 8601 instants and dates, invariant numbers, JSON for lists.</summary>
public static class ExportValues
{
    public static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? Instant(DateTimeOffset? t) => t?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    public static string Number(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string? Precision(PartialDate? d) => d?.Precision.ToString().ToUpperInvariant();

    public static string Json(IEnumerable<string> values) => JsonSerializer.Serialize(values, JsonOptions);

    /// <summary>Qualifiers as the stores keep them: a JSON array of {key, value, number, unit, entity}.</summary>
    public static string Qualifiers(IReadOnlyList<Qualifier> qualifiers) => QualifierJson.Write(qualifiers);
}
