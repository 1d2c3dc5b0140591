namespace GeoGraph.Bolt;

/// <summary>A node as returned by the server (Bolt 5 structure <c>4E</c>).</summary>
public sealed class BoltNode(long? id, string elementId, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties)
{
    /// <summary>Legacy integer id; may be null under Bolt 5.</summary>
    public long? Id { get; } = id;
    public string ElementId { get; } = elementId;
    public IReadOnlyList<string> Labels { get; } = labels;
    public IReadOnlyDictionary<string, object?> Properties { get; } = properties;

    public override string ToString() => BoltValueFormatter.Format(this);
}

/// <summary>A relationship with both ends known (structure <c>52</c>, or rebuilt from a path).</summary>
public sealed class BoltRelationship(
    long? id, string elementId, long? startNodeId, string startNodeElementId,
    long? endNodeId, string endNodeElementId, string type, IReadOnlyDictionary<string, object?> properties)
{
    public long? Id { get; } = id;
    public string ElementId { get; } = elementId;
    public long? StartNodeId { get; } = startNodeId;
    public string StartNodeElementId { get; } = startNodeElementId;
    public long? EndNodeId { get; } = endNodeId;
    public string EndNodeElementId { get; } = endNodeElementId;
    public string Type { get; } = type;
    public IReadOnlyDictionary<string, object?> Properties { get; } = properties;

    public override string ToString() => BoltValueFormatter.Format(this);
}

/// <summary>A relationship without its ends, as carried inside a path (structure <c>72</c>).</summary>
public sealed class BoltUnboundRelationship(long? id, string elementId, string type, IReadOnlyDictionary<string, object?> properties)
{
    public long? Id { get; } = id;
    public string ElementId { get; } = elementId;
    public string Type { get; } = type;
    public IReadOnlyDictionary<string, object?> Properties { get; } = properties;

    internal BoltRelationship Bind(BoltNode start, BoltNode end) =>
        new(Id, ElementId, start.Id, start.ElementId, end.Id, end.ElementId, Type, Properties);

    public override string ToString() => BoltValueFormatter.Format(this);
}

/// <summary>
/// A path: <see cref="Nodes"/> in walk order (one more than relationships) and
/// <see cref="Relationships"/> in walk order, each with its real direction.
/// </summary>
public sealed class BoltPath
{
    public BoltPath(IReadOnlyList<BoltNode> nodes, IReadOnlyList<BoltRelationship> relationships)
    {
        if (nodes.Count != relationships.Count + 1)
            throw new ArgumentException("A path has exactly one more node than relationships.", nameof(nodes));
        Nodes = nodes;
        Relationships = relationships;
    }

    public IReadOnlyList<BoltNode> Nodes { get; }
    public IReadOnlyList<BoltRelationship> Relationships { get; }
    public BoltNode Start => Nodes[0];
    public BoltNode End => Nodes[^1];

    public override string ToString() => BoltValueFormatter.Format(this);
}

/// <summary>A spatial point (structures <c>58</c> 2D and <c>59</c> 3D). Z is null for 2D points.</summary>
public sealed record BoltPoint(int Srid, double X, double Y, double? Z = null)
{
    public const int Wgs84 = 4326;
    public const int Wgs84_3D = 4979;
    public const int Cartesian = 7203;
    public const int Cartesian3D = 9157;

    public override string ToString() => BoltValueFormatter.Format(this);
}
