using System.Globalization;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Testing.Storage;

/// <summary>
/// Everything a store holds, read through the public port and written as one line per item, so
/// two snapshots compare with a plain Assert.Equal and a difference reads as text.
/// </summary>
public static class StoreSnapshot
{
    public static async Task<IReadOnlyList<string>> TakeAsync(IGraphStore store, CancellationToken ct)
    {
        var lines = new List<string>();
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            var ids = (await GraphStoreContract.AllAsync((p, c) => store.FindNodesAsync(new NodeFilter(kind), p, c), 500, ct)).Select(i => i.Item.Id).ToArray();
            var nodes = await store.GetNodesAsync(ids, ct);
            lines.AddRange(ids.Select(id => Describe(nodes[id])));
        }

        var articleIds = (await GraphStoreContract.AllAsync((p, c) => store.FindArticlesAsync(new ArticleFilter(null), p, c), 500, ct)).Select(i => i.Item.Id).ToArray();
        var articles = await store.GetArticlesAsync(articleIds, includeText: true, ct);
        lines.AddRange(articleIds.Select(id => Describe(articles[id])));

        var everything = new RelationFilter(KnownAt: DateTimeOffset.MaxValue, IncludeRetracted: true);
        var relations = (await GraphStoreContract.AllAsync((p, c) => store.FindRelationsAsync(everything, p, c), 500, ct)).Select(i => i.Item).ToArray();
        lines.AddRange(relations.Select(Describe));

        var citations = await store.GetCitationsAsync(relations.Select(r => r.Id).ToArray(), ct);
        lines.AddRange(relations.SelectMany(r => citations[r.Id]).Select(Describe));
        return lines;
    }

    public static string Describe(Node n) =>
        $"node {n.Id} {n.Kind} '{n.Name}' aliases=[{string.Join(", ", n.Aliases)}] description='{n.Description}' recorded={Time(n.RecordedAt)}"
        + (n.ExternalIds.Count == 0 ? "" : $" externalIds=[{string.Join(", ", n.ExternalIds.Select(x => x.Key))}]");

    public static string Describe(Article a) =>
        $"article {a.Id} '{a.Title}' publisher='{a.Publisher}' url='{a.Url}' published={Time(a.PublishedAt)} lang={a.Language} "
        + $"sha={a.TextSha256} length={a.TextLength} text='{a.Text}' recorded={Time(a.RecordedAt)}";

    public static string Describe(Relation r) =>
        $"relation {r.Id} {r.SubjectId} {r.Type} {r.ObjectId} {{{string.Join("; ", r.Qualifiers.Select(Describe))}}} "
        + $"from={Describe(r.ValidFrom)} to={Describe(r.ValidTo)} confidence={r.Confidence.ToString("R", CultureInfo.InvariantCulture)} "
        + $"recorded={Time(r.RecordedAt)} by={r.RecordedBy} retracted={Time(r.RetractedAt)} by={r.RetractedBy} reason='{r.RetractReason}'";

    public static string Describe(Citation c) =>
        $"citation {c.RelationId} {c.ArticleId} [{c.Start},{c.End}) '{c.Quote}' speaker={c.SpeakerId} {c.Stance} verified={c.Verified} "
        + $"{{{string.Join("; ", c.Qualifiers.Select(Describe))}}}";

    public static string Describe(Qualifier q) =>
        $"{q.Key}='{q.Value}' number={q.Number?.ToString("R", CultureInfo.InvariantCulture)} unit={q.Unit} entity={q.EntityId}";

    private static string Describe(PartialDate? d) => d is { } v ? $"{v}/{v.Precision}" : "-";

    private static string Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) ?? "-";
}
