using System.Buffers.Binary;
using System.Collections;
using System.Text;

namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// Encodes values as PackStream v1 into a pooled, growable buffer. One writer is reused for every
/// message a connection sends, so steady-state encoding allocates nothing.
/// </summary>
internal sealed class PackStreamWriter : IDisposable
{
    private readonly PooledBuffer _buffer;
    private int _depth;

    public PackStreamWriter(int initialCapacity = 1024) => _buffer = new PooledBuffer(initialCapacity);

    public int Length => _buffer.Length;
    public ReadOnlySpan<byte> WrittenSpan => _buffer.Written;
    public byte[] ToArray() => WrittenSpan.ToArray();

    public void Clear() => _buffer.Truncate(0);

    public void Dispose() => _buffer.Dispose();

    private Span<byte> Reserve(int count) => _buffer.Reserve(count);

    private void WriteByte(byte value) => Reserve(1)[0] = value;

    /// <summary>Appends bytes that are already PackStream.</summary>
    public void WriteEncoded(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

    public void WriteNull() => WriteByte(0xC0);

    public void WriteBoolean(bool value) => WriteByte(value ? (byte)0xC3 : (byte)0xC2);

    public void WriteInteger(long value)
    {
        if (value is >= -16 and <= 127)
            WriteByte(unchecked((byte)value));
        else if (value is >= sbyte.MinValue and < -16)
        {
            var s = Reserve(2);
            s[0] = 0xC8;
            s[1] = unchecked((byte)value);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var s = Reserve(3);
            s[0] = 0xC9;
            BinaryPrimitives.WriteInt16BigEndian(s[1..], (short)value);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var s = Reserve(5);
            s[0] = 0xCA;
            BinaryPrimitives.WriteInt32BigEndian(s[1..], (int)value);
        }
        else
        {
            var s = Reserve(9);
            s[0] = 0xCB;
            BinaryPrimitives.WriteInt64BigEndian(s[1..], value);
        }
    }

    public void WriteFloat(double value)
    {
        var s = Reserve(9);
        s[0] = 0xC1;
        BinaryPrimitives.WriteDoubleBigEndian(s[1..], value);
    }

    public void WriteString(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteSizeHeader(byteCount, 0x80, 0xD0);
        Encoding.UTF8.GetBytes(value, Reserve(byteCount));
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        if (value.Length <= byte.MaxValue)
        {
            var s = Reserve(2);
            s[0] = 0xCC;
            s[1] = (byte)value.Length;
        }
        else if (value.Length <= ushort.MaxValue)
        {
            var s = Reserve(3);
            s[0] = 0xCD;
            BinaryPrimitives.WriteUInt16BigEndian(s[1..], (ushort)value.Length);
        }
        else
        {
            var s = Reserve(5);
            s[0] = 0xCE;
            BinaryPrimitives.WriteInt32BigEndian(s[1..], value.Length);
        }
        value.CopyTo(Reserve(value.Length));
    }

    public void WriteListHeader(int count) => WriteSizeHeader(count, 0x90, 0xD4);

    public void WriteMapHeader(int count) => WriteSizeHeader(count, 0xA0, 0xD8);

    public void WriteStructHeader(int fieldCount, byte tag)
    {
        if (fieldCount is < 0 or > 15)
            throw new PackStreamException($"A structure has at most 15 fields, not {fieldCount}.");
        var s = Reserve(2);
        s[0] = (byte)(0xB0 | fieldCount);
        s[1] = tag;
    }

    /// <summary>Tiny form (marker | size) up to 15, else marker8/16/32 with a big-endian size.</summary>
    private void WriteSizeHeader(int size, byte tinyMarker, byte marker8)
    {
        if (size < 16 && tinyMarker != 0)
            WriteByte((byte)(tinyMarker | size));
        else if (size <= byte.MaxValue)
        {
            var s = Reserve(2);
            s[0] = marker8;
            s[1] = (byte)size;
        }
        else if (size <= ushort.MaxValue)
        {
            var s = Reserve(3);
            s[0] = (byte)(marker8 + 1);
            BinaryPrimitives.WriteUInt16BigEndian(s[1..], (ushort)size);
        }
        else
        {
            var s = Reserve(5);
            s[0] = (byte)(marker8 + 2);
            BinaryPrimitives.WriteInt32BigEndian(s[1..], size);
        }
    }

    public void WriteMap(IEnumerable<KeyValuePair<string, object?>> entries, int count)
    {
        WriteMapHeader(count);
        foreach (var (key, value) in entries)
        {
            WriteString(key);
            Write(value);
        }
    }

    /// <summary>
    /// Writes any supported .NET value. Call <see cref="BoltValues.Validate"/> first when the value
    /// comes from a user; this method throws on the first unsupported type it meets.
    /// </summary>
    public void Write(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case bool b: WriteBoolean(b); break;
            case long l: WriteInteger(l); break;
            case int i: WriteInteger(i); break;
            case short s: WriteInteger(s); break;
            case sbyte sb: WriteInteger(sb); break;
            case byte by: WriteInteger(by); break;
            case uint ui: WriteInteger(ui); break;
            case ushort us: WriteInteger(us); break;
            case ulong ul when ul <= long.MaxValue: WriteInteger((long)ul); break;
            case double d: WriteFloat(d); break;
            case float f: WriteFloat(f); break;
            case string str: WriteString(str); break;
            case char c: WriteString(c.ToString()); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case ReadOnlyMemory<byte> rom: WriteBytes(rom.Span); break;
            case Memory<byte> mem: WriteBytes(mem.Span); break;
            case DateOnly date: WriteDate(date); break;
            case TimeOnly time: WriteLocalTime(time); break;
            case OffsetTime ot: WriteTime(ot); break;
            case DateTime dt: WriteDateTime(dt); break;
            case DateTimeOffset dto: WriteDateTimeOffset(dto); break;
            case ZonedDateTime zdt: WriteZonedDateTime(zdt); break;
            case TimeSpan ts: WriteDuration(BoltDuration.FromTimeSpan(ts)); break;
            case BoltDuration dur: WriteDuration(dur); break;
            case BoltPoint p: WritePoint(p); break;
            default:
                // Lists, maps and structures: a list that contains itself must fail, not overflow the stack.
                if (_depth >= BoltValues.MaxNestingDepth)
                    throw new ArgumentException($"The value nests lists, maps or structures more than {BoltValues.MaxNestingDepth} deep (or contains itself).");
                _depth++;
                try
                {
                    WriteContainer(value);
                }
                finally
                {
                    _depth--;
                }
                break;
        }
    }

