using GeoGraph.Bolt.PackStream;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.PackStream;

/// <summary>Random nested values (seeded, so every run checks the same ones) survive encode → decode → encode.</summary>
public class RoundTripPropertyTests
{
    private sealed class ValueGenerator(int seed)
    {
        private readonly Random _random = new(seed);

        public object? Next(int depth)
        {
            var kind = _random.Next(depth >= 3 ? 17 : 21);
            return kind switch
            {
                0 => null,
                1 => _random.Next(2) == 0,
                2 => NextInteger(),
                3 => NextDouble(),
                4 => NextString(),
                5 => NextBytes(),
                6 => DateOnly.FromDayNumber(_random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)),
                7 => new TimeOnly(_random.NextInt64(TimeOnly.MaxValue.Ticks)),
                8 => new DateTimeOffset(NextTicks(), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(_random.Next(-14 * 60, 14 * 60 + 1))),
                9 => new DateTime(NextTicks(), DateTimeKind.Unspecified),
                10 => new ZonedDateTime(new DateTime(NextTicks(), DateTimeKind.Utc), _random.Next(2) == 0 ? "Europe/Paris" : "Asia/Kolkata"),
                11 => new BoltDuration(_random.NextInt64(-1000, 1000), _random.NextInt64(-1000, 1000), NextInteger(), _random.Next(1_000_000_000)),
                12 => new OffsetTime(new TimeOnly(_random.NextInt64(TimeOnly.MaxValue.Ticks)), TimeSpan.FromSeconds(_random.Next(-50_000, 50_000))),
                13 => _random.Next(2) == 0
                    ? new BoltPoint(4326, NextDouble(), NextDouble())
                    : new BoltPoint(9157, NextDouble(), NextDouble(), NextDouble()),
                14 => NextNode(),
                15 => new BoltRelationship(NextId(), NextString(), NextId(), NextString(), NextId(), NextString(), NextString(), NextProperties()),
                16 => NextPath(),
                17 or 18 => Enumerable.Range(0, NextSize(depth)).Select(_ => Next(depth + 1)).ToArray(),
                _ => NextMap(depth + 1),
            };
        }

        private long NextTicks() => _random.NextInt64(DateTime.MinValue.Ticks + TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay);

        private long? NextId() => _random.Next(5) == 0 ? null : _random.NextInt64(0, 1L << 40);

        /// <summary>Integers near every encoding boundary, and anywhere.</summary>
        private long NextInteger()
        {
            long[] edges = [-16, -17, 127, 128, -128, -129, 32767, 32768, -32768, -32769, int.MaxValue, int.MinValue,
                (long)int.MaxValue + 1, (long)int.MinValue - 1, long.MaxValue, long.MinValue, 0];
            return _random.Next(3) switch
            {
                0 => edges[_random.Next(edges.Length)],
                1 => _random.NextInt64(-200, 200),
                _ => _random.NextInt64(long.MinValue, long.MaxValue),
            };
        }

        private double NextDouble() => _random.Next(8) switch
        {
            0 => double.NaN,
            1 => -0.0,
            2 => double.NegativeInfinity,
            3 => double.Epsilon,
            _ => BitConverter.Int64BitsToDouble(_random.NextInt64()) is var d && !double.IsNaN(d) ? d : 0.5,
        };

        /// <summary>Sizes around the tiny / 8-bit / 16-bit boundaries.</summary>
        private int NextSize(int depth = 3) => _random.Next(10) switch
        {
            0 => 15,
            1 => 16,
            2 when depth == 0 => _random.Next(250, 300),
            _ => _random.Next(0, 6),
        };

        private string NextString()
        {
            var length = _random.Next(40) == 0 ? _random.Next(65_530, 65_540) : _random.Next(5) == 0 ? _random.Next(250, 300) : NextSize();
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = _random.Next(4) switch
                {
                    0 => (char)_random.Next(0x80, 0x800),       // two UTF-8 bytes
                    1 => (char)_random.Next(0x800, 0xD800),     // three UTF-8 bytes
                    _ => (char)_random.Next(0x20, 0x7F),
                };
            }
            return new string(chars);
        }

        private byte[] NextBytes()
        {
            var bytes = new byte[_random.Next(20) == 0 ? _random.Next(65_530, 65_540) : _random.Next(5) == 0 ? _random.Next(250, 300) : NextSize()];
            _random.NextBytes(bytes);
            return bytes;
        }

        private Dictionary<string, object?> NextMap(int depth)
        {
            var map = new Dictionary<string, object?>();
            var size = NextSize(depth - 1);
            for (var i = 0; i < size; i++) map["k" + i] = Next(depth);
            return map;
        }

        private Dictionary<string, object?> NextProperties()
        {
            var map = new Dictionary<string, object?>();
            for (var i = 0; i < _random.Next(4); i++) map["p" + i] = _random.Next(2) == 0 ? NextString() : NextInteger();
            return map;
        }

        private BoltNode NextNode() =>
            new(NextId(), "4:" + _random.Next(), Enumerable.Range(0, _random.Next(3)).Select(i => "L" + i).ToArray(), NextProperties());

        /// <summary>A walk over distinct nodes with relationships in random directions.</summary>
        private BoltPath NextPath()
        {
            var nodes = Enumerable.Range(0, _random.Next(1, 5)).Select(i => new BoltNode(i, "n" + i, [], NextProperties())).ToArray();
            var rels = new BoltRelationship[nodes.Length - 1];
            for (var i = 0; i < rels.Length; i++)
            {
                var (start, end) = _random.Next(2) == 0 ? (nodes[i], nodes[i + 1]) : (nodes[i + 1], nodes[i]);
                rels[i] = new BoltRelationship(100 + i, "r" + i, start.Id, start.ElementId, end.Id, end.ElementId, "T" + i, NextProperties());
            }
            return new BoltPath(nodes, rels);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_nested_values_round_trip(int seed)
    {
        var generator = new ValueGenerator(seed);
        using var writer = new PackStreamWriter();
        for (var i = 0; i < 200; i++)
        {
            var value = generator.Next(0);
            writer.Clear();
            writer.Write(value);
            var bytes = writer.ToArray();

            var reader = new PackStreamReader(bytes);
            var decoded = reader.ReadValue();
            Assert.Equal(0, reader.Remaining);
            ValueAssert.Equal(value, decoded, $"seed {seed} value {i}");

            writer.Clear();
            writer.Write(decoded);
            Assert.Equal(bytes, writer.ToArray());
        }
    }
}
