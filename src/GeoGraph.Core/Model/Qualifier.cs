namespace GeoGraph.Core.Model;

/// <summary>
/// A typed attribute of a relation: <see cref="Value"/> always (invariant culture),
/// <see cref="Number"/> when numeric, <see cref="EntityId"/> when it names a node.
/// Percentages are 0–100 with unit "percent".
/// </summary>
public sealed record Qualifier(string Key, string Value, double? Number, string? Unit, string? EntityId);
