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
    /// <summary>The entity's ids in other systems, one per scheme, ordered by scheme (<see cref="ExternalIdSchemes"/>).</summary>
    public IReadOnlyList<ExternalId> ExternalIds { get; init; } = [];

    public bool SameContentAs(Node other) =>
        Id == other.Id && Kind == other.Kind && Name == other.Name && Description == other.Description
        && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal) && ExternalIds.SequenceEqual(other.ExternalIds);
}
