namespace GeoGraph.Bolt.PackStream;

/// <summary>A structure whose tag this client does not map to a .NET type; kept as tag and fields.</summary>
public sealed record PackStreamStructure(byte Tag, IReadOnlyList<object?> Fields)
{
    public override string ToString() => BoltValueFormatter.Format(this);
}

/// <summary>The bytes are not valid PackStream or break the Bolt 5 structure rules.</summary>
internal sealed class PackStreamException(string message) : Exception(message);

/// <summary>Structure tags of Bolt 5 (reference §3.2).</summary>
internal static class StructureTag
{
    public const byte Node = 0x4E;
    public const byte Relationship = 0x52;
    public const byte UnboundRelationship = 0x72;
    public const byte Path = 0x50;
    public const byte Date = 0x44;
    public const byte Time = 0x54;
    public const byte LocalTime = 0x74;
    public const byte DateTime = 0x49;
    public const byte DateTimeZoneId = 0x69;
    public const byte LocalDateTime = 0x64;
    public const byte Duration = 0x45;
    public const byte Point2D = 0x58;
    public const byte Point3D = 0x59;
}
