using System.Globalization;
using GeoGraph.Core.Storage;

namespace GeoGraph.Cli;

/// <summary>How verbs word what they did, the same everywhere.</summary>
public static class Report
{
    /// <summary>"1 article", "43 relations".</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    /// <summary>What an applied batch changed: "1 article, 17 nodes, 43 relations, 52 citations created; 2 nodes updated", or "nothing changed".</summary>
    public static string Changes(ApplyResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!r.Changed) return "nothing changed";
        var parts = new List<string>();
        var created = new[] { (r.ArticlesCreated, "article"), (r.NodesCreated, "node"), (r.RelationsCreated, "relation"), (r.CitationsAdded, "citation") }
            .Where(p => p.Item1 > 0).Select(p => Count(p.Item1, p.Item2)).ToArray();
        if (created.Length > 0) parts.Add(string.Join(", ", created) + " created");
        if (r.NodesUpdated > 0) parts.Add(Count(r.NodesUpdated, "node") + " updated");
        if (r.ArticleTextsAdded > 0) parts.Add(Count(r.ArticleTextsAdded, "article text") + " added");
        return string.Join("; ", parts);
    }

    public static ApplyResult Sum(ApplyResult a, ApplyResult b) => new(
        a.ArticlesCreated + b.ArticlesCreated, a.ArticleTextsAdded + b.ArticleTextsAdded, a.NodesCreated + b.NodesCreated,
        a.NodesUpdated + b.NodesUpdated, a.RelationsCreated + b.RelationsCreated, a.CitationsAdded + b.CitationsAdded);

    public static readonly ApplyResult Nothing = new(0, 0, 0, 0, 0, 0);

    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
