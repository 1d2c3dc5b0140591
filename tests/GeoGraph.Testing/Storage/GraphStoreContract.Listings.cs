using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

public abstract partial class GraphStoreContract
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(500)]
    public async Task Paging_nodes_to_the_end_returns_each_entity_once_in_id_order(int pageSize)
    {
        var store = await SeededStoreAsync();
        var items = await AllAsync((p, c) => store.FindNodesAsync(new NodeFilter(), p, c), pageSize, Ct);

        Assert.Equal(Graph.EntityIds, items.Select(i => i.Item.Id));
        Assert.All(items, i => Assert.Equal(new PageKey(0, i.Item.Id), i.Key));
        Assert.Equal(Graph.EntityIds.Length, await store.CountNodesAsync(new NodeFilter(), Ct));
    }

    [Fact]
    public async Task A_full_page_says_there_is_a_next_page_only_when_there_is()
    {
        var store = await SeededStoreAsync();
        var countries = await store.FindNodesAsync(new NodeFilter(NodeKind.Country), new PageRequest(5, null), Ct);
        Assert.Equal([CN, IN, PK, TR, US], countries.Items.Select(i => i.Item.Id));
        Assert.False(countries.HasNextPage);

        var four = await store.FindNodesAsync(new NodeFilter(NodeKind.Country), new PageRequest(4, null), Ct);
        Assert.Equal([CN, IN, PK, TR], four.Items.Select(i => i.Item.Id));
        Assert.True(four.HasNextPage);

        var rest = await store.FindNodesAsync(new NodeFilter(NodeKind.Country), new PageRequest(4, new PageKey(0, TR)), Ct);
        Assert.Equal([US], rest.Items.Select(i => i.Item.Id));
        Assert.False(rest.HasNextPage);

        // A cursor past the end, or between ids that no longer exist, still resumes in id order.
        Assert.Empty((await store.FindNodesAsync(new NodeFilter(NodeKind.Country), new PageRequest(4, new PageKey(0, US)), Ct)).Items);
        Assert.Equal([PK, TR, US],
            (await store.FindNodesAsync(new NodeFilter(NodeKind.Country), new PageRequest(10, new PageKey(0, "country:JP")), Ct)).Items.Select(i => i.Item.Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(501)]
    public async Task Page_sizes_outside_1_to_500_are_refused(int first)
    {
        var store = await SeededStoreAsync();
        var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.FindNodesAsync(new NodeFilter(), new PageRequest(first, null), Ct));
        Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
        await Assert.ThrowsAsync<GeoGraphException>(() => store.FindRelationsAsync(new RelationFilter(Now), new PageRequest(first, null), Ct));
        await Assert.ThrowsAsync<GeoGraphException>(() => store.FindArticlesAsync(new ArticleFilter(null), new PageRequest(first, null), Ct));
        await Assert.ThrowsAsync<GeoGraphException>(() => store.FindClaimsAsync(new ClaimFilter(Now), new PageRequest(first, null), Ct));
    }

    [Fact]
    public async Task Kind_filter_lists_that_kind_and_only_an_explicit_claim_filter_lists_claims()
    {
        var store = await SeededStoreAsync();
        Assert.Equal([CN, IN, PK, TR, US], await NodeIdsAsync(store, new NodeFilter(NodeKind.Country)));
        Assert.Equal([Munir, A, B, C, D, E, Trump, LinJian], await NodeIdsAsync(store, new NodeFilter(NodeKind.Person)));
        Assert.Equal([RareEarths], await NodeIdsAsync(store, new NodeFilter(NodeKind.Commodity)));
        Assert.Equal([Controls], await NodeIdsAsync(store, new NodeFilter(NodeKind.Event)));
        Assert.Equal([LinkClaim, GiftClaim, ShipmentClaim], await NodeIdsAsync(store, new NodeFilter(NodeKind.Claim)));
        Assert.Equal(8, await store.CountNodesAsync(new NodeFilter(NodeKind.Organization), Ct));
        Assert.Equal(3, await store.CountNodesAsync(new NodeFilter(NodeKind.Claim), Ct));

        var unfiltered = await NodeIdsAsync(store, new NodeFilter());
        Assert.DoesNotContain(GiftClaim, unfiltered);
        Assert.Equal(Graph.Nodes.Count - 3, unfiltered.Length);
    }

    [Fact]
    public async Task Search_ranks_exact_then_prefix_then_contains_over_name_and_aliases_ties_by_id()
    {
        var store = await SeededStoreAsync();
        var items = await AllAsync((p, c) => store.FindNodesAsync(new NodeFilter(Search: "mining"), p, c), 500, Ct);

        Assert.Equal(
        [
            new PageKey(0, Mining),            // name "Mining"
            new PageKey(0, Zeta),              // alias "mining"
            new PageKey(1, Chamber),           // alias "MINING CHAMBER"
            new PageKey(1, DeepMining),        // name contains, alias "Mining Group" is a prefix: best wins
            new PageKey(1, MiningAssociation), // name prefix
            new PageKey(2, GlobalMining),      // name contains
        ], items.Select(i => i.Key));
        Assert.Equal(items.Select(i => i.Key.Id), items.Select(i => i.Item.Id));
        Assert.Equal(6, await store.CountNodesAsync(new NodeFilter(Search: "mining"), Ct));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Paging_a_search_resumes_from_rank_and_id(int pageSize)
    {
        var store = await SeededStoreAsync();
        var ids = await NodeIdsAsync(store, new NodeFilter(Search: "MINING"), pageSize);
        Assert.Equal([Mining, Zeta, Chamber, DeepMining, MiningAssociation, GlobalMining], ids);
    }

    [Theory]
    [InlineData("türk", 1)]
    [InlineData("TÜRKIYE", 0)]
    [InlineData("Türkiye", 0)]
    [InlineData("ankara", 0)]
    [InlineData("urk", 2)]
    public async Task Search_is_case_insensitive_beyond_ascii(string search, int rank)
    {
        var store = await SeededStoreAsync();
        var page = await store.FindNodesAsync(new NodeFilter(Search: search), new PageRequest(50, null), Ct);
        var hit = Assert.Single(page.Items);
        Assert.Equal(new PageKey(rank, TR), hit.Key);
        Assert.Equal("Türkiye", hit.Item.Name);
    }

    [Fact]
    public async Task Search_combines_with_kind_and_still_excludes_claims_without_one()
    {
        var store = await SeededStoreAsync();
        var entities = await AllAsync((p, c) => store.FindNodesAsync(new NodeFilter(Search: "rare"), p, c), 50, Ct);
        Assert.Equal([new PageKey(1, RareEarths), new PageKey(2, Controls)], entities.Select(i => i.Key));

        Assert.Equal([GiftClaim, ShipmentClaim], await NodeIdsAsync(store, new NodeFilter(NodeKind.Claim, "rare")));
        Assert.Equal([Controls], await NodeIdsAsync(store, new NodeFilter(NodeKind.Event, "rare")));
        Assert.Empty(await NodeIdsAsync(store, new NodeFilter(NodeKind.Country, "rare")));
        Assert.Equal(0, await store.CountNodesAsync(new NodeFilter(Search: "no such thing"), Ct));
        Assert.Equal([CN], await NodeIdsAsync(store, new NodeFilter(NodeKind.Country, "beijing")));
    }

    [Theory]
    [InlineData("mining", null)]
    [InlineData("min", null)]
    [InlineData("ing", null)]
    [InlineData("a", null)]
    [InlineData("i", NodeKind.Organization)]
    [InlineData("chain", NodeKind.Person)]
    [InlineData("e", NodeKind.Claim)]
    [InlineData(" Ü ", null)]
    public async Task Search_pages_and_counts_match_the_best_rank_of_every_name_and_alias(string search, NodeKind? kind)
    {
        var store = await SeededStoreAsync();
        static string Key(string s) => s.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
        var s = Key(search.Trim());
        var expected = Graph.Nodes
            .Where(n => kind is { } k ? n.Kind == k : n.Kind != NodeKind.Claim)
            .Select(n => (n.Id, Ranks: n.Aliases.Prepend(n.Name).Select(Key).Where(k => k.Contains(s, StringComparison.Ordinal))
                .Select(k => k == s ? 0 : k.StartsWith(s, StringComparison.Ordinal) ? 1 : 2).ToList()))
            .Where(x => x.Ranks.Count > 0)
            .Select(x => new PageKey(x.Ranks.Min(), x.Id))
            .OrderBy(k => k.Rank).ThenBy(k => k.Id, StringComparer.Ordinal)
            .ToArray();
        Assert.NotEmpty(expected);

        foreach (var size in new[] { 1, 2, 3, 500 })
        {
            var items = await AllAsync((p, c) => store.FindNodesAsync(new NodeFilter(kind, search), p, c), size, Ct);
            Assert.Equal(expected, items.Select(i => i.Key));
        }
        Assert.Equal(expected.Length, await store.CountNodesAsync(new NodeFilter(kind, search), Ct));
    }

    [Fact]
    public async Task Articles_list_in_id_order_and_search_ranks_titles()
    {
        var store = await SeededStoreAsync();
        var all = await AllAsync((p, c) => store.FindArticlesAsync(new ArticleFilter(null), p, c), 1, Ct);
        Assert.Equal(Ordered(Graph.Articles.Select(a => a.Id)), all.Select(i => i.Item.Id));
        Assert.All(all, i => Assert.Null(i.Item.Text));
        Assert.Equal(4, await store.CountArticlesAsync(null, Ct));

        var found = await AllAsync((p, c) => store.FindArticlesAsync(new ArticleFilter("RARE EARTHS"), p, c), 1, Ct);
        Assert.Equal(
            [new PageKey(0, Graph.RareEarthsArticle.Id), new PageKey(1, Graph.Chain.Id), new PageKey(2, Graph.Beijing.Id)],
            found.Select(i => i.Key));
        Assert.Equal(3, await store.CountArticlesAsync("rare earths", Ct));

        // Two prefixes tie and come in id order.
        var prefix = await AllAsync((p, c) => store.FindArticlesAsync(new ArticleFilter("rare"), p, c), 2, Ct);
        Assert.Equal(
            Ordered([Graph.RareEarthsArticle.Id, Graph.Chain.Id]).Select(id => new PageKey(1, id)).Append(new PageKey(2, Graph.Beijing.Id)),
            prefix.Select(i => i.Key));
        // The exact title first; an article whose text only shares a word ("Trump") after every title match.
        Assert.Equal([new PageKey(0, Graph.Tariffs.Id), new PageKey(5, Graph.Beijing.Id)],
            (await AllAsync((p, c) => store.FindArticlesAsync(new ArticleFilter("trump threatens 100% tariffs"), p, c), 10, Ct)).Select(i => i.Key));
    }

    [Fact]
    public async Task Disputed_claims_have_a_visible_supporter_and_a_visible_denier()
    {
        var store = await SeededStoreAsync();
        async Task<string[]> Claims(bool? disputed, int size) =>
            (await AllAsync((p, c) => store.FindClaimsAsync(new ClaimFilter(Now, disputed), p, c), size, Ct)).Select(i => i.Item.Id).ToArray();

        Assert.Equal([LinkClaim, GiftClaim, ShipmentClaim], await Claims(null, 1));
        // The link claim was only disputed until its speculation was retracted.
        Assert.Equal([GiftClaim], await Claims(true, 1));
        Assert.Equal([LinkClaim, ShipmentClaim], await Claims(false, 1));
        Assert.Equal(3, await store.CountClaimsAsync(new ClaimFilter(Now), Ct));
        Assert.Equal(1, await store.CountClaimsAsync(new ClaimFilter(Now, true), Ct));
        Assert.Equal(2, await store.CountClaimsAsync(new ClaimFilter(Now, false), Ct));

        // A denial of the shipment claim makes it disputed.
        var denial = new Relation("rel:00000000000000d1", "DENIES", LinJian, ShipmentClaim, [], null, null, 1, T0, Recorder);
        var cite = Graph.Citations.First(c => c.RelationId == Graph.RDenies.Id) with { RelationId = denial.Id };
        await store.ApplyAsync(new([], [], [denial], [cite]), Ct);
        Assert.Equal([GiftClaim, ShipmentClaim], await Claims(true, 500));
        Assert.Equal([LinkClaim], await Claims(false, 500));
    }
}
