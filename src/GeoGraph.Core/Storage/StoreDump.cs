using System.Runtime.CompilerServices;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// A slice of everything a store holds, of one sort: articles (with their text), nodes of one
/// kind, or relations (retracted ones too) with all their citations. Applied in the order
/// <see cref="StoreDump.ReadAsync"/> yields them, every slice refers only to what came before.
/// </summary>
public sealed record StoreChunk(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Node> Nodes,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Citation> Citations)
{
    /// <summary>The chunk as a batch that writes it as it is: ids, timestamps, retractions and verification survive.</summary>
    public IngestionBatch ToBatch() => new(Articles, Nodes, Relations, Citations) { NodeWrite = NodeWrite.Merge };
}

/// <summary>
/// Reads a whole store through the port, in pages: what <c>geograph export</c> writes and
/// <c>geograph migrate</c> copies. Articles first (with text, a few at a time: a text can be
/// 200,000 characters), then the nodes of each kind (claims too), then relations as recorded at
/// any time, retracted ones included, each page with all its citations. Every list is in id order,
/// so two dumps of equal stores are equal.
/// </summary>
public static class StoreDump
{
    public const int PageSize = QueryLimits.MaxPageSize;

    /// <summary>Articles per chunk: each may carry up to <see cref="Ingestion.ArticleText.MaxLength"/> characters of text.</summary>
    public const int ArticlePageSize = 50;

    /// <summary>Every relation ever recorded, retracted or not.</summary>
    public static readonly RelationFilter AllRelations = new(KnownAt: DateTimeOffset.MaxValue, IncludeRetracted: true);

    public static async IAsyncEnumerable<StoreChunk> ReadAsync(IGraphReader store, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);

        await foreach (var page in PagesAsync((p, c) => store.FindArticlesAsync(new ArticleFilter(null), p, c), ArticlePageSize, ct))
        {
            var ids = page.Select(a => a.Id).ToArray();
            var withText = await store.GetArticlesAsync(ids, includeText: true, ct);
            yield return new StoreChunk(ids.Select(id => withText[id]).ToArray(), [], [], []);
        }

        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            await foreach (var page in PagesAsync((p, c) => store.FindNodesAsync(new NodeFilter(kind), p, c), PageSize, ct))
                yield return new StoreChunk([], page, [], []);
        }

        await foreach (var page in PagesAsync((p, c) => store.FindRelationsAsync(AllRelations, p, c), PageSize, ct))
        {
            var citations = await store.GetCitationsAsync(page.Select(r => r.Id).ToArray(), ct);
            yield return new StoreChunk([], [], page, page.SelectMany(r => citations[r.Id]).ToArray());
        }
    }

    /// <summary>Counts what a dump holds, chunk by chunk.</summary>
    public static async Task<StoreCensus> CountAsync(IGraphReader store, CancellationToken ct = default)
    {
        var census = new StoreCensus();
        await foreach (var chunk in ReadAsync(store, ct)) census.Add(chunk);
        return census;
    }

    /// <summary>Every page of a listing, resuming after each page's last key, until the listing ends.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<T>> PagesAsync<T>(
        Func<PageRequest, CancellationToken, Task<Page<T>>> find, int pageSize, [EnumeratorCancellation] CancellationToken ct)
    {
        PageKey? after = null;
        while (true)
        {
            var page = await find(new PageRequest(pageSize, after), ct);
            if (page.Items.Count > 0) yield return page.Items.Select(i => i.Item).ToArray();
            if (!page.HasNextPage || page.Items.Count == 0) yield break;
            after = page.Items[^1].Key;
        }
    }
}

/// <summary>How much a store holds, by sort: what <c>geograph migrate</c> compares on both sides.</summary>
public sealed class StoreCensus : IEquatable<StoreCensus>
{
    private readonly int[] _nodes = new int[Enum.GetValues<NodeKind>().Length];

    public int Articles { get; private set; }
    public int ArticleTexts { get; private set; }
    public int Relations { get; private set; }
    public int RetractedRelations { get; private set; }
    public int Citations { get; private set; }
    public int VerifiedCitations { get; private set; }

    public int Nodes(NodeKind kind) => _nodes[(int)kind];

    public void Add(StoreChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        Articles += chunk.Articles.Count;
        ArticleTexts += chunk.Articles.Count(a => a.Text is not null);
        foreach (var node in chunk.Nodes) _nodes[(int)node.Kind]++;
        Relations += chunk.Relations.Count;
        RetractedRelations += chunk.Relations.Count(r => r.RetractedAt is not null);
        Citations += chunk.Citations.Count;
        VerifiedCitations += chunk.Citations.Count(c => c.Verified);
    }

    /// <summary>Each count with its name, in a fixed order: nodes by kind, then articles, relations, citations.</summary>
    public IReadOnlyList<(string Name, int Count)> Rows() =>
    [
        .. Enum.GetValues<NodeKind>().Select(k => ($"nodes {k.ToString().ToUpperInvariant()}", Nodes(k))),
        ("articles", Articles),
        ("article texts", ArticleTexts),
        ("relations", Relations),
        ("retracted relations", RetractedRelations),
        ("citations", Citations),
        ("verified citations", VerifiedCitations),
    ];

    public bool Equals(StoreCensus? other) => other is not null && Rows().SequenceEqual(other.Rows());

    public override bool Equals(object? obj) => Equals(obj as StoreCensus);

    public override int GetHashCode() => Rows().Aggregate(0, (h, r) => HashCode.Combine(h, r.Count));
}
