using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;

namespace GeoGraph.Testing.Storage;

public abstract partial class GraphStoreContract
{
    /// <summary>
    /// 2,400 entities over three kinds whose names and aliases hold "harbour" at the start, inside,
    /// or (the last third) only inside an alias, some with "harbour" itself as an alias; a few hold
    /// rarer fragments. Enough matches that a store may list a common fragment's contains tier
    /// differently from a rare one's (the SQLite store walks ids instead of sorting its matches).
    /// </summary>
    private static IReadOnlyList<Node> HarbourNodes()
    {
        var kinds = new[] { NodeKind.Person, NodeKind.Organization, NodeKind.Event };
        var prefixes = new[] { "person", "org", "event" };
        return Enumerable.Range(0, 2400).Select(i =>
        {
            var (name, aliases) = (i % 3) switch
            {
                0 => ($"Delta Harbour {i:0000}", i % 50 == 0 ? new[] { "Harbour" } : []),
                1 => ($"Harbour Works {i:0000}", []),
                _ => ($"Quiet Place {i:0000}", i == 2399 ? new[] { "Old Harbour", "Fizz Bay" } : [$"Old Harbour {i:0000}"]),
            };
            return new Node($"{prefixes[i % 3]}:harbour-{(i * 7919) % 2400:0000}", kinds[i % 3], name, aliases, null, ContractGraph.T0);
        }).ToArray();
    }

    [Theory]
    [InlineData("harbour", null)]          // thousands of trigram matches
    [InlineData("rbour works 12", null)]   // a few
    [InlineData("HARBOUR", NodeKind.Event)]
    [InlineData("our", NodeKind.Organization)]
    [InlineData("ha", null)]               // shorter than a trigram, common
    [InlineData("zz", null)]               // shorter than a trigram, in one alias of the last node
    [InlineData("e", NodeKind.Person)]
    public async Task A_search_over_thousands_of_matches_ranks_and_pages_like_one_over_few(string search, NodeKind? kind)
    {
        var store = await CreateStoreAsync();
        var nodes = HarbourNodes();
        await store.ApplyAsync(IngestionBatch.OfNodes(nodes), Ct);
        var s = SearchKeys.ForSearch(search)!;
        var expected = nodes
            .Where(n => kind is not { } k || n.Kind == k)
            .Select(n => (n.Id, Ranks: n.Aliases.Prepend(n.Name).Select(SearchKeys.Of).Where(key => key.Contains(s, StringComparison.Ordinal))
                .Select(key => key == s ? 0 : key.StartsWith(s, StringComparison.Ordinal) ? 1 : 2).ToList()))
            .Where(x => x.Ranks.Count > 0)
            .Select(x => new PageKey(x.Ranks.Min(), x.Id))
            .OrderBy(k => k.Rank).ThenBy(k => k.Id, StringComparer.Ordinal)
            .ToArray();
        Assert.NotEmpty(expected);

        foreach (var size in new[] { 20, 500 })
        {
            var items = await AllAsync((p, c) => store.FindNodesAsync(new NodeFilter(kind, search), p, c), size, Ct);
            Assert.Equal(expected, items.Select(i => i.Key));
            Assert.Equal(items.Select(i => i.Key.Id), items.Select(i => i.Item.Id));
        }
        // The first page, as entities(search:, first: 20) asks for it, and one cut inside the contains tier.
        var first = await store.FindNodesAsync(new NodeFilter(kind, search), new PageRequest(20, null), Ct);
        Assert.Equal(expected.Take(20), first.Items.Select(i => i.Key));
        Assert.Equal(expected.Length > 20, first.HasNextPage);
        if (expected.Where(k => k.Rank == 2).Skip(5).Take(1).ToArray() is [var cut])
        {
            var rest = await store.FindNodesAsync(new NodeFilter(kind, search), new PageRequest(3, cut), Ct);
            Assert.Equal(expected.SkipWhile(k => k != cut).Skip(1).Take(3), rest.Items.Select(i => i.Key));
        }
        Assert.Equal(expected.Length, await store.CountNodesAsync(new NodeFilter(kind, search), Ct));
    }
}
