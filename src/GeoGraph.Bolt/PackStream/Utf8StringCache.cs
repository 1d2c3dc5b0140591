using System.Text;

namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// Remembers short strings that repeat across records — map keys, labels, relationship types — so
/// decoding them neither re-runs UTF-8 decoding nor allocates a new string each time. A fixed table
/// indexed by a hash of the bytes; a collision simply replaces the entry. Entries are immutable and
/// swapped by reference, so connections on different threads can share it.
/// </summary>
internal static class Utf8StringCache
{
    public const int MaxLength = 32;
    private const int Size = 1024;

    private sealed class Entry(byte[] utf8, string value)
    {
        public readonly byte[] Utf8 = utf8;
        public readonly string Value = value;
    }

    private static readonly Entry?[] Entries = new Entry?[Size];

    public static string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength) return Encoding.UTF8.GetString(utf8);
        var hash = 2166136261u;
        foreach (var b in utf8) hash = (hash ^ b) * 16777619u;
        ref var slot = ref Entries[hash & (Size - 1)];
        var entry = slot;
        if (entry is not null && utf8.SequenceEqual(entry.Utf8)) return entry.Value;
        var value = Encoding.UTF8.GetString(utf8);
        slot = new Entry(utf8.ToArray(), value);
        return value;
    }
}
