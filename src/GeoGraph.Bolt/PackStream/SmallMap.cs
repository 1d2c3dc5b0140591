using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// The read-only map a decoded PackStream dictionary becomes when it is small (property maps
/// usually are): two arrays in wire order, looked up linearly. It skips hashing every key at
/// decode time, which is most of what a <see cref="Dictionary{TKey,TValue}"/> costs to build;
/// larger maps are decoded into a <see cref="Dictionary{TKey,TValue}"/>.
/// </summary>
internal sealed class SmallMap : IReadOnlyDictionary<string, object?>
{
    public const int MaxCount = 8;

    private readonly string[] _keys;
    private readonly object?[] _values;
    private int _count;

    public SmallMap(int capacity)
    {
        _keys = new string[capacity];
        _values = new object?[capacity];
    }

    /// <summary>Adds or, for a repeated key, replaces (the last value wins).</summary>
    public void Set(string key, object? value)
    {
        var i = IndexOf(key);
        if (i < 0) i = _count++;
        _keys[i] = key;
        _values[i] = value;
    }

    private int IndexOf(string key)
    {
        for (var i = 0; i < _count; i++)
            if (ReferenceEquals(_keys[i], key) || string.Equals(_keys[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }

    public int Count => _count;

    public object? this[string key] => IndexOf(key) is >= 0 and var i ? _values[i] : throw new KeyNotFoundException($"No key '{key}'.");

    public IEnumerable<string> Keys => _keys.Take(_count);
    public IEnumerable<object?> Values => _values.Take(_count);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _values[i] : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => BoltValueFormatter.Format(this);
}