    private void WriteContainer(object value)
    {
        switch (value)
        {
            case BoltNode n: WriteNode(n); break;
            case BoltRelationship r: WriteRelationship(r); break;
            case BoltUnboundRelationship u: WriteUnbound(u); break;
            case BoltPath path: WritePath(path); break;
            case PackStreamStructure st:
                WriteStructHeader(st.Fields.Count, st.Tag);
                foreach (var field in st.Fields) Write(field);
                break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(map, map.Count); break;
            case IDictionary<string, object?> map: WriteMap(map, map.Count); break;
            case IDictionary dict: WriteNonGenericMap(dict); break;
            case IEnumerable seq: WriteList(seq); break;
            default: throw new ArgumentException(BoltValues.UnsupportedMessage(value.GetType(), "value"));
        }
    }

    private void WriteNonGenericMap(IDictionary dict)
    {
        WriteMapHeader(dict.Count);
        foreach (DictionaryEntry entry in dict)
        {
            if (entry.Key is not string key)
                throw new ArgumentException("PackStream map keys must be strings.");
            WriteString(key);
            Write(entry.Value);
        }
    }

    private void WriteList(IEnumerable seq)
    {
        if (seq is ICollection collection)
        {
            WriteListHeader(collection.Count);
            foreach (var item in collection) Write(item);
            return;
        }
        var items = new List<object?>();
        foreach (var item in seq) items.Add(item);
        WriteListHeader(items.Count);
        foreach (var item in items) Write(item);
    }

    private static readonly DateTime UnixEpoch = DateTime.UnixEpoch;
    private const int EpochDayNumber = 719162; // DateOnly.FromDateTime(1970-01-01).DayNumber

    private void WriteDate(DateOnly date)
    {
        WriteStructHeader(1, StructureTag.Date);
        WriteInteger(date.DayNumber - EpochDayNumber);
    }

    private void WriteLocalTime(TimeOnly time)
    {
        WriteStructHeader(1, StructureTag.LocalTime);
        WriteInteger(time.Ticks * 100);
    }

    private void WriteTime(OffsetTime time)
    {
        WriteStructHeader(2, StructureTag.Time);
        WriteInteger(time.Time.Ticks * 100);
        WriteInteger((long)time.Offset.TotalSeconds);
    }

    /// <summary>A UTC DateTime is an instant (offset 0); any other kind is a LocalDateTime.</summary>
    private void WriteDateTime(DateTime value)
    {
        if (value.Kind == DateTimeKind.Utc)
        {
            WriteDateTimeOffset(new DateTimeOffset(value));
            return;
        }
        var (seconds, nanos) = SplitTicks(value.Ticks - UnixEpoch.Ticks);
        WriteStructHeader(2, StructureTag.LocalDateTime);
        WriteInteger(seconds);
        WriteInteger(nanos);
    }

