using System.Globalization;
using System.Text;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Model;
using GeoGraph.Core.Suggestions;

namespace GeoGraph.Core.Tests.Suggestions;

/// <summary>
/// Precision and recall of a suggestion against a curated bundle: entities as the set of entity
/// ids the curated bundle uses (declared entities and every country its relations name), and
/// relations as the set of (type, subject, object) triples. Qualifiers, quotes and confidence are
/// not compared: an analyst edits those; what matters is whether the fact was proposed at all.
/// </summary>
public sealed record ExtractionScore(
    IReadOnlySet<string> GoldEntities, IReadOnlySet<string> FoundEntities,
    IReadOnlySet<(string Type, string Subject, string Object)> GoldRelations, IReadOnlySet<(string Type, string Subject, string Object)> FoundRelations)
{
    public static ExtractionScore Of(Bundle gold, Suggestion suggestion)
    {
        var goldRelations = gold.Relations.Select(r => (r.Type!, r.Subject!, r.Object!)).ToHashSet();
        var goldEntities = gold.Entities.Select(e => e.Id!)
            .Concat(gold.Relations.SelectMany(r => new[] { r.Subject!, r.Object! }))
            .Where(id => NodeIds.KindOf(id) is { } k && k != NodeKind.Claim).ToHashSet(StringComparer.Ordinal);
        var foundEntities = suggestion.Mentions.Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal);
        var foundRelations = suggestion.Relations.Select(r => (r.Type, r.Subject, r.Object)).ToHashSet();
        return new ExtractionScore(goldEntities, foundEntities, goldRelations, foundRelations);
    }

    /// <summary>Several texts' scores as one: every id and triple is prefixed with its text's name, so nothing is shared across texts.</summary>
    public static ExtractionScore Pool(IEnumerable<(string Name, ExtractionScore Score)> scores)
    {
        var list = scores.ToList();
        HashSet<string> Ids(Func<ExtractionScore, IReadOnlySet<string>> pick) =>
            list.SelectMany(x => pick(x.Score).Select(id => $"{x.Name}:{id}")).ToHashSet(StringComparer.Ordinal);
        HashSet<(string, string, string)> Triples(Func<ExtractionScore, IReadOnlySet<(string Type, string Subject, string Object)>> pick) =>
            list.SelectMany(x => pick(x.Score).Select(r => (r.Type, $"{x.Name}:{r.Subject}", r.Object))).ToHashSet();
        return new ExtractionScore(Ids(s => s.GoldEntities), Ids(s => s.FoundEntities), Triples(s => s.GoldRelations), Triples(s => s.FoundRelations));
    }

    public (int TruePositives, int Found, int Gold) Entities => (FoundEntities.Count(GoldEntities.Contains), FoundEntities.Count, GoldEntities.Count);

    public (int TruePositives, int Found, int Gold) Relations => (FoundRelations.Count(GoldRelations.Contains), FoundRelations.Count, GoldRelations.Count);

    /// <summary>Relations between entities only: the curated claims (CLAIM nodes) are not something a text names.</summary>
    public (int TruePositives, int Found, int Gold) EntityRelations
    {
        get
        {
            var gold = GoldRelations.Where(r => !IsClaim(r.Subject) && !IsClaim(r.Object)).ToHashSet();
            return (FoundRelations.Count(gold.Contains), FoundRelations.Count, gold.Count);
        }
    }

    public static double Precision((int Tp, int Found, int Gold) c) => c.Found == 0 ? 0 : (double)c.Tp / c.Found;

    public static double Recall((int Tp, int Found, int Gold) c) => c.Gold == 0 ? 0 : (double)c.Tp / c.Gold;

    private static bool IsClaim(string id) => NodeIds.KindOf(id) == NodeKind.Claim;

    /// <summary>A Markdown report: the totals and the per-type table, then what was missed and what was extra.</summary>
    public string Report(string title)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"### {title}").AppendLine();
        sb.AppendLine("| measure | found | correct | gold | precision | recall |").AppendLine("|---|---:|---:|---:|---:|---:|");
        Row(sb, "entities", Entities);
        Row(sb, "relations (type, subject, object)", Relations);
        Row(sb, "relations between entities (no claims)", EntityRelations);
        sb.AppendLine().AppendLine("| type | found | correct | gold | precision | recall |").AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var type in GoldRelations.Select(r => r.Type).Concat(FoundRelations.Select(r => r.Type)).Distinct().Order(StringComparer.Ordinal))
        {
            var found = FoundRelations.Where(r => r.Type == type).ToArray();
            var gold = GoldRelations.Where(r => r.Type == type).ToArray();
            Row(sb, type, (found.Count(GoldRelations.Contains), found.Length, gold.Length));
        }
        sb.AppendLine().AppendLine("Missed entities: " + List(GoldEntities.Where(e => !FoundEntities.Contains(e))));
        sb.AppendLine().AppendLine("Extra entities: " + List(FoundEntities.Where(e => !GoldEntities.Contains(e))));
        sb.AppendLine().AppendLine("Missed relations: " + List(GoldRelations.Where(r => !FoundRelations.Contains(r)).Select(Triple)));
        sb.AppendLine().AppendLine("Extra relations: " + List(FoundRelations.Where(r => !GoldRelations.Contains(r)).Select(Triple)));
        return sb.ToString();
    }

    private static string Triple((string Type, string Subject, string Object) r) => $"{r.Subject} {r.Type} {r.Object}";

    private static string List(IEnumerable<string> items)
    {
        var sorted = items.Order(StringComparer.Ordinal).ToArray();
        return sorted.Length == 0 ? "none" : string.Join(", ", sorted.Select(s => $"`{s}`"));
    }

    private static void Row(StringBuilder sb, string name, (int Tp, int Found, int Gold) c) =>
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {c.Found} | {c.Tp} | {c.Gold} | {(c.Found == 0 ? "–" : Precision(c).ToString("0.00", CultureInfo.InvariantCulture))} | {(c.Gold == 0 ? "–" : Recall(c).ToString("0.00", CultureInfo.InvariantCulture))} |");
}
