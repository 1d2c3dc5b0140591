using System.Collections;
using System.Globalization;
using System.Text;

namespace GeoGraph.Bolt;

/// <summary>Renders values the way the Bolt reference writes them: <c>{"n": 1}</c>, <c>["a", 2.0]</c>, <c>(:Label {…})</c>.</summary>
public static class BoltValueFormatter
{
    public static string Format(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case string s: AppendQuoted(sb, s); break;
            case double d: sb.Append(FormatFloat(d)); break;
            case float f: sb.Append(FormatFloat(f)); break;
            case byte[] bytes: sb.Append("#").Append(Convert.ToHexString(bytes)); break;
            case IFormattable and (long or int or short or sbyte or byte or uint or ushort or ulong):
                sb.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case BoltNode n:
                sb.Append('(').Append(n.ElementId);
                foreach (var label in n.Labels) sb.Append(':').Append(label);
                sb.Append(' ');
                AppendMap(sb, n.Properties);
                sb.Append(')');
                break;
            case BoltRelationship r:
                sb.Append('(').Append(r.StartNodeElementId).Append(")-[").Append(r.ElementId).Append(':').Append(r.Type).Append(' ');
                AppendMap(sb, r.Properties);
                sb.Append("]->(").Append(r.EndNodeElementId).Append(')');
                break;
            case BoltUnboundRelationship u:
                sb.Append("-[").Append(u.ElementId).Append(':').Append(u.Type).Append(' ');
                AppendMap(sb, u.Properties);
                sb.Append("]-");
                break;
            case BoltPath p:
                sb.Append("<");
                for (var i = 0; i < p.Relationships.Count; i++)
                {
                    Append(sb, p.Nodes[i]);
                    sb.Append(p.Relationships[i].StartNodeElementId == p.Nodes[i].ElementId ? "-[" : "<-[");
                    sb.Append(p.Relationships[i].ElementId).Append(':').Append(p.Relationships[i].Type);
                    sb.Append(p.Relationships[i].StartNodeElementId == p.Nodes[i].ElementId ? "]->" : "]-");
                }
                Append(sb, p.End);
                sb.Append('>');
                break;
            case BoltPoint pt:
                sb.Append(CultureInfo.InvariantCulture, $"Point(srid={pt.Srid}, x={FormatFloat(pt.X)}, y={FormatFloat(pt.Y)}");
                if (pt.Z is { } z) sb.Append(", z=").Append(FormatFloat(z));
                sb.Append(')');
                break;
            case PackStream.PackStreamStructure st:
                sb.Append(CultureInfo.InvariantCulture, $"Structure<{st.Tag:X2}>");
                AppendList(sb, st.Fields);
                break;
            case DateOnly date: sb.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case TimeOnly time: sb.Append(time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)); break;
            case DateTime dt: sb.Append(dt.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset dto: sb.Append(dto.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)); break;
            case IReadOnlyDictionary<string, object?> map: AppendMap(sb, map); break;
            case IDictionary dict:
                sb.Append('{');
                var first = true;
                foreach (DictionaryEntry e in dict)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    AppendQuoted(sb, e.Key.ToString() ?? "");
                    sb.Append(": ");
                    Append(sb, e.Value);
                }
                sb.Append('}');
                break;
            case IEnumerable seq: AppendList(sb, seq); break;
            default: sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static string FormatFloat(double d) =>
        double.IsFinite(d) && d == Math.Floor(d) && Math.Abs(d) < 1e15
            ? d.ToString("0.0", CultureInfo.InvariantCulture)
            : d.ToString("R", CultureInfo.InvariantCulture);

    private static void AppendList(StringBuilder sb, IEnumerable seq)
    {
        sb.Append('[');
        var first = true;
        foreach (var item in seq)
        {
            if (!first) sb.Append(", ");
            first = false;
            Append(sb, item);
        }
        sb.Append(']');
    }

    private static void AppendMap(StringBuilder sb, IEnumerable<KeyValuePair<string, object?>> map)
    {
        sb.Append('{');
        var first = true;
        foreach (var (key, value) in map)
        {
            if (!first) sb.Append(", ");
            first = false;
            AppendQuoted(sb, key);
            sb.Append(": ");
            Append(sb, value);
        }
        sb.Append('}');
    }

    private static void AppendQuoted(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ') sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
