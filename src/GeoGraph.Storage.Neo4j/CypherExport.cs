using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// A graph as plain Cypher, one statement per node, article and relation, with literal values and
/// no parameters: pasteable into Neo4j Browser, runnable with <c>geograph cypher --file</c>. It
/// writes exactly what the Neo4j store writes — the same labels, and the same properties, taken
/// from the rows the store sends (<see cref="Neo4jValues"/>) — and every statement MERGEs, so
/// running the script twice changes nothing. Constraints and indexes are cypher/schema.cypher's
/// (schema statements cannot share a transaction with data).
/// </summary>
public sealed partial class CypherExport(TextWriter output)
{
    private readonly ArticleMentions _mentions = new();

    public int Statements { get; private set; }

    /// <summary>Comment lines (each prefixed with <c>// </c>) that open the script.</summary>
    public async Task WriteHeaderAsync(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines) await output.WriteLineAsync(("// " + line).TrimEnd());
        await output.WriteLineAsync();
    }

    public async Task WriteAsync(StoreChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        foreach (var node in chunk.Nodes) await StatementAsync(Node(node));
        foreach (var article in chunk.Articles) await StatementAsync(Article(article));
        var citations = chunk.Citations.ToLookup(c => c.RelationId, StringComparer.Ordinal);
        foreach (var relation in chunk.Relations) await StatementAsync(Relation(relation, citations[relation.Id]));

        foreach (var article in _mentions.NewIn(chunk).GroupBy(m => m.ArticleId, StringComparer.Ordinal))
            await StatementAsync(Mentions(article.Key, article.Select(m => m.NodeId)));
    }

    private async Task StatementAsync(string statement)
    {
        await output.WriteAsync(statement);
        await output.WriteLineAsync(";");
        Statements++;
    }

    /// <summary>Labels as apply_write_nodes.cypher sets them: :Node always, :Claim for claims, :Entity and the kind's label otherwise.</summary>
    public static string Node(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var labels = node.Kind == NodeKind.Claim ? "Claim" : "Entity:" + node.Kind;
        return $"MERGE (n:Node {{id: {Literal(node.Id)}}})\nSET n:{labels}, {Assignments("n", Neo4jValues.NodeRow(node), "id")}";
    }

    public static string Article(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return $"MERGE (a:Article {{id: {Literal(article.Id)}}})\nSET {Assignments("a", Neo4jValues.ArticleRow(article), "id")}";
    }

    /// <summary>A relation between its two nodes, with its citations as the store's parallel lists and its qualifiers as <c>q_&lt;key&gt;</c>.</summary>
    public static string Relation(Relation relation, IEnumerable<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(relation);
        if (!RelationType().IsMatch(relation.Type))
            throw new ArgumentException($"'{relation.Type}' is not a relation type (UPPER_SNAKE)", nameof(relation));
        var row = Neo4jValues.RelationRow(relation, citations);
        return $"MATCH (s:Node {{id: {Literal(relation.SubjectId)}}})\n"
               + $"MATCH (o:Node {{id: {Literal(relation.ObjectId)}}})\n"
               + $"MERGE (s)-[r:{relation.Type} {{id: {Literal(relation.Id)}}}]->(o)\n"
               + $"SET {Assignments("r", (IReadOnlyDictionary<string, object?>)row["properties"]!)}";
    }

    /// <summary>An article's MENTIONS of the nodes it is cited about, as apply_mentions.cypher makes them.</summary>
    public static string Mentions(string articleId, IEnumerable<string> nodeIds) =>
        $"MATCH (a:Article {{id: {Literal(articleId)}}})\n"
        + $"UNWIND {Literal(nodeIds.ToArray())} AS nodeId\n"
        + "MATCH (n:Node {id: nodeId})\n"
        + "MERGE (a)-[:MENTIONS]->(n)";

    /// <summary>
    /// <c>v.key = literal, …</c> for the row's non-null values (a null would only remove the
    /// property), in the row's order. One assignment per property rather than <c>v += {…}</c>: it
    /// reads the same, and cypher-lint checks every key (its analysis gives up on a map literal
    /// holding a temporal function call).
    /// </summary>
    private static string Assignments(string variable, IReadOnlyDictionary<string, object?> row, params string[] skip) =>
        string.Join(", ", row.Where(kv => kv.Value is not null && !skip.Contains(kv.Key)).Select(kv => $"{variable}.{Key(kv.Key)} = {Literal(kv.Value)}"));

    private static string Key(string key) => PlainName().IsMatch(key) ? key : "`" + key.Replace("`", "``", StringComparison.Ordinal) + "`";

    /// <summary>A Cypher literal of a value as the store binds it: strings, integers, floats, booleans, DATE, DATETIME, lists.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string s => String(s),
        bool b => b ? "true" : "false",
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => Float(d),
        DateOnly d => $"date('{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}')",
        DateTimeOffset t => $"datetime('{t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)}')",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Literal)) + "]",
        _ => throw new ArgumentException($"no Cypher literal for a {value.GetType().Name}", nameof(value)),
    };

    /// <summary>Always with a decimal point or exponent, so Neo4j stores a FLOAT as the store's bound double is.</summary>
    private static string Float(double d)
    {
        if (!double.IsFinite(d)) throw new ArgumentException("a float property must be finite", nameof(d));
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>A single-quoted string: backslash, quote and control characters escaped, everything else as it is (UTF-8).</summary>
    public static string String(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\b': sb.Append(@"\b"); break;
                case '\f': sb.Append(@"\f"); break;
                // Other controls (the alias separator U+0001 among them), and the line separators
                // that break a line in some editors, as \uXXXX escapes.
                case < ' ' or (>= '\u007f' and <= '\u009f') or '\u2028' or '\u2029':
                    sb.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('\'').ToString();
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*\\z")]
    private static partial Regex RelationType();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*\\z")]
    private static partial Regex PlainName();
}
