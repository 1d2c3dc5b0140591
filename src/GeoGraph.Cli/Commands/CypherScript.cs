namespace GeoGraph.Cli.Commands;

/// <summary>Splits a Cypher script at <c>;</c> outside strings, quoted names and comments.</summary>
public static class CypherScript
{
    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var start = 0;
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (c is '\'' or '"' or '`')
            {
                i++;
                while (i < script.Length && script[i] != c)
                    i += script[i] == '\\' && c != '`' ? 2 : 1;
                i++;
            }
            else if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                while (i < script.Length && script[i] != '\n') i++;
            }
            else if (c == '/' && i + 1 < script.Length && script[i + 1] == '*')
            {
                var end = script.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? script.Length : end + 2;
            }
            else if (c == ';')
            {
                Add(script[start..i]);
                start = ++i;
            }
            else
            {
                i++;
            }
        }
        Add(script[Math.Min(start, script.Length)..]);
        return statements;

        void Add(string statement)
        {
            var trimmed = statement.Trim();
            if (trimmed.Length > 0 && !IsOnlyComments(trimmed)) statements.Add(trimmed);
        }
    }

    private static bool IsOnlyComments(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return lines.All(l => l.StartsWith("//", StringComparison.Ordinal));
    }
}
