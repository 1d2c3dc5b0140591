using System.Collections;

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>Deep, type-exact equality for decoded Bolt values (doubles compared bit for bit, so −0.0 and NaN count).</summary>
public static class ValueAssert
{
    public static void Equal(object? expected, object? actual, string path = "value")
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, got {Describe(actual)}");
                return;
            case double d:
                var a = Assert.IsType<double>(actual);
                Assert.True(BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits(a), $"{path}: expected {d:R}, got {a:R}");
                return;
            case string or byte[]:
                Assert.Equal(expected, actual);
                return;
            case BoltNode n:
                var an = Assert.IsType<BoltNode>(actual);
                Assert.Equal(n.Id, an.Id);
                Assert.Equal(n.ElementId, an.ElementId);
                Assert.Equal(n.Labels, an.Labels);
                Equal(n.Properties, an.Properties, path + ".properties");
                return;
            case BoltRelationship r:
                var ar = Assert.IsType<BoltRelationship>(actual);
                Assert.Equal((r.Id, r.ElementId, r.StartNodeId, r.StartNodeElementId, r.EndNodeId, r.EndNodeElementId, r.Type),
                    (ar.Id, ar.ElementId, ar.StartNodeId, ar.StartNodeElementId, ar.EndNodeId, ar.EndNodeElementId, ar.Type));
                Equal(r.Properties, ar.Properties, path + ".properties");
                return;
            case BoltUnboundRelationship u:
                var au = Assert.IsType<BoltUnboundRelationship>(actual);
                Assert.Equal((u.Id, u.ElementId, u.Type), (au.Id, au.ElementId, au.Type));
                Equal(u.Properties, au.Properties, path + ".properties");
                return;
            case BoltPath p:
                var ap = Assert.IsType<BoltPath>(actual);
                Equal(p.Nodes, ap.Nodes, path + ".nodes");
                Equal(p.Relationships, ap.Relationships, path + ".relationships");
                return;
            case IDictionary<string, object?> or IReadOnlyDictionary<string, object?>:
                var e = ToMap(expected);
                var am = ToMap(actual ?? throw new Xunit.Sdk.XunitException($"{path}: expected a map, got null"));
                Assert.Equal(e.Keys.Order(), am.Keys.Order());
                foreach (var (key, value) in e) Equal(value, am[key], $"{path}.{key}");
                return;
            case IEnumerable list:
                var el = list.Cast<object?>().ToList();
                var al = Assert.IsAssignableFrom<IEnumerable>(actual).Cast<object?>().ToList();
                Assert.True(el.Count == al.Count, $"{path}: expected {el.Count} items, got {al.Count}");
                for (var i = 0; i < el.Count; i++) Equal(el[i], al[i], $"{path}[{i}]");
                return;
            default:
                Assert.True(expected.GetType() == actual?.GetType(), $"{path}: expected {Describe(expected)}, got {Describe(actual)}");
                Assert.Equal(expected, actual);
                return;
        }
    }

    private static IReadOnlyDictionary<string, object?> ToMap(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> r => r,
        IDictionary<string, object?> d => d.AsReadOnly(),
        _ => throw new Xunit.Sdk.XunitException($"expected a map, got {Describe(value)}"),
    };

    private static string Describe(object? value) => value is null ? "null" : $"{value} ({value.GetType().Name})";
}
