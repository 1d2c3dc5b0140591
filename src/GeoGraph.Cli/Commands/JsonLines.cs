using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GeoGraph.Bolt;

namespace GeoGraph.Cli.Commands;

/// <summary>Bolt values as JSON: records out (one object per line), parameters in.</summary>
public static class JsonLines
{
    /// <summary>
    /// Deep enough for anything the driver decodes (<see cref="BoltValues.MaxNestingDepth"/>, where a node
    /// and its properties map are one JSON level each) inside the record's own object.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 2 * BoltValues.MaxNestingDepth + 1,
    };

    /// <summary>One record as one JSON object, fields in order. Nodes are {elementId, labels, properties}; relationships add type and both ends.</summary>
    public static string Format(Record record)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            for (var i = 0; i < record.Keys.Count; i++)
            {
                json.WritePropertyName(record.Keys[i]);
                Write(json, record[i]);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: WriteFloat(json, d); break;
            case string s: json.WriteStringValue(s); break;
            case byte[] bytes: json.WriteBase64StringValue(bytes); break;
            case BoltNode node:
                json.WriteStartObject();
                json.WriteString("elementId", node.ElementId);
                json.WriteStartArray("labels");
                foreach (var label in node.Labels) json.WriteStringValue(label);
                json.WriteEndArray();
                json.WritePropertyName("properties");
                Write(json, node.Properties);
                json.WriteEndObject();
                break;
            case BoltRelationship rel:
                json.WriteStartObject();
                json.WriteString("elementId", rel.ElementId);
                json.WriteString("type", rel.Type);
                json.WriteString("startElementId", rel.StartNodeElementId);
                json.WriteString("endElementId", rel.EndNodeElementId);
                json.WritePropertyName("properties");
                Write(json, rel.Properties);
                json.WriteEndObject();
                break;
            case BoltPath path:
                json.WriteStartObject();
                json.WritePropertyName("nodes");
                Write(json, path.Nodes);
                json.WritePropertyName("relationships");
                Write(json, path.Relationships);
                json.WriteEndObject();
                break;
            case BoltPoint point:
                json.WriteStartObject();
                json.WriteNumber("srid", point.Srid);
                json.WritePropertyName("x");
                WriteFloat(json, point.X);
                json.WritePropertyName("y");
                WriteFloat(json, point.Y);
                if (point.Z is { } z)
                {
                    json.WritePropertyName("z");
                    WriteFloat(json, z);
                }
                json.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    Write(json, item);
                }
                json.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list) Write(json, item);
                json.WriteEndArray();
                break;
            case DateOnly or TimeOnly or DateTime or DateTimeOffset:
                json.WriteStringValue(BoltValueFormatter.Format(value));
                break;
            default:
                // ZonedDateTime, OffsetTime, BoltDuration and unknown structures print in ISO-8601 / reference notation.
                json.WriteStringValue(value.ToString());
                break;
        }
    }

    /// <summary>JSON has no NaN or infinity: those are written as strings ("NaN", "Infinity"), wherever the float is.</summary>
    private static void WriteFloat(Utf8JsonWriter json, double d)
    {
        if (double.IsFinite(d)) json.WriteNumberValue(d);
        else json.WriteStringValue(d.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A <c>--param</c> value: integers become long, other numbers double, arrays lists, objects maps.</summary>
    public static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Convert(document.RootElement);
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToArray(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value)),
        _ => throw new JsonException($"Unsupported JSON value {element.ValueKind}."),
    };
}
