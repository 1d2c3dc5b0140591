using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// The read-only map a decoded PackStream dictionary becomes when it is small (property maps
/// usually are): entries in wire order in one array, looked up linearly. It skips hashing every key at
/// decode time, which is most of what a <see cref="Dictionary{TKey,TValue}"/> costs to build;
/// larger maps are decoded into a <see cref="Dictionary{TKey,TValue}"/>.
/// </summary>
internal sealed class SmallMap : IReadOnlyDictionary<string, object?>
{
    public const int MaxCount = 8;

    /// <summary>Key, value, key, value… in one array: one allocation besides the map itself.</summary>
    private readonly object?[] _entries;
    private int _count;

    public SmallMap(int capacity) => _entries = new object?[2 * capacity];

    /// <summary>Adds or, for a repeated key, replaces (the last value wins).</summary>
    public void Set(string key, object? value)
    {
        var i = IndexOf(key);
        if (i < 0) i = _count++;
        _entries[2 * i] = key;
        _entries[2 * i + 1] = value;
    }

    private string KeyAt(int i) => (string)_entries[2 * i]!;

    private int IndexOf(string key)
    {
        for (var i = 0; i < _count; i++)
        {
            var candidate = KeyAt(i);
            if (ReferenceEquals(candidate, key) || string.Equals(candidate, key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    public int Count => _count;

    public object? this[string key] =>
        IndexOf(key) is >= 0 and var i ? _entries[2 * i + 1] : throw new KeyNotFoundException($"No key '{key}'.");

    public IEnumerable<string> Keys => Enumerable.Range(0, _count).Select(KeyAt);
    public IEnumerable<object?> Values => Enumerable.Range(0, _count).Select(i => _entries[2 * i + 1]);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _entries[2 * i + 1] : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return new KeyValuePair<string, object?>(KeyAt(i), _entries[2 * i + 1]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => BoltValueFormatter.Format(this);
}
