namespace GeoGraph.Core.Model;

/// <summary>What a graph node is. Articles are sources, not nodes of this kind.</summary>
public enum NodeKind
{
    Country,
    Person,
    Organization,
    Commodity,
    Event,
    Claim,
}
