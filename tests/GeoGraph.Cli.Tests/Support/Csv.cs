using System.Text;

namespace GeoGraph.Cli.Tests.Support;

/// <summary>An RFC 4180 reader, to read the CSV export back the way a spreadsheet would.</summary>
public static class Csv
{
    /// <summary>Records (CRLF-terminated) of fields; a quoted field may hold commas, doubled quotes and line breaks.</summary>
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else field.Append(text[i++]);
                }
            }
            else if (text[i] == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i += 2;
            }
            else
            {
                Assert.False(text[i] is '\r' or '\n', $"a bare line break at {i} outside quotes");
                field.Append(text[i++]);
            }
        }
        Assert.True(fields.Count == 0 && field.Length == 0, "the last record is not terminated by CRLF");
        return records;
    }
}
