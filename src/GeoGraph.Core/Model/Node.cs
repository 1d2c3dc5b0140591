namespace GeoGraph.Core.Model;

/// <summary>
/// An entity (country, person, organisation, commodity, event) or a claim. For a claim,
/// <see cref="Name"/> is its statement.
/// </summary>
public sealed record Node(
    string Id,
    NodeKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description,
    DateTimeOffset RecordedAt)
{
    public bool SameContentAs(Node other) =>
        Id == other.Id && Kind == other.Kind && Name == other.Name && Description == other.Description
        && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal);
}
