using GeoGraph.Bolt.PackStream;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.PackStream;

/// <summary>Every value vector of reference §7.4, encoded and decoded.</summary>
public class PackStreamVectorTests
{
    private static readonly Dictionary<string, object?> NoProps = new();

    private static string Ascii(string s) => string.Join(" ", s.Select(c => ((int)c).ToString("X2")));

    private static readonly string Alphabet = string.Concat(Enumerable.Range('A', 26).Select(c => (char)c));

    /// <summary>name → (value, canonical bytes).</summary>
    public static readonly Dictionary<string, (object? Value, string Hex)> Vectors = new()
    {
        ["42"] = (42L, "2A"),
        ["long min"] = (long.MinValue, "CB 80 00 00 00 00 00 00 00"),
        ["long max"] = (long.MaxValue, "CB 7F FF FF FF FF FF FF FF"),
        ["1.23"] = (1.23, "C1 3F F3 AE 14 7A E1 47 AE"),
        ["bytes []"] = (Array.Empty<byte>(), "CC 00"),
        ["bytes [1,2,3]"] = (new byte[] { 1, 2, 3 }, "CC 03 01 02 03"),
        ["empty string"] = ("", "80"),
        ["A"] = ("A", "81 41"),
        ["alphabet"] = (Alphabet, "D0 1A " + Ascii(Alphabet)),
        ["Größenmaßstäbe"] = ("Größenmaßstäbe", "D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65"),
        ["empty list"] = (Array.Empty<object?>(), "90"),
        ["[1,2,3]"] = (new object?[] { 1L, 2L, 3L }, "93 01 02 03"),
        ["[1, 2.0, three]"] = (new object?[] { 1L, 2.0, "three" }, "93 01 C1 40 00 00 00 00 00 00 00 85 74 68 72 65 65"),
        ["[1..40]"] = (Enumerable.Range(1, 40).Select(i => (object?)(long)i).ToArray(),
            "D4 28 " + string.Join(" ", Enumerable.Range(1, 40).Select(i => i.ToString("X2")))),
        ["empty map"] = (new Dictionary<string, object?>(), "A0"),
        ["{one: eins}"] = (new Dictionary<string, object?> { ["one"] = "eins" }, "A1 83 6F 6E 65 84 65 69 6E 73"),
        ["{A: 1 .. Z: 26}"] = (Enumerable.Range(0, 26).ToDictionary(i => ((char)('A' + i)).ToString(), i => (object?)(long)(i + 1)),
            "D8 1A " + string.Join(" ", Enumerable.Range(0, 26).Select(i => $"81 {'A' + i:X2} {i + 1:X2}"))),
        ["null"] = (null, "C0"),
        ["true"] = (true, "C3"),
        ["false"] = (false, "C2"),
        ["0"] = (0L, "00"),
        ["1"] = (1L, "01"),
        ["127"] = (127L, "7F"),
        ["-1"] = (-1L, "FF"),
        ["-16"] = (-16L, "F0"),
        ["-17"] = (-17L, "C8 EF"),
        ["-128"] = (-128L, "C8 80"),
        ["128"] = (128L, "C9 00 80"),
        ["-129"] = (-129L, "C9 FF 7F"),
        ["32767"] = (32767L, "C9 7F FF"),
        ["-32768"] = (-32768L, "C9 80 00"),
        ["32768"] = (32768L, "CA 00 00 80 00"),
        ["-32769"] = (-32769L, "CA FF FF 7F FF"),
        ["int max"] = (2147483647L, "CA 7F FF FF FF"),
        ["int min"] = (-2147483648L, "CA 80 00 00 00"),
        ["2^31"] = (2147483648L, "CB 00 00 00 00 80 00 00 00"),
        ["-2^31-1"] = (-2147483649L, "CB FF FF FF FF 7F FF FF FF"),
        ["0.0"] = (0.0, "C1 00 00 00 00 00 00 00 00"),
        ["-0.0"] = (-0.0, "C1 80 00 00 00 00 00 00 00"),
        ["1.0"] = (1.0, "C1 3F F0 00 00 00 00 00 00"),
        ["-1.5"] = (-1.5, "C1 BF F8 00 00 00 00 00 00"),
        ["+inf"] = (double.PositiveInfinity, "C1 7F F0 00 00 00 00 00 00"),
        ["hello"] = ("hello", "85 68 65 6C 6C 6F"),
        ["é"] = ("é", "82 C3 A9"),
        ["15-byte string"] = ("abcdefghijklmno", "8F " + Ascii("abcdefghijklmno")),
        ["16-byte string"] = ("abcdefghijklmnop", "D0 10 " + Ascii("abcdefghijklmnop")),
        ["list of 16 zeros"] = (Enumerable.Repeat((object?)0L, 16).ToArray(), "D4 10 " + string.Join(" ", Enumerable.Repeat("00", 16))),
        ["{n: -1}"] = (new Dictionary<string, object?> { ["n"] = -1L }, "A1 81 6E FF"),
        ["{n: 1000}"] = (new Dictionary<string, object?> { ["n"] = 1000L }, "A1 81 6E C9 03 E8"),
        ["Date(0)"] = (new DateOnly(1970, 1, 1), "B1 44 00"),
        ["Date(-1)"] = (new DateOnly(1969, 12, 31), "B1 44 FF"),
        ["Date(19157)"] = (new DateOnly(2022, 6, 14), "B1 44 C9 4A D5"),
        ["LocalTime 00:00:01"] = (new TimeOnly(0, 0, 1), "B1 74 CA 3B 9A CA 00"),
        ["Time 12:00+01:00"] = (new OffsetTime(new TimeOnly(12, 0), TimeSpan.FromHours(1)), "B2 54 CB 00 00 27 4A 48 A7 80 00 C9 0E 10"),
        ["DateTime 2022-06-14T15:21:18.183+02:00"] = (
            new DateTimeOffset(2022, 6, 14, 15, 21, 18, 183, TimeSpan.FromHours(2)),
            "B3 49 CA 62 A8 8B 4E CA 0A E8 5B C0 C9 1C 20"),
        ["DateTimeZoneId Europe/Berlin"] = (
            new ZonedDateTime(new DateTime(2022, 6, 14, 13, 21, 18, 183, DateTimeKind.Utc), "Europe/Berlin"),
            "B3 69 CA 62 A8 8B 4E CA 0A E8 5B C0 8D 45 75 72 6F 70 65 2F 42 65 72 6C 69 6E"),
        ["LocalDateTime(0, 0)"] = (new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), "B2 64 00 00"),
        ["Duration(14, 16, 12, 0)"] = (new BoltDuration(14, 16, 12, 0), "B4 45 0E 10 0C 00"),
        ["Duration P1Y2M3DT4.5S"] = (new BoltDuration(14, 3, 4, 500_000_000), "B4 45 0E 03 04 CA 1D CD 65 00"),
        ["Point2D"] = (new BoltPoint(4326, 1.0, 2.0), "B3 58 C9 10 E6 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00"),
        ["Point3D"] = (new BoltPoint(9157, 1.0, 2.0, 3.0),
            "B4 59 C9 23 C5 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00 C1 40 08 00 00 00 00 00 00"),
        ["Node"] = (new BoltNode(3, "abc123", ["Example", "Node"], new Dictionary<string, object?> { ["name"] = "example" }),
            "B4 4E 03 92 87 45 78 61 6D 70 6C 65 84 4E 6F 64 65 A1 84 6E 61 6D 65 87 65 78 61 6D 70 6C 65 86 61 62 63 31 32 33"),
        ["Relationship"] = (new BoltRelationship(11, "r11", 2, "n2", 3, "n3", "KNOWS", NoProps),
            "B8 52 0B 02 03 85 4B 4E 4F 57 53 A0 83 72 31 31 82 6E 32 82 6E 33"),
        ["UnboundRelationship"] = (new BoltUnboundRelationship(17, "foo", "KNOWS", NoProps), "B4 72 11 85 4B 4E 4F 57 53 A0 83 66 6F 6F"),
        ["Path (1)-[3:R]->(2)"] = (
            new BoltPath(
                [new BoltNode(1, "1", [], NoProps), new BoltNode(2, "2", [], NoProps)],
                [new BoltRelationship(3, "3", 1, "1", 2, "2", "R", NoProps)]),
            "B3 50 92 B4 4E 01 90 A0 81 31 B4 4E 02 90 A0 81 32 91 B4 72 03 81 52 A0 81 33 92 01 01"),
    };

    public static TheoryData<string> VectorNames => new(Vectors.Keys);

    private static byte[] Encode(object? value)
    {
        using var writer = new PackStreamWriter();
        writer.Write(value);
        return writer.ToArray();
    }

    private static object? Decode(byte[] bytes)
    {
        var reader = new PackStreamReader(bytes);
        var value = reader.ReadValue();
        Assert.Equal(0, reader.Remaining);
        return value;
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Encodes_vector(string name)
    {
        var (value, hex) = Vectors[name];
        Assert.Equal(hex, Hex.Format(Encode(value)));
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Decodes_vector(string name)
    {
        var (value, hex) = Vectors[name];
        ValueAssert.Equal(value, Decode(Hex.Parse(hex)));
    }

    [Theory]
    [InlineData("C8 2A")]
    [InlineData("C9 00 2A")]
    [InlineData("CA 00 00 00 2A")]
    [InlineData("CB 00 00 00 00 00 00 00 2A")]
    public void Decodes_42_in_every_width(string hex) => Assert.Equal(42L, Decode(Hex.Parse(hex)));

    [Theory]
    [InlineData(200, "D0 C8")]
    [InlineData(300, "D1 01 2C")]
    [InlineData(70_000, "D2 00 01 11 70")]
    public void Long_string_headers(int length, string header)
    {
        var text = new string('x', length);
        var bytes = Encode(text);
        Assert.Equal(header, Hex.Format(bytes.AsSpan(0, header.Split(' ').Length)));
        Assert.Equal(text, Decode(bytes));
    }

    [Fact]
    public void DateTime_vector_with_42_nanoseconds_decodes_truncated_to_100ns_ticks()
    {
        // DateTime(4500, 42, 3600) is 1970-01-01T02:15:00.000000042+01:00; .NET ticks are 100 ns.
        var value = Assert.IsType<DateTimeOffset>(Decode(Hex.Parse("B3 49 C9 11 94 2A C9 0E 10")));
        Assert.Equal(new DateTimeOffset(1970, 1, 1, 2, 15, 0, TimeSpan.FromHours(1)), value);
        Assert.Equal(TimeSpan.FromHours(1), value.Offset);
        Assert.Equal("B3 49 C9 11 94 00 C9 0E 10", Hex.Format(Encode(value)));
    }

    [Fact]
    public void DateTimeZoneId_vector_with_42_nanoseconds_keeps_the_zone()
    {
        var value = Assert.IsType<ZonedDateTime>(Decode(Hex.Parse("B3 69 C9 11 94 2A 8C 45 75 72 6F 70 65 2F 50 61 72 69 73")));
        Assert.Equal(new ZonedDateTime(new DateTime(1970, 1, 1, 1, 15, 0, DateTimeKind.Utc), "Europe/Paris"), value);
        Assert.Equal(new DateTimeOffset(1970, 1, 1, 2, 15, 0, TimeSpan.FromHours(1)), value.ToDateTimeOffset());
        Assert.Equal("B3 69 C9 11 94 00 8C 45 75 72 6F 70 65 2F 50 61 72 69 73", Hex.Format(Encode(value)));
    }

    [Fact]
    public void Legacy_DateTime_46_is_not_a_Bolt_5_value_and_stays_a_structure()
    {
        var legacy = Assert.IsType<PackStreamStructure>(Decode(Hex.Parse("B3 46 CA 62 A8 A7 6E CA 0A E8 5B C0 C9 1C 20")));
        Assert.Equal((byte)0x46, legacy.Tag);
        Assert.Equal(new object?[] { 1655220078L, 183000000L, 7200L }, legacy.Fields);
    }

    [Theory]
    [InlineData("B1 44 CA FF B3 B4 C0", 0x44)]                          // Date −5,000,000 days: about 11,700 BCE
    [InlineData("B1 44 CA 00 2C C0 A1", 0x44)]                          // Date 2,932,897 days: 10000-01-01
    [InlineData("B2 64 CB 00 00 00 3A FF F4 41 80 00", 0x64)]           // LocalDateTime 10000-01-01T00:00
    [InlineData("B3 49 00 00 CA 00 00 FD 20", 0x49)]                    // DateTime with offset +18:00
    [InlineData("B3 49 00 00 C9 02 31", 0x49)]                          // DateTime with offset +00:09:21 (LMT)
    [InlineData("B3 69 CB 00 00 00 3A FF F4 41 80 00 83 55 54 43", 0x69)] // DateTimeZoneId in year 10000
    [InlineData("B2 54 00 CA 00 00 FD 20", 0x54)]                       // Time with offset +18:00 decodes...
    public void Legal_temporal_values_beyond_dotnet_range_decode_as_structures(string hex, int tag)
    {
        var value = Decode(Hex.Parse(hex));
        if (tag == 0x54)
        {
            Assert.Equal(TimeSpan.FromHours(18), Assert.IsType<OffsetTime>(value).Offset); // ...because OffsetTime holds any offset
            return;
        }
        var structure = Assert.IsType<PackStreamStructure>(value);
        Assert.Equal((byte)tag, structure.Tag);
        Assert.Equal(hex, Hex.Format(Encode(structure))); // and goes back to the server unchanged
    }

    [Fact]
    public void The_edges_of_dotnet_temporal_range_still_decode_as_dotnet_values()
    {
        Assert.Equal(DateOnly.MaxValue, Decode(Encode(DateOnly.MaxValue)));
        Assert.Equal(DateOnly.MinValue, Decode(Encode(DateOnly.MinValue)));
        var last = new DateTime(9999, 12, 31, 23, 59, 59, DateTimeKind.Unspecified);
        Assert.Equal(last, Decode(Encode(last)));
        var east = new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.FromHours(14));
        Assert.Equal(east, Decode(Encode(east)));
    }

    [Fact]
    public void Testkit_unknown_zone_record_decodes_and_reports_the_zone_when_resolved()
    {
        // Reference §7.3: a DateTimeZoneId with the made-up zone "Europe/Neo4j".
        var value = Assert.IsType<ZonedDateTime>(Assert.Single(Assert.IsType<object?[]>(
            Decode(Hex.Parse("91 B3 69 00 00 8C 45 75 72 6F 70 65 2F 4E 65 6F 34 6A")))));
        Assert.Equal("Europe/Neo4j", value.ZoneId);
        Assert.Throws<TimeZoneNotFoundException>(() => value.ToDateTimeOffset());
    }

    [Fact]
    public void Path_with_reversed_relationship_is_rebuilt_in_walk_order()
    {
        // indices [1, 1, -2, 2] over nodes [A, B, C] and rels [r1, r2]: A-[r1]->B<-[r2]-C (reference §3.2).
        using var writer = new PackStreamWriter();
        writer.WriteStructHeader(3, StructureTag.Path);
        writer.Write(new object?[] { new BoltNode(1, "a", [], NoProps), new BoltNode(2, "b", [], NoProps), new BoltNode(3, "c", [], NoProps) });
        writer.Write(new object?[] { new BoltUnboundRelationship(10, "r1", "X", NoProps), new BoltUnboundRelationship(11, "r2", "Y", NoProps) });
        writer.Write(new object?[] { 1L, 1L, -2L, 2L });
        var path = Assert.IsType<BoltPath>(Decode(writer.ToArray()));
        Assert.Equal(["a", "b", "c"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal(("a", "b"), (path.Relationships[0].StartNodeElementId, path.Relationships[0].EndNodeElementId));
        Assert.Equal(("c", "b"), (path.Relationships[1].StartNodeElementId, path.Relationships[1].EndNodeElementId));
        Assert.Equal(writer.ToArray(), Encode(path));
    }

    [Fact]
    public void Node_with_null_legacy_id_is_accepted()
    {
        var node = Assert.IsType<BoltNode>(Decode(Hex.Parse("B4 4E C0 90 A0 81 78")));
        Assert.Null(node.Id);
        Assert.Equal("x", node.ElementId);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    public void Repeated_map_key_keeps_the_last_value(int entries)
    {
        // Small maps and large maps are decoded into different types; both follow the rule.
        using var writer = new PackStreamWriter();
        writer.WriteMapHeader(entries);
        for (var i = 0; i < entries - 1; i++)
        {
            writer.WriteString("k" + i);
            writer.WriteInteger(i);
        }
        writer.WriteString("k0");
        writer.WriteInteger(99);
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Decode(writer.ToArray()));
        Assert.Equal(entries - 1, map.Count);
        Assert.Equal(99L, map["k0"]);
        Assert.True(map.TryGetValue("k0", out var v) && v is 99L);
        Assert.Equal(["k0"], map.Keys.Where(k => k == "k0"));
        Assert.False(map.ContainsKey("missing"));
    }

    [Fact]
    public void Unknown_structure_tag_is_kept_as_tag_and_fields_and_encodes_back()
    {
        var bytes = Hex.Parse("B2 56 CC 01 C1 CC 00");
        var structure = Assert.IsType<PackStreamStructure>(Decode(bytes));
        Assert.Equal(0x56, structure.Tag);
        Assert.Equal(2, structure.Fields.Count);
        Assert.Equal(bytes, Encode(structure));
    }

    [Theory]
    [InlineData("C4")]
    [InlineData("CF")]
    [InlineData("D3")]
    [InlineData("DC 01 00")]
    [InlineData("E0")]
    public void Reserved_markers_are_rejected(string hex) =>
        Assert.Throws<PackStreamException>(() => Decode(Hex.Parse(hex)));

    [Theory]
    [InlineData("D2 80 00 00 00")] // string size above int.MaxValue
    [InlineData("85 68 65")]       // string shorter than its header says
    [InlineData("D4 05 01")]       // list shorter than its header says
    [InlineData("C9 01")]          // INT_16 missing a byte
    [InlineData("B3 4E 01 90 A0")] // Node with 3 fields under Bolt 5
    public void Malformed_input_is_rejected(string hex) =>
        Assert.Throws<PackStreamException>(() => Decode(Hex.Parse(hex)));

    [Fact]
    public void Integer_types_of_every_width_encode_as_the_smallest_form()
    {
        Assert.Equal("2A", Hex.Format(Encode((byte)42)));
        Assert.Equal("C8 80", Hex.Format(Encode((sbyte)-128)));
        Assert.Equal("C9 7F FF", Hex.Format(Encode((short)32767)));
        Assert.Equal("CA 7F FF FF FF", Hex.Format(Encode(int.MaxValue)));
        Assert.Equal("CB 00 00 00 00 FF FF FF FF", Hex.Format(Encode(uint.MaxValue)));
        Assert.Equal("C1 3F F8 00 00 00 00 00 00", Hex.Format(Encode(1.5f)));
    }

    [Fact]
    public void Utc_DateTime_is_an_instant_and_other_kinds_are_local()
    {
        Assert.Equal("B3 49 00 00 00", Hex.Format(Encode(DateTime.UnixEpoch)));
        Assert.Equal("B2 64 00 00", Hex.Format(Encode(new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Local))));
    }

    [Fact]
    public void TimeSpan_encodes_as_a_duration_of_seconds_and_nanoseconds()
    {
        Assert.Equal("B4 45 00 00 5A CA 1D CD 65 00", Hex.Format(Encode(TimeSpan.FromSeconds(90.5))));
        Assert.Equal(new BoltDuration(0, 0, -2, 500_000_000), BoltDuration.FromTimeSpan(TimeSpan.FromSeconds(-1.5)));
    }

    [Fact]
    public void Lists_nested_deeper_than_the_limit_are_refused_not_a_stack_overflow()
    {
        var deep = Enumerable.Repeat((byte)0x91, 10_000).Append((byte)0xC0).ToArray();
        Assert.Contains("1000 deep", Assert.Throws<PackStreamException>(() => Decode(deep)).Message);

        var deepest = Enumerable.Repeat((byte)0x91, BoltValues.MaxNestingDepth).Append((byte)0xC0).ToArray();
        Assert.IsType<object?[]>(Decode(deepest));
    }

    [Fact]
    public void A_list_that_contains_itself_is_refused_by_the_writer()
    {
        var loop = new List<object?>();
        loop.Add(loop);
        using var writer = new PackStreamWriter();
        Assert.Throws<ArgumentException>(() => writer.Write(loop));
        writer.Clear();
        writer.Write(new object?[] { new object?[] { 1L } }); // the depth count is back at zero
        Assert.Equal("91 91 01", Hex.Format(writer.ToArray()));
    }
}
