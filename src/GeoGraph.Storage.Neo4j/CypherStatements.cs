using System.Reflection;
using System.Text.RegularExpressions;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// The statements the store runs, read from the files under cypher/ embedded in this assembly.
/// Relationship types never come from input: a per-type statement is its file with the placeholder
/// type <c>RELATION_TYPE</c> replaced by a vocabulary type (checked to be UPPER_SNAKE).
/// </summary>
internal static partial class CypherStatements
{
    public const string TypePlaceholder = "RELATION_TYPE";

    private static readonly Assembly Assembly = typeof(CypherStatements).Assembly;

    /// <summary>The statement of cypher/queries/<paramref name="name"/>.cypher.</summary>
    public static string Query(string name) => Read($"cypher/queries/{name}.cypher");

    /// <summary>
    /// The expression of cypher/<paramref name="folder"/>/<paramref name="name"/>.cypher (a relation
    /// predicate or sort key), its comment lines dropped, in parentheses so it composes as one term.
    /// </summary>
    public static string Fragment(string folder, string name) =>
        "(" + string.Join('\n', Read($"cypher/{folder}/{name}.cypher").Split('\n')
            .Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal) && l.Trim().Length > 0)).Trim() + ")";

    /// <summary>
    /// <paramref name="template"/> with each placeholder parameter (<c>$condition</c> …) replaced by
    /// composed Cypher; a placeholder missing from the template is a bug, so it throws.
    /// </summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> placeholders)
    {
        foreach (var (name, cypher) in placeholders)
        {
            var pattern = new Regex(Regex.Escape("$" + name) + "(?![A-Za-z0-9_])");
            if (!pattern.IsMatch(template)) throw new InvalidOperationException($"the statement has no ${name} to fill");
            template = pattern.Replace(template, cypher.Replace("$", "$$", StringComparison.Ordinal));
        }
        return template;
    }

    /// <summary>The statements of cypher/schema.cypher, one per <c>;</c>.</summary>
    public static IReadOnlyList<string> Schema() => Split(Read("cypher/schema.cypher"));

    /// <summary>A per-type statement for <paramref name="type"/>.</summary>
    public static string ForType(string template, string type)
    {
        if (!RelationTypeName().IsMatch(type))
            throw new ArgumentException($"'{type}' is not an UPPER_SNAKE relation type", nameof(type));
        return template.Replace(TypePlaceholder, type, StringComparison.Ordinal);
    }

    /// <summary>A statement over every type at once: the placeholder replaced by the types joined by '|' (each checked as in <see cref="ForType"/>).</summary>
    public static string ForTypes(string template, IEnumerable<string> types) =>
        template.Replace(TypePlaceholder, string.Join('|', types.Select(t => ForType(TypePlaceholder, t))), StringComparison.Ordinal);

    /// <summary>One per-type statement for every type, joined by UNION ALL (a lookup whatever the type).</summary>
    public static string UnionOverTypes(string template, IEnumerable<string> types) =>
        string.Join("\nUNION ALL\n", types.Select(t => ForType(template, t)));

    /// <summary>Statements of a script: comment lines dropped, split at the <c>;</c> ending a line.</summary>
    public static IReadOnlyList<string> Split(string script)
    {
        var lines = script.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines).Split(";\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.TrimEnd(';').Trim()).Where(s => s.Length > 0).ToArray();
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The statement file {name} is not embedded in {Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex RelationTypeName();
}
