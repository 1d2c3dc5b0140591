using System.Text.Json;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Countries;

/// <summary>The committed ISO 3166-1 list (iso3166-1.json, which names its source and licence).</summary>
public sealed class CountryCatalog
{
    private readonly Dictionary<string, Country> _byAlpha2;

    private CountryCatalog(IReadOnlyList<Country> countries)
    {
        All = countries;
        _byAlpha2 = countries.ToDictionary(c => c.Alpha2, StringComparer.Ordinal);
    }

    public IReadOnlyList<Country> All { get; }

    public static CountryCatalog Default { get; } = Load();

    public Country? FindByAlpha2(string alpha2) => _byAlpha2.GetValueOrDefault(alpha2);

    /// <summary>The country a node id names, e.g. country:CN, or null.</summary>
    public Country? FindByNodeId(string id) =>
        id.StartsWith("country:", StringComparison.Ordinal) ? FindByAlpha2(id["country:".Length..]) : null;

    /// <summary>Every country as a graph node: name, alpha-3 and capital as aliases, ISO codes as external ids.</summary>
    public IEnumerable<Node> ToNodes(DateTimeOffset recordedAt) => All.Select(c => new Node(
        NodeIds.ForCountry(c.Alpha2),
        NodeKind.Country,
        c.Name,
        new[] { c.Alpha3, c.Capital }.OfType<string>().ToArray(),
        c.UserAssigned ? $"ISO 3166-1 user-assigned code {c.Alpha2}" : $"ISO 3166-1 {c.Alpha2} / {c.Alpha3}",
        recordedAt) { ExternalIds = ExternalIdSchemes.CatalogCodes(c) });

    private static CountryCatalog Load()
    {
        using var stream = typeof(CountryCatalog).Assembly.GetManifestResourceStream("GeoGraph.Core.Countries.iso3166-1.json")
            ?? throw new InvalidOperationException("iso3166-1.json is not embedded");
        using var doc = JsonDocument.Parse(stream);
        var countries = doc.RootElement.GetProperty("countries").EnumerateArray().Select(c => new Country(
            c.GetProperty("alpha2").GetString()!,
            c.GetProperty("alpha3").GetString()!,
            c.TryGetProperty("numeric", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null,
            c.GetProperty("name").GetString()!,
            c.TryGetProperty("capital", out var cap) && cap.ValueKind == JsonValueKind.String ? cap.GetString() : null,
            c.TryGetProperty("userAssigned", out var u) && u.ValueKind == JsonValueKind.True)).ToArray();
        return new CountryCatalog(countries);
    }
}
