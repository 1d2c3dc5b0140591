using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

/// <summary>
/// The storage contract: what every <see cref="IGraphStore"/> must do, whatever it is built on.
/// A store's test class derives from this and supplies a fresh, empty store per test; each test
/// loads <see cref="ContractGraph"/> itself, so no test depends on another's data.
/// </summary>
public abstract partial class GraphStoreContract
{
    /// <summary>A new, empty store, used by one test only.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>"Now" as a caller resolves it before asking a store (stores have no clock of their own).</summary>
    protected static DateTimeOffset Now => DateTimeOffset.UtcNow;

    protected ContractGraph Graph { get; } = new();

    /// <summary>A fresh store holding the contract graph, with its two retractions done.</summary>
    protected async Task<IGraphStore> SeededStoreAsync()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(Graph.Batch, Ct);
        foreach (var r in Graph.Retracted)
            await store.RetractRelationAsync(r.Id, "not supported by the article", "contract-editor", TRetract, Ct);
        return store;
    }

    /// <summary>
    /// Pages a listing to its end, resuming each page from the previous page's last key after a
    /// round trip through a Relay cursor, and checks that only the last page says it is the last.
    /// </summary>
    public static async Task<IReadOnlyList<PagedItem<T>>> AllAsync<T>(
        Func<PageRequest, CancellationToken, Task<Page<T>>> find, int pageSize, CancellationToken ct)
    {
        var items = new List<PagedItem<T>>();
        PageKey? after = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 10_000, "paging does not end");
            var page = await find(new PageRequest(pageSize, after), ct);
            items.AddRange(page.Items);
            if (!page.HasNextPage) return items;
            Assert.Equal(pageSize, page.Items.Count);
            after = Cursors.Decode(Cursors.Encode("contract", page.Items[^1].Key), "contract", ranked: true, "after");
        }
    }

    protected static Task<IReadOnlyList<PagedItem<Relation>>> RelationsAsync(IGraphStore store, RelationFilter filter, int pageSize = 500) =>
        AllAsync((p, c) => store.FindRelationsAsync(filter, p, c), pageSize, Ct);

    protected static async Task<string[]> RelationIdsAsync(IGraphStore store, RelationFilter filter, int pageSize = 500) =>
        (await RelationsAsync(store, filter, pageSize)).Select(i => i.Item.Id).ToArray();

    protected static async Task<string[]> NodeIdsAsync(IGraphStore store, NodeFilter filter, int pageSize = 500) =>
        (await AllAsync((p, c) => store.FindNodesAsync(filter, p, c), pageSize, Ct)).Select(i => i.Item.Id).ToArray();

    protected static void AssertSameNode(Node expected, Node? actual) =>
        Assert.Equal(StoreSnapshot.Describe(expected), actual is null ? null : StoreSnapshot.Describe(actual));

    protected static void AssertSameRelation(Relation expected, Relation? actual) =>
        Assert.Equal(StoreSnapshot.Describe(expected), actual is null ? null : StoreSnapshot.Describe(actual));

    protected static void AssertSameArticle(Article expected, Article? actual) =>
        Assert.Equal(StoreSnapshot.Describe(expected), actual is null ? null : StoreSnapshot.Describe(actual));

    protected static string[] Ids(IEnumerable<Node> nodes) => nodes.Select(n => n.Id).ToArray();

    protected static string[] Ids(IEnumerable<Relation> relations) => relations.Select(r => r.Id).ToArray();

    /// <summary>Of two relations, the one with the lower id (the one a deterministic traversal takes first).</summary>
    protected static Relation First(Relation x, Relation y) => string.CompareOrdinal(x.Id, y.Id) < 0 ? x : y;

    protected static Relation Second(Relation x, Relation y) => string.CompareOrdinal(x.Id, y.Id) < 0 ? y : x;
}
