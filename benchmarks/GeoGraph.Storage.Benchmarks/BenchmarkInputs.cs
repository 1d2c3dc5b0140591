using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Benchmarks;

/// <summary>Inputs picked from the stored graph by fixed rules, so every run measures the same thing.</summary>
public sealed record BenchmarkInputs(
    string Hub, int HubSubjectDegree, string Leaf, string Mid, string Article, int ArticleCitations,
    string PathFrom, string PathTo, int PathLength,
    string Exact, string Prefix, string Contains,
    string[] NodeIds, string[] RelationIds, IReadOnlyList<string> People)
{
    public static BenchmarkInputs Choose(SyntheticStore s)
    {
        // The node that is the subject of most relations, and one that is the subject of exactly one.
        var hubRow = s.Strings("SELECT subject_id || '|' || count(*) FROM relations GROUP BY subject_id ORDER BY count(*) DESC, subject_id LIMIT 1;")[0].Split('|');
        var leaf = s.Strings("SELECT subject_id FROM relations GROUP BY subject_id HAVING count(*) = 1 ORDER BY subject_id LIMIT 1;")[0];
        // A mid-degree node (10 relations either way), whose depth-2 neighbourhood really goes two levels deep.
        var mid = s.Strings(
            "SELECT id FROM (SELECT subject_id AS id FROM relations UNION ALL SELECT object_id FROM relations) GROUP BY id HAVING count(*) = 10 ORDER BY id LIMIT 1;")[0];
        // The most cited article (the worst case for "relations of an article").
        var articleRow = s.Strings("SELECT article_id || '|' || count(*) FROM citations GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT 1;")[0].Split('|');

        var allNodes = s.Strings("SELECT id FROM nodes ORDER BY id;");
        var nodeIds = Enumerable.Range(0, 100).Select(i => allNodes[i * allNodes.Count / 100]).ToArray();
        var allRelations = s.Strings("SELECT id FROM relations ORDER BY id;");
        var relationIds = Enumerable.Range(0, 50).Select(i => allRelations[i * allRelations.Count / 50]).ToArray();
        var people = s.Strings("SELECT id FROM nodes WHERE kind = 'PERSON' ORDER BY id LIMIT 400;");

        // Search terms from a real name: the whole name, its first four letters, three letters from its middle.
        var name = s.Strings("SELECT name FROM nodes WHERE kind = 'PERSON' ORDER BY id LIMIT 1;")[0];
        var exact = name;
        var prefix = name[..4];
        var last = name[(name.IndexOf(' ') + 1)..];
        var contains = last.Substring(1, 3);

        // Two leaves 3–4 hops apart: the first such pair, in id order, among nodes of degree 1.
        var leaves = s.Strings(
            "SELECT id FROM (SELECT subject_id AS id FROM relations UNION ALL SELECT object_id FROM relations) GROUP BY id HAVING count(*) = 1 ORDER BY id LIMIT 60;");
        string from = "", to = "";
        var length = 0;
        for (var i = 0; i < leaves.Count && length == 0; i++)
        {
            for (var j = i + 1; j < leaves.Count; j++)
            {
                var path = s.Store.FindShortestPathAsync(new PathQuery(leaves[i], leaves[j], 4, new TraversalFilter(DateTimeOffset.UtcNow))).GetAwaiter().GetResult();
                if (path is { Length: >= 3 })
                {
                    (from, to, length) = (leaves[i], leaves[j], path.Length);
                    if (length == 4) break;
                }
            }
        }
        if (length == 0) throw new InvalidOperationException("no two leaves 3–4 hops apart");

        return new BenchmarkInputs(hubRow[0], int.Parse(hubRow[1], System.Globalization.CultureInfo.InvariantCulture), leaf, mid,
            articleRow[0], int.Parse(articleRow[1], System.Globalization.CultureInfo.InvariantCulture),
            from, to, length, exact, prefix, contains, nodeIds, relationIds, people);
    }

    public override string ToString() =>
        $"hub {Hub} (subject of {HubSubjectDegree}), leaf {Leaf}, mid {Mid}, article {Article} ({ArticleCitations} citations), "
        + $"path {PathFrom} → {PathTo} ({PathLength} hops), search '{Exact}' / '{Prefix}' / '{Contains}'";
}
