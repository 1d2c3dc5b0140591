using System.Collections;

namespace GeoGraph.Bolt;

/// <summary>Checks that parameter values are types Bolt can carry, before anything is sent.</summary>
public static class BoltValues
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the first unsupported value by its path, e.g. <c>$people[2].born</c>.</summary>
    public static void Validate(IReadOnlyDictionary<string, object?>? parameters)
    {
        if (parameters is null) return;
        foreach (var (key, value) in parameters)
            Validate(value, "$" + key);
    }

    private static void Validate(object? value, string path)
    {
        switch (value)
        {
            case null or bool or long or int or short or sbyte or byte or uint or ushort or double or float or string or char
                or byte[] or ReadOnlyMemory<byte> or Memory<byte>
                or DateOnly or TimeOnly or OffsetTime or DateTime or DateTimeOffset or ZonedDateTime or TimeSpan or BoltDuration
                or Point or Node or Relationship or UnboundRelationship or Path or PackStream.PackStreamStructure:
                return;
            case ulong ul:
                if (ul > long.MaxValue)
                    throw new ArgumentException($"Parameter {path} = {ul} does not fit a signed 64-bit integer, the only integer Bolt carries.");
                return;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var (k, v) in map) Validate(v, path + "." + k);
                return;
            case IDictionary<string, object?> map:
                foreach (var (k, v) in map) Validate(v, path + "." + k);
                return;
            case IDictionary dict:
                foreach (DictionaryEntry e in dict)
                {
                    if (e.Key is not string k)
                        throw new ArgumentException($"Parameter {path} is a map with {e.Key.GetType().Name} keys; Bolt map keys must be strings.");
                    Validate(e.Value, path + "." + k);
                }
                return;
            case IEnumerable seq:
                var i = 0;
                foreach (var item in seq) Validate(item, $"{path}[{i++}]");
                return;
            default:
                throw new ArgumentException(UnsupportedMessage(value.GetType(), path));
        }
    }

    internal static string UnsupportedMessage(Type type, string path) =>
        $"Parameter {path} has type {type.FullName}, which Bolt cannot carry. Use null, bool, an integer type, double, string, " +
        "byte[], a list, a string-keyed dictionary, DateOnly, TimeOnly, DateTime, DateTimeOffset, TimeSpan or a GeoGraph.Bolt value type.";
}
