using System.Text.RegularExpressions;
using GeoGraph.Core.Countries;

namespace GeoGraph.Core.Model;

/// <summary>
/// An entity's id in another system (<c>wikidata: Q148</c>), so records from other tools resolve
/// to GeoGraph's entity. An entity holds at most one id per scheme.
/// </summary>
public sealed record ExternalId(string Scheme, string Id)
{
    /// <summary>"scheme:id", as external ids are looked up and indexed.</summary>
    public string Key => $"{Scheme}:{Id}";
}

/// <summary>
/// The external-id schemes GeoGraph knows, what a valid id of each looks like and which kinds may
/// carry it; and the ISO 3166-1 codes every country carries, from the country catalog.
/// </summary>
public static partial class ExternalIdSchemes
{
    public const string Wikidata = "wikidata";
    public const string GeoNames = "geonames";
    public const string Lei = "lei";
    public const string IsoAlpha2 = "iso3166-alpha2";
    public const string IsoAlpha3 = "iso3166-alpha3";

    private sealed record Scheme(Regex Pattern, string Format, NodeKind[]? Kinds);

    private static readonly NodeKind[] Entities = [NodeKind.Country, NodeKind.Person, NodeKind.Organization, NodeKind.Commodity, NodeKind.Event];

    private static readonly Dictionary<string, Scheme> Known = new(StringComparer.Ordinal)
    {
        [Wikidata] = new(WikidataPattern(), "a Wikidata item id: Q and digits, e.g. Q148", Entities),
        [GeoNames] = new(GeoNamesPattern(), "a GeoNames id: digits, e.g. 1814991", [NodeKind.Country]),
        [Lei] = new(LeiPattern(), "an ISO 17442 Legal Entity Identifier: 18 capital letters or digits and 2 check digits", [NodeKind.Organization]),
        [IsoAlpha2] = new(Alpha2Pattern(), "an ISO 3166-1 alpha-2 code, e.g. CN", [NodeKind.Country]),
        [IsoAlpha3] = new(Alpha3Pattern(), "an ISO 3166-1 alpha-3 code, e.g. CHN", [NodeKind.Country]),
    };

    /// <summary>Every known scheme, in ordinal order.</summary>
    public static IReadOnlyList<string> All { get; } = Known.Keys.Order(StringComparer.Ordinal).ToArray();

    public static bool IsKnown(string? scheme) => scheme is not null && Known.ContainsKey(scheme);

    /// <summary>
    /// Why <paramref name="id"/> is not a valid <paramref name="scheme"/> id for the node
    /// <paramref name="nodeId"/>, or null when it is. A country's ISO codes must be the catalog's.
    /// </summary>
    public static string? Problem(string nodeId, NodeKind kind, string scheme, string id, CountryCatalog countries)
    {
        if (!Known.TryGetValue(scheme, out var s))
            return $"'{scheme}' is not a known external-id scheme ({string.Join(", ", All)})";
        if (s.Kinds is { } kinds && !kinds.Contains(kind))
            return $"{scheme} ids belong to {string.Join(" or ", kinds.Select(k => k.ToString().ToUpperInvariant()))} entities, not {kind.ToString().ToUpperInvariant()}";
        if (!s.Pattern.IsMatch(id))
            return $"'{id}' is not {s.Format}";
        if (kind == NodeKind.Country && countries.FindByNodeId(nodeId) is { } country
            && CatalogCodes(country).FirstOrDefault(c => c.Scheme == scheme) is { } expected && expected.Id != id)
            return $"must be {expected.Id}, the ISO 3166-1 code of {nodeId}";
        return null;
    }

    /// <summary>
    /// The external-id keys a search names, for entities(search:): the search trimmed and in capitals
    /// (every scheme's ids are capital letters and digits) under each scheme whose ids have that form
    /// ("q148" → wikidata:Q148; "CHN" → iso3166-alpha3:CHN; "CN" → iso3166-alpha2:CN), or the search
    /// itself when it is a whole key ("wikidata:Q148"). An entity holding one of them is an exact
    /// match: it ranks 0, with the entities whose name or an alias is the search (ties by id).
    /// </summary>
    public static IReadOnlyList<string> KeysSearched(string? search)
    {
        if (string.IsNullOrWhiteSpace(search)) return [];
        var text = search.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && Known.TryGetValue(text[..colon].ToLowerInvariant(), out var named))
        {
            var id = text[(colon + 1)..].ToUpperInvariant();
            return named.Pattern.IsMatch(id) ? [$"{text[..colon].ToLowerInvariant()}:{id}"] : [];
        }
        var upper = text.ToUpperInvariant();
        return All.Where(scheme => Known[scheme].Pattern.IsMatch(upper)).Select(scheme => $"{scheme}:{upper}").ToArray();
    }

    /// <summary>The ISO 3166-1 codes of a country, as external ids.</summary>
    public static IReadOnlyList<ExternalId> CatalogCodes(Country country) =>
        [new ExternalId(IsoAlpha2, country.Alpha2), new ExternalId(IsoAlpha3, country.Alpha3)];

    /// <summary>
    /// External ids in their stored form: one per scheme (the first given wins), ordered by scheme;
    /// for a country, its catalog ISO codes always among them.
    /// </summary>
    public static IReadOnlyList<ExternalId> Complete(string nodeId, IEnumerable<ExternalId> given, CountryCatalog countries)
    {
        var ids = given.DistinctBy(x => x.Scheme, StringComparer.Ordinal).ToDictionary(x => x.Scheme, StringComparer.Ordinal);
        if (countries.FindByNodeId(nodeId) is { } country)
            foreach (var code in CatalogCodes(country)) ids[code.Scheme] = code;
        return ids.Values.OrderBy(x => x.Scheme, StringComparer.Ordinal).ToArray();
    }

    [GeneratedRegex("^Q[1-9][0-9]{0,11}\\z")]
    private static partial Regex WikidataPattern();

    [GeneratedRegex("^[1-9][0-9]{0,11}\\z")]
    private static partial Regex GeoNamesPattern();

    [GeneratedRegex("^[0-9A-Z]{18}[0-9]{2}\\z")]
    private static partial Regex LeiPattern();

    [GeneratedRegex("^[A-Z]{2}\\z")]
    private static partial Regex Alpha2Pattern();

    [GeneratedRegex("^[A-Z]{3}\\z")]
    private static partial Regex Alpha3Pattern();
}
