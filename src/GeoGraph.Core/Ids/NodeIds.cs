using System.Text.RegularExpressions;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Ids;

/// <summary>
/// Node ids are "&lt;prefix&gt;:&lt;slug&gt;": country:CN (ISO alpha-2), person:lin-jian, org:eu,
/// commodity:rare-earths, event:…, claim:…. The prefix alone says the kind.
/// </summary>
public static partial class NodeIds
{
    private static readonly (string Prefix, NodeKind Kind)[] Prefixes =
    [
        ("country", NodeKind.Country),
        ("person", NodeKind.Person),
        ("org", NodeKind.Organization),
        ("commodity", NodeKind.Commodity),
        ("event", NodeKind.Event),
        ("claim", NodeKind.Claim),
    ];

    public const int MaxLength = 200;

    [GeneratedRegex("^(country:[A-Z]{2}|(person|org|commodity|event|claim):[a-z0-9][a-z0-9-]*)\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsWellFormed(string? id) => id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    /// <summary>The kind an id's prefix names, or null when the id is not well formed.</summary>
    public static NodeKind? KindOf(string? id)
    {
        if (!IsWellFormed(id)) return null;
        var prefix = id![..id!.IndexOf(':')];
        foreach (var (p, kind) in Prefixes)
            if (p == prefix) return kind;
        return null;
    }

    public static string PrefixOf(NodeKind kind) => Prefixes.First(p => p.Kind == kind).Prefix;

    public static string ForCountry(string alpha2) => "country:" + alpha2;

    public const string FormatDescription =
        "'<prefix>:<slug>' with prefix country, person, org, commodity, event or claim; country ids use the ISO alpha-2 code (country:CN), other slugs lowercase letters, digits and '-'";
}
