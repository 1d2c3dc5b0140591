using System.Globalization;

namespace GeoGraph.Bolt;

/// <summary>One row of a result: values by position or by key.</summary>
public sealed class Record
{
    private readonly RecordKeys _keys;
    private readonly object?[] _values;

    internal Record(RecordKeys keys, object?[] values)
    {
        if (values.Length != keys.Names.Length)
            throw new BoltProtocolException($"A record has {values.Length} values for {keys.Names.Length} fields.");
        _keys = keys;
        _values = values;
    }

    public IReadOnlyList<string> Keys => _keys.Names;
    public IReadOnlyList<object?> Values => _values;
    public object? this[int index] => _values[index];

    public object? this[string key] =>
        _keys.Index.TryGetValue(key, out var i) ? _values[i]
            : throw new KeyNotFoundException($"No field '{key}'; the fields are {string.Join(", ", _keys.Names)}.");

    /// <summary>The value converted to <typeparamref name="T"/> (integers narrowed with overflow checks).</summary>
    public T Get<T>(string key) => Convert<T>(this[key]);

    public T Get<T>(int index) => Convert<T>(_values[index]);

    private static T Convert<T>(object? value) => value switch
    {
        T t => t,
        null => default!,
        IConvertible c when typeof(T).IsPrimitive || typeof(T) == typeof(decimal) || Nullable.GetUnderlyingType(typeof(T))?.IsPrimitive == true =>
            (T)System.Convert.ChangeType(c, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"A {value.GetType().Name} value cannot be read as {typeof(T).Name}."),
    };

    public IReadOnlyDictionary<string, object?> ToDictionary()
    {
        var map = new Dictionary<string, object?>(_values.Length);
        for (var i = 0; i < _values.Length; i++) map[_keys.Names[i]] = _values[i];
        return map;
    }

    public override string ToString() => BoltValueFormatter.Format(ToDictionary());
}

/// <summary>The field names of a result, shared by all its records.</summary>
internal sealed class RecordKeys
{
    public RecordKeys(string[] names)
    {
        Names = names;
        Index = new Dictionary<string, int>(names.Length);
        for (var i = 0; i < names.Length; i++) Index[names[i]] = i;
    }

    public string[] Names { get; }
    public Dictionary<string, int> Index { get; }
}
