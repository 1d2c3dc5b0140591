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

    /// <summary>
    /// How deeply lists, maps and structures may nest, in parameters and in what the server sends:
    /// deeper values (or a list that contains itself) are refused instead of overflowing the stack.
    /// </summary>
    public const int MaxNestingDepth = 1000;

    private static void Validate(object? value, string path, int depth = 0)
    {
        switch (value)
        {
            case null or bool or long or int or short or sbyte or byte or uint or ushort or double or float or string or char
                or byte[] or ReadOnlyMemory<byte> or Memory<byte>
                or DateOnly or TimeOnly or OffsetTime or DateTime or DateTimeOffset or TimeSpan or BoltDuration or BoltPoint:
                return;
            case ZonedDateTime zoned:
                Require(zoned.ZoneId, path + ".ZoneId");
                return;
            case ulong ul:
                if (ul > long.MaxValue)
                    throw new ArgumentException($"Parameter {path} = {ul} does not fit a signed 64-bit integer, the only integer Bolt carries.");
                return;
        }
        if (depth >= MaxNestingDepth)
            throw new ArgumentException($"Parameter {path} nests lists, maps or structures more than {MaxNestingDepth} deep (or contains itself).");
        depth++;
        switch (value)
        {
            case BoltNode node:
                ValidateNode(node, path, depth);
                return;
            case BoltRelationship rel:
                Require(rel.ElementId, path + ".ElementId");
                Require(rel.StartNodeElementId, path + ".StartNodeElementId");
                Require(rel.EndNodeElementId, path + ".EndNodeElementId");
                Require(rel.Type, path + ".Type");
                ValidateProperties(rel.Properties, path, depth);
                return;
            case BoltUnboundRelationship rel:
                Require(rel.ElementId, path + ".ElementId");
                Require(rel.Type, path + ".Type");
                ValidateProperties(rel.Properties, path, depth);
                return;
            case BoltPath walk:
                Require(walk.Nodes, path + ".Nodes");
                Require(walk.Relationships, path + ".Relationships");
                for (var n = 0; n < walk.Nodes.Count; n++) ValidateNode(walk.Nodes[n], $"{path}.Nodes[{n}]", depth);
                for (var r = 0; r < walk.Relationships.Count; r++) Validate(Require(walk.Relationships[r], $"{path}.Relationships[{r}]"), $"{path}.Relationships[{r}]", depth);
                return;
            case PackStream.PackStreamStructure structure:
                Require(structure.Fields, path + ".Fields");
                if (structure.Fields.Count > 15)
                    throw new ArgumentException($"Parameter {path} is a structure of {structure.Fields.Count} fields; PackStream allows at most 15.");
                for (var f = 0; f < structure.Fields.Count; f++) Validate(structure.Fields[f], $"{path}.Fields[{f}]", depth);
                return;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var (k, v) in map) Validate(v, path + "." + k, depth);
                return;
            case IDictionary<string, object?> map:
                foreach (var (k, v) in map) Validate(v, path + "." + k, depth);
                return;
            case IDictionary dict:
                foreach (DictionaryEntry e in dict)
                {
                    if (e.Key is not string k)
                        throw new ArgumentException($"Parameter {path} is a map with {e.Key.GetType().Name} keys; Bolt map keys must be strings.");
                    Validate(e.Value, path + "." + k, depth);
                }
                return;
            case IEnumerable seq:
                var i = 0;
                foreach (var item in seq) Validate(item, $"{path}[{i++}]", depth);
                return;
            default:
                throw new ArgumentException(UnsupportedMessage(value!.GetType(), path));
        }
    }

    /// <summary>A graph value built by hand must be complete: the writer cannot encode a missing id, label or type.</summary>
    private static void ValidateNode(BoltNode node, string path, int depth)
    {
        Require(node, path);
        Require(node.ElementId, path + ".ElementId");
        Require(node.Labels, path + ".Labels");
        for (var l = 0; l < node.Labels.Count; l++) Require(node.Labels[l], $"{path}.Labels[{l}]");
        ValidateProperties(node.Properties, path, depth);
    }

    private static void ValidateProperties(IReadOnlyDictionary<string, object?> properties, string path, int depth)
    {
        Require(properties, path + ".Properties");
        foreach (var (k, v) in properties) Validate(v, $"{path}.Properties.{k}", depth);
    }

    private static T Require<T>(T? value, string path) where T : class =>
        value ?? throw new ArgumentException($"Parameter {path} is null; a graph value sent as a parameter needs it.");

    internal static string UnsupportedMessage(Type type, string path) =>
        $"Parameter {path} has type {type.FullName}, which Bolt cannot carry. Use null, bool, an integer type, double, string, " +
        "byte[], a list, a string-keyed dictionary, DateOnly, TimeOnly, DateTime, DateTimeOffset, TimeSpan or a GeoGraph.Bolt value type.";
}
