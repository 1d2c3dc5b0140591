using System.Buffers.Binary;
using System.Text;

namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// Decodes PackStream v1 synchronously from bytes already read, hydrating Bolt 5 structures into
/// .NET values: integers as <see cref="long"/>, floats as <see cref="double"/>, lists as
/// <c>object?[]</c> (an <see cref="IReadOnlyList{T}"/>), maps as <see cref="IReadOnlyDictionary{TKey,TValue}"/>.
/// </summary>
internal ref struct PackStreamReader(ReadOnlySpan<byte> data)
{
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>Boxed −16…255, so small integers (the commonest values) are not boxed again and again.</summary>
    private static readonly object[] SmallIntegers = Enumerable.Range(-16, 272).Select(i => (object)(long)i).ToArray();

    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;
    private int _depth;

    public readonly int Position => _position;
    public readonly int Remaining => _data.Length - _position;

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _position)
            throw new PackStreamException($"Truncated PackStream: needed {count} bytes at offset {_position}, {_data.Length - _position} left.");
        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }

    private byte ReadByte() => Take(1)[0];

    public readonly byte PeekMarker() =>
        _position < _data.Length ? _data[_position] : throw new PackStreamException("Truncated PackStream: no marker left.");

    /// <summary>Reads a structure header: the number of fields and the tag byte.</summary>
    public (int FieldCount, byte Tag) ReadStructHeader()
    {
        var marker = ReadByte();
        if ((marker & 0xF0) != 0xB0)
            throw new PackStreamException($"Expected a structure, found marker {marker:X2}.");
        return (marker & 0x0F, ReadByte());
    }

    public object? ReadValue()
    {
        var marker = ReadByte();
        switch (marker >> 4)
        {
            case 0x0:
            case 0x1:
            case 0x2:
            case 0x3:
            case 0x4:
            case 0x5:
            case 0x6:
            case 0x7:
                return SmallIntegers[marker + 16];
            case 0x8: return ReadUtf8(marker & 0x0F);
            case 0x9: return ReadListItems(marker & 0x0F);
            case 0xA: return ReadMapEntries(marker & 0x0F);
            case 0xB: return ReadStructure(marker & 0x0F);
            case 0xF: return SmallIntegers[unchecked((sbyte)marker) + 16];
        }
        return marker switch
        {
            0xC0 => null,
            0xC1 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
            0xC2 => False,
            0xC3 => True,
            0xC8 or 0xC9 or 0xCA or 0xCB => Box(ReadIntegerBody(marker)),
            0xCC => Take(ReadSize(0)).ToArray(),
            0xCD => Take(ReadSize(1)).ToArray(),
            0xCE => Take(ReadSize(2)).ToArray(),
            0xD0 => ReadUtf8(ReadSize(0)),
            0xD1 => ReadUtf8(ReadSize(1)),
            0xD2 => ReadUtf8(ReadSize(2)),
            0xD4 => ReadListItems(ReadSize(0)),
            0xD5 => ReadListItems(ReadSize(1)),
            0xD6 => ReadListItems(ReadSize(2)),
            0xD8 => ReadMapEntries(ReadSize(0)),
            0xD9 => ReadMapEntries(ReadSize(1)),
            0xDA => ReadMapEntries(ReadSize(2)),
            _ => throw new PackStreamException($"Reserved PackStream marker {marker:X2}."),
        };
    }

    private static object Box(long value) => value is >= -16 and <= 255 ? SmallIntegers[value + 16] : value;

    private long ReadIntegerBody(byte marker) => marker switch
    {
        0xC8 => unchecked((sbyte)ReadByte()),
        0xC9 => BinaryPrimitives.ReadInt16BigEndian(Take(2)),
        0xCA => BinaryPrimitives.ReadInt32BigEndian(Take(4)),
        _ => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
    };

    /// <summary>Size after an 8/16/32 marker (width 0, 1, 2); unsigned, at most int.MaxValue.</summary>
    private int ReadSize(int width)
    {
        uint size = width switch
        {
            0 => ReadByte(),
            1 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            _ => BinaryPrimitives.ReadUInt32BigEndian(Take(4)),
        };
        if (size > int.MaxValue)
            throw new PackStreamException($"PackStream size {size} exceeds {int.MaxValue}.");
        return (int)size;
    }

    private string ReadUtf8(int byteCount) => byteCount == 0 ? string.Empty : Encoding.UTF8.GetString(Take(byteCount));

    /// <summary>A string that is likely to repeat (map key, label, type): decoded through <see cref="Utf8StringCache"/>.</summary>
    private string? ReadCachedString()
    {
        var marker = PeekMarker();
        int size;
        if ((marker & 0xF0) == 0x80)
        {
            _position++;
            size = marker & 0x0F;
        }
        else if (marker == 0xD0)
        {
            _position++;
            size = ReadSize(0);
        }
        else
        {
            return ReadValue() as string;
        }
        return Utf8StringCache.Get(Take(size));
    }

    public long ReadInteger() => ReadValue() is long l ? l : throw new PackStreamException("Expected an integer.");

    public string ReadString() => ReadValue() as string ?? throw new PackStreamException("Expected a string.");

    public IReadOnlyDictionary<string, object?> ReadMap() =>
        ReadValue() as IReadOnlyDictionary<string, object?> ?? throw new PackStreamException("Expected a map.");

    public object?[] ReadList() => ReadValue() as object?[] ?? throw new PackStreamException("Expected a list.");

    /// <summary>A list, map or structure begins: a legal 10 KB message can nest 10,000 deep, which would overflow the stack.</summary>
    private void Enter()
    {
        if (++_depth > BoltValues.MaxNestingDepth)
            throw new PackStreamException($"Values nest more than {BoltValues.MaxNestingDepth} deep (at offset {_position}); this client refuses them.");
    }

    private object?[] ReadListItems(int count)
    {
        if (count == 0) return [];
        if (count > Remaining) throw new PackStreamException($"List of {count} items cannot fit in {Remaining} bytes.");
        Enter();
        var items = new object?[count];
        for (var i = 0; i < count; i++) items[i] = ReadValue();
        _depth--;
        return items;
    }

    private IReadOnlyDictionary<string, object?> ReadMapEntries(int count)
    {
        if (count > Remaining) throw new PackStreamException($"Map of {count} entries cannot fit in {Remaining} bytes.");
        Enter();
        var map = ReadMapBody(count);
        _depth--;
        return map;
    }

    private IReadOnlyDictionary<string, object?> ReadMapBody(int count)
    {
        if (count <= SmallMap.MaxCount)
        {
            var small = new SmallMap(count);
            for (var i = 0; i < count; i++)
                small.Set(ReadCachedString() ?? throw new PackStreamException("Map keys must be strings."), ReadValue());
            return small;
        }
        var map = new Dictionary<string, object?>(count);
        for (var i = 0; i < count; i++)
        {
            var key = ReadCachedString() ?? throw new PackStreamException("Map keys must be strings.");
            map[key] = ReadValue(); // a repeated key: the last value wins
        }
        return map;
    }

    private object ReadStructure(int fieldCount)
    {
        Enter();
        var value = ReadStructureBody(fieldCount);
        _depth--;
        return value;
    }

    private object ReadStructureBody(int fieldCount)
    {
        var tag = ReadByte();
        switch (tag)
        {
            case StructureTag.Node:
                Expect(fieldCount, 4, "Node");
                return ReadNodeFields();
            case StructureTag.Relationship:
            {
                Expect(fieldCount, 8, "Relationship");
                var id = ReadOptionalId();
                var start = ReadOptionalId();
                var end = ReadOptionalId();
                var type = ReadCachedString() ?? throw new PackStreamException("A relationship type must be a string.");
                var props = ReadMap();
                return new BoltRelationship(id, ReadString(), start, ReadString(), end, ReadString(), type, props);
            }
            case StructureTag.UnboundRelationship:
                Expect(fieldCount, 4, "UnboundRelationship");
                return ReadUnboundFields();
            case StructureTag.Path:
                Expect(fieldCount, 3, "Path");
                return ReadPathFields();
            case StructureTag.Date:
            {
                Expect(fieldCount, 1, "Date");
                var days = ReadInteger();
                return days is >= MinEpochDay and <= MaxEpochDay
                    ? DateOnly.FromDayNumber((int)(EpochDayNumber + days))
                    : new PackStreamStructure(tag, [days]);
            }
            case StructureTag.LocalTime:
            {
                Expect(fieldCount, 1, "LocalTime");
                var nanos = ReadInteger();
                return TryTimeOfDay(nanos, out var time) ? time : new PackStreamStructure(tag, [nanos]);
            }
            case StructureTag.Time:
            {
                Expect(fieldCount, 2, "Time");
                var nanos = ReadInteger();
                var offset = ReadInteger();
                return TryTimeOfDay(nanos, out var time) && Math.Abs(offset) <= MaxOffsetSeconds
                    ? new OffsetTime(time, TimeSpan.FromSeconds(offset))
                    : new PackStreamStructure(tag, [nanos, offset]);
            }
            case StructureTag.DateTime:
            {
                Expect(fieldCount, 3, "DateTime");
                var seconds = ReadInteger();
                var nanos = ReadInteger();
                var offset = ReadInteger();
                // DateTimeOffset holds whole-minute offsets up to ±14 h; Neo4j allows ±18 h with seconds.
                return TryEpochPlus(seconds, nanos, out var utc) && offset % 60 == 0 && Math.Abs(offset) <= 14 * 3600
                       && TryEpochPlus(seconds + offset, nanos, out _)
                    ? new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(TimeSpan.FromSeconds(offset))
                    : new PackStreamStructure(tag, [seconds, nanos, offset]);
            }
            case StructureTag.DateTimeZoneId:
            {
                Expect(fieldCount, 3, "DateTimeZoneId");
                var seconds = ReadInteger();
                var nanos = ReadInteger();
                var zoneId = ReadString();
                return TryEpochPlus(seconds, nanos, out var utc)
                    ? new ZonedDateTime(utc, zoneId)
                    : new PackStreamStructure(tag, [seconds, nanos, zoneId]);
            }
            case StructureTag.LocalDateTime:
            {
                Expect(fieldCount, 2, "LocalDateTime");
                var seconds = ReadInteger();
                var nanos = ReadInteger();
                return TryEpochPlus(seconds, nanos, out var local)
                    ? DateTime.SpecifyKind(local, DateTimeKind.Unspecified)
                    : new PackStreamStructure(tag, [seconds, nanos]);
            }
            case StructureTag.Duration:
                Expect(fieldCount, 4, "Duration");
                return new BoltDuration(ReadInteger(), ReadInteger(), ReadInteger(), checked((int)ReadInteger()));
            case StructureTag.Point2D:
                Expect(fieldCount, 3, "Point2D");
                return new BoltPoint(checked((int)ReadInteger()), ReadFloat(), ReadFloat());
            case StructureTag.Point3D:
                Expect(fieldCount, 4, "Point3D");
                return new BoltPoint(checked((int)ReadInteger()), ReadFloat(), ReadFloat(), ReadFloat());
            default:
            {
                var fields = new object?[fieldCount];
                for (var i = 0; i < fieldCount; i++) fields[i] = ReadValue();
                return new PackStreamStructure(tag, fields);
            }
        }
    }

    private static void Expect(int actual, int expected, string name)
    {
        if (actual != expected)
            throw new PackStreamException($"A Bolt 5 {name} has {expected} fields, not {actual}.");
    }

    private const long EpochDayNumber = 719162; // DateOnly(1970, 1, 1).DayNumber
    private const long MinEpochDay = -EpochDayNumber;
    private const long MaxEpochDay = 3652058 - EpochDayNumber; // DateOnly.MaxValue.DayNumber: 9999-12-31
    private static readonly long MinEpochSecond = (DateTime.MinValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;
    private static readonly long MaxEpochSecond = (DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;
    private const long MaxOffsetSeconds = 18 * 3600;

    /// <summary>
    /// Seconds and nanoseconds since the epoch as a UTC <see cref="DateTime"/>, when it fits .NET's
    /// years 1 to 9999; Neo4j allows ±999,999,999, and such values stay <see cref="PackStreamStructure"/>.
    /// </summary>
    private static bool TryEpochPlus(long seconds, long nanos, out DateTime utc)
    {
        utc = default;
        if (seconds < MinEpochSecond || seconds > MaxEpochSecond || nanos is < 0 or >= 1_000_000_000) return false;
        utc = new DateTime(DateTime.UnixEpoch.Ticks + seconds * TimeSpan.TicksPerSecond + nanos / 100, DateTimeKind.Utc);
        return true;
    }

    private static bool TryTimeOfDay(long nanos, out TimeOnly time)
    {
        time = default;
        if (nanos is < 0 or >= 86_400_000_000_000) return false;
        time = new TimeOnly(nanos / 100);
        return true;
    }

    private double ReadFloat() => ReadValue() is double d ? d : throw new PackStreamException("Expected a float.");

    private long? ReadOptionalId() => ReadValue() switch
    {
        null => null,
        long l => l,
        _ => throw new PackStreamException("Expected an integer id or null."),
    };

    private BoltNode ReadNodeFields()
    {
        var id = ReadOptionalId();
        var marker = ReadByte();
        var count = (marker & 0xF0) == 0x90 ? marker & 0x0F : marker switch
        {
            0xD4 => ReadSize(0),
            0xD5 => ReadSize(1),
            0xD6 => ReadSize(2),
            _ => throw new PackStreamException("Node labels must be a list."),
        };
        if (count > Remaining) throw new PackStreamException($"List of {count} labels cannot fit in {Remaining} bytes.");
        var labels = count == 0 ? [] : new string[count];
        for (var i = 0; i < count; i++)
            labels[i] = ReadCachedString() ?? throw new PackStreamException("Node labels must be strings.");
        var props = ReadMap();
        return new BoltNode(id, ReadString(), labels, props);
    }

    private BoltUnboundRelationship ReadUnboundFields()
    {
        var id = ReadOptionalId();
        var type = ReadCachedString() ?? throw new PackStreamException("A relationship type must be a string.");
        var props = ReadMap();
        return new BoltUnboundRelationship(id, ReadString(), type, props);
    }

    /// <summary>Rebuilds the walk: indices are (1-based signed rel, 0-based node) pairs (reference §3.2).</summary>
    private BoltPath ReadPathFields()
    {
        var nodes = ReadList();
        var rels = ReadList();
        var indices = ReadList();
        if (nodes.Length == 0 || indices.Length % 2 != 0)
            throw new PackStreamException("A path needs at least one node and an even number of indices.");
        var walkNodes = new BoltNode[indices.Length / 2 + 1];
        var walkRels = new BoltRelationship[indices.Length / 2];
        var previous = walkNodes[0] = nodes[0] as BoltNode ?? throw new PackStreamException("Path nodes must be nodes.");
        for (var i = 0; i < walkRels.Length; i++)
        {
            var relIndex = indices[2 * i] as long? ?? throw new PackStreamException("Path indices must be integers.");
            var nodeIndex = indices[2 * i + 1] as long? ?? throw new PackStreamException("Path indices must be integers.");
            if (relIndex == 0 || Math.Abs(relIndex) > rels.Length || nodeIndex < 0 || nodeIndex >= nodes.Length)
                throw new PackStreamException("Path index out of range.");
            var next = nodes[nodeIndex] as BoltNode ?? throw new PackStreamException("Path nodes must be nodes.");
            var rel = rels[Math.Abs(relIndex) - 1] as BoltUnboundRelationship
                      ?? throw new PackStreamException("Path relationships must be unbound relationships.");
            walkRels[i] = relIndex > 0 ? rel.Bind(previous, next) : rel.Bind(next, previous);
            walkNodes[i + 1] = previous = next;
        }
        return new BoltPath(walkNodes, walkRels);
    }
}