    private void WriteDateTimeOffset(DateTimeOffset value)
    {
        var (seconds, nanos) = SplitTicks(value.UtcTicks - UnixEpoch.Ticks);
        WriteStructHeader(3, StructureTag.DateTime);
        WriteInteger(seconds);
        WriteInteger(nanos);
        WriteInteger((long)value.Offset.TotalSeconds);
    }

    private void WriteZonedDateTime(ZonedDateTime value)
    {
        var (seconds, nanos) = SplitTicks(value.UtcDateTime.Ticks - UnixEpoch.Ticks);
        WriteStructHeader(3, StructureTag.DateTimeZoneId);
        WriteInteger(seconds);
        WriteInteger(nanos);
        WriteString(value.ZoneId);
    }

    private static (long Seconds, long Nanos) SplitTicks(long ticksSinceEpoch)
    {
        var seconds = Math.DivRem(ticksSinceEpoch, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }
        return (seconds, remainder * 100);
    }

    private void WriteDuration(BoltDuration duration)
    {
        WriteStructHeader(4, StructureTag.Duration);
        WriteInteger(duration.Months);
        WriteInteger(duration.Days);
        WriteInteger(duration.Seconds);
        WriteInteger(duration.Nanoseconds);
    }

    private void WritePoint(BoltPoint point)
    {
        WriteStructHeader(point.Z is null ? 3 : 4, point.Z is null ? StructureTag.Point2D : StructureTag.Point3D);
        WriteInteger(point.Srid);
        WriteFloat(point.X);
        WriteFloat(point.Y);
        if (point.Z is { } z) WriteFloat(z);
    }

    private void WriteOptionalId(long? id)
    {
        if (id is { } value) WriteInteger(value);
        else WriteNull();
    }

    private void WriteNode(BoltNode node)
    {
        WriteStructHeader(4, StructureTag.Node);
        WriteOptionalId(node.Id);
        WriteListHeader(node.Labels.Count);
        foreach (var label in node.Labels) WriteString(label);
        WriteMap(node.Properties, node.Properties.Count);
        WriteString(node.ElementId);
    }

    private void WriteRelationship(BoltRelationship rel)
    {
        WriteStructHeader(8, StructureTag.Relationship);
        WriteOptionalId(rel.Id);
        WriteOptionalId(rel.StartNodeId);
        WriteOptionalId(rel.EndNodeId);
        WriteString(rel.Type);
        WriteMap(rel.Properties, rel.Properties.Count);
        WriteString(rel.ElementId);
        WriteString(rel.StartNodeElementId);
        WriteString(rel.EndNodeElementId);
    }

    private void WriteUnbound(BoltUnboundRelationship rel)
    {
        WriteStructHeader(4, StructureTag.UnboundRelationship);
        WriteOptionalId(rel.Id);
        WriteString(rel.Type);
        WriteMap(rel.Properties, rel.Properties.Count);
        WriteString(rel.ElementId);
    }

    /// <summary>Encodes a path the way the server does: distinct nodes, distinct relationships, (rel, node) index pairs.</summary>
    private void WritePath(BoltPath path)
    {
        var nodes = new List<BoltNode>();
        var rels = new List<BoltRelationship>();
        var indices = new List<long>(path.Relationships.Count * 2);
        int IndexOf<T>(List<T> list, T item, Func<T, string> id)
        {
            var i = list.FindIndex(x => id(x) == id(item));
            if (i >= 0) return i;
            list.Add(item);
            return list.Count - 1;
        }
        IndexOf(nodes, path.Nodes[0], n => n.ElementId);
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var rel = path.Relationships[i];
            var relIndex = IndexOf(rels, rel, r => r.ElementId) + 1;
            var forward = rel.StartNodeElementId == path.Nodes[i].ElementId && rel.EndNodeElementId == path.Nodes[i + 1].ElementId;
            indices.Add(forward ? relIndex : -relIndex);
            indices.Add(IndexOf(nodes, path.Nodes[i + 1], n => n.ElementId));
        }
        WriteStructHeader(3, StructureTag.Path);
        WriteListHeader(nodes.Count);
        foreach (var node in nodes) WriteNode(node);
        WriteListHeader(rels.Count);
        foreach (var rel in rels) WriteUnbound(new BoltUnboundRelationship(rel.Id, rel.ElementId, rel.Type, rel.Properties));
        WriteListHeader(indices.Count);
        foreach (var index in indices) WriteInteger(index);
    }
}
