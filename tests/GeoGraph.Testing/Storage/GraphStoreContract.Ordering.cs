using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Conditions;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

// relations(orderBy:): every key both ways, keyset paging across ties through real cursors, the
// corroboration keys agreeing with Core's Corroboration rule, and cursors of another ordering refused.
public abstract partial class GraphStoreContract
{
    /// <summary>
    /// More sources, so the corroboration keys differ: a later article (another publisher) cites the
    /// tariff threat and the alliance again; one published at 22:00 -04:00 (02:00 UTC, after the
    /// contract articles' 23:00 UTC though its local date is earlier) is the only source of
    /// Türkiye–Pakistan; one with no publication date the only source of Türkiye–India.
    /// </summary>
    private sealed class CorroborationGraph
    {
        public readonly Article Later = TestArticle("Tariffs again",
            "Trump threatened tariffs again. China and Pakistan share an ironclad friendship.", new DateTimeOffset(2025, 10, 16, 9, 0, 0, TimeSpan.Zero), "Other Wire");
        public readonly Article Early = TestArticle("Ankara and Islamabad", "Türkiye cooperates with Pakistan.",
            new DateTimeOffset(2025, 10, 13, 22, 0, 0, TimeSpan.FromHours(-4)));
        public readonly Article Undated = TestArticle("Ankara and New Delhi", "Türkiye cooperates with India.", null, publisher: null);
        public readonly Relation TurkeyPakistan = TestRelation(TR, "COOPERATES_WITH", PK, []) with { Confidence = 0.5 };
        public readonly Relation TurkeyIndia = TestRelation(TR, "COOPERATES_WITH", IN, []) with { Confidence = 0.9 };

        public IngestionBatch Batch(ContractGraph graph) => new([Later, Early, Undated], [], [TurkeyPakistan, TurkeyIndia],
        [
            Cite(graph.RTariff, Later, "Trump threatened tariffs again"),
            Cite(graph.RAllied, Later, "China and Pakistan share an ironclad friendship"),
            Cite(TurkeyPakistan, Early, "Türkiye cooperates with Pakistan"),
            Cite(TurkeyIndia, Undated, "Türkiye cooperates with India"),
        ]);
    }

    private async Task<(IGraphStore Store, Dictionary<string, (Relation Relation, Corroboration Corroboration)> Visible)> CorroboratedStoreAsync()
    {
        var store = await SeededStoreAsync();
        var more = new CorroborationGraph();
        var batch = more.Batch(Graph);
        await store.ApplyAsync(batch, Ct);
        var articles = Graph.Articles.Concat(batch.Articles).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var citations = Graph.Citations.Concat(batch.Citations).ToLookup(c => c.RelationId, StringComparer.Ordinal);
        var visible = Graph.Relations.Except(Graph.Retracted).Concat(batch.Relations)
            .ToDictionary(r => r.Id, r => (r, Corroboration.Of(citations[r.Id].ToArray(), articles)), StringComparer.Ordinal);
        return (store, visible);
    }

    /// <summary>A key's value as Core's rules define it: the relation's own, or its corroboration's.</summary>
    private static object? KeyValue(RelationOrderField field, Relation r, Corroboration c) => field switch
    {
        RelationOrderField.ValidFrom => r.ValidFrom?.Start,
        RelationOrderField.FirstReported => c.FirstReportedAt?.ToUniversalTime(),
        RelationOrderField.RecordedAt => r.RecordedAt,
        RelationOrderField.Confidence => r.Confidence,
        RelationOrderField.CitationCount => (long)c.CitationCount,
        RelationOrderField.SourceCount => (long)c.SourceCount,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The reference order: each key (missing values last, whatever the direction), then the id.</summary>
    private static string[] ReferenceOrder(RelationOrder order, IEnumerable<(Relation Relation, Corroboration Corroboration)> relations)
    {
        var list = relations.ToList();
        list.Sort((x, y) =>
        {
            foreach (var key in order.Keys)
            {
                var a = KeyValue(key.Field, x.Relation, x.Corroboration);
                var b = KeyValue(key.Field, y.Relation, y.Corroboration);
                if (a is null || b is null)
                {
                    if (a is null && b is null) continue;
                    return a is null ? 1 : -1;
                }
                var c = Comparer<object>.Default.Compare(a, b);
                if (c != 0) return key.Direction == SortDirection.Asc ? c : -c;
            }
            var byId = string.CompareOrdinal(x.Relation.Id, y.Relation.Id);
            return order.IdDirection == SortDirection.Asc ? byId : -byId;
        });
        return list.Select(i => i.Relation.Id).ToArray();
    }

    /// <summary>Pages an ordered listing to its end, each page resuming from a Relay cursor of the previous page's last item.</summary>
    private static async Task<List<PagedItem<Relation>>> OrderedAsync(IGraphStore store, RelationFilter filter, int pageSize)
    {
        var items = new List<PagedItem<Relation>>();
        PageKey? after = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 1_000, "paging does not end");
            var page = await store.FindRelationsAsync(filter, new PageRequest(pageSize, after), Ct);
            items.AddRange(page.Items);
            if (!page.HasNextPage) return items;
            Assert.Equal(pageSize, page.Items.Count);
            after = Cursors.Decode(Cursors.Encode("relations", page.Items[^1].Key), "relations", filter.Ordering, "after");
        }
    }

    public static TheoryData<RelationOrderField, SortDirection, int> Orderings()
    {
        var data = new TheoryData<RelationOrderField, SortDirection, int>();
        foreach (var field in Enum.GetValues<RelationOrderField>())
            foreach (var direction in Enum.GetValues<SortDirection>())
                foreach (var pageSize in new[] { 1, 4, 500 })
                    data.Add(field, direction, pageSize);
        return data;
    }

    [Theory]
    [MemberData(nameof(Orderings))]
    public async Task Each_ordering_pages_through_ties_in_key_then_id_order_with_the_keys_Core_computes(RelationOrderField field, SortDirection direction, int pageSize)
    {
        var (store, visible) = await CorroboratedStoreAsync();
        var order = RelationOrder.Of([new RelationOrderKey(field, direction)]);

        var items = await OrderedAsync(store, new RelationFilter(Now, Order: order), pageSize);

        Assert.Equal(ReferenceOrder(order, visible.Values), items.Select(i => i.Item.Id));
        // The store's sort values are Core's values (corroboration keys by Corroboration.Of).
        Assert.All(items, i =>
        {
            var (relation, corroboration) = visible[i.Item.Id];
            Assert.Equal(order.IsById ? null : new SortValues(order.Name, order.Keys.Select(k => KeyValue(k.Field, relation, corroboration)).ToArray()), i.Key.Sort);
        });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Later_keys_break_ties_and_a_condition_narrows_an_ordered_listing(int pageSize)
    {
        var (store, visible) = await CorroboratedStoreAsync();
        var order = RelationOrder.Of([
            new RelationOrderKey(RelationOrderField.CitationCount, SortDirection.Desc),
            new RelationOrderKey(RelationOrderField.FirstReported),
            new RelationOrderKey(RelationOrderField.Confidence, SortDirection.Desc),
            new RelationOrderKey(RelationOrderField.Id, SortDirection.Desc)]);
        var condition = new RelationCondition.Not(new RelationCondition.ObjectKindIs(NodeKind.Claim));
        var filter = new RelationFilter(Now, Where: condition, Order: order);

        var ids = (await OrderedAsync(store, filter, pageSize)).Select(i => i.Item.Id).ToArray();

        var expected = ReferenceOrder(order, visible.Values.Where(v => NodeIdsKind(v.Relation.ObjectId) != NodeKind.Claim));
        Assert.Equal(expected, ids);
        // Most cited first: the export controls (two quotes), the tariff threat and the alliance (two articles each).
        Assert.Equal(Ordered(Graph.RImposes, Graph.RTariff, Graph.RAllied), ids.Take(3).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, await store.CountRelationsAsync(filter, Ct));
    }

    [Fact]
    public async Task Missing_first_reported_and_valid_from_come_last_in_both_directions_and_time_zones_do_not_reorder()
    {
        var (store, _) = await CorroboratedStoreAsync();
        var more = new CorroborationGraph();
        foreach (var direction in Enum.GetValues<SortDirection>())
        {
            var byFirst = (await OrderedAsync(store, new RelationFilter(Now, Order: RelationOrder.Of([new(RelationOrderField.FirstReported, direction)])), 2))
                .Select(i => i.Item.Id).ToArray();
            Assert.Equal(more.TurkeyIndia.Id, byFirst[^1]);
            // 22:00 -04:00 is 02:00 UTC: after every contract article (23:00 UTC the day before).
            var early = Array.IndexOf(byFirst, more.TurkeyPakistan.Id);
            Assert.Equal(direction == SortDirection.Asc ? byFirst.Length - 2 : 0, early);

            var byValidFrom = (await OrderedAsync(store, new RelationFilter(Now, Order: RelationOrder.Of([new(RelationOrderField.ValidFrom, direction)])), 3))
                .Select(i => Graph.Relations.Concat([more.TurkeyPakistan, more.TurkeyIndia]).Single(r => r.Id == i.Item.Id)).ToArray();
            var dated = byValidFrom.TakeWhile(r => r.ValidFrom is not null).Count();
            Assert.All(byValidFrom.Skip(dated), r => Assert.Null(r.ValidFrom));
            Assert.Equal(5, dated);
        }
    }

    [Fact]
    public async Task A_cursor_of_another_ordering_is_refused()
    {
        var (store, _) = await CorroboratedStoreAsync();
        var byCount = new RelationFilter(Now, Order: RelationOrder.Of([new(RelationOrderField.CitationCount, SortDirection.Desc)]));
        var page = await store.FindRelationsAsync(byCount, new PageRequest(2, null), Ct);
        var byConfidence = byCount with { Order = RelationOrder.Of([new(RelationOrderField.Confidence)]) };

        var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.FindRelationsAsync(byConfidence, new PageRequest(2, page.Items[^1].Key), Ct));
        Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
        Assert.Equal("after", Assert.Single(e.Fields).Field);
        // An id-order cursor in an explicit order, and the other way round.
        await Assert.ThrowsAsync<GeoGraphException>(() => store.FindRelationsAsync(byCount, new PageRequest(2, new PageKey(0, Graph.RAB.Id)), Ct));
        await Assert.ThrowsAsync<GeoGraphException>(() => store.FindRelationsAsync(new RelationFilter(Now), new PageRequest(2, page.Items[^1].Key), Ct));
    }

    private static NodeKind? NodeIdsKind(string id) => Core.Ids.NodeIds.KindOf(id);

    [Theory]
    [InlineData(null, SortDirection.Asc, SortDirection.Asc, 1)]
    [InlineData(null, SortDirection.Desc, SortDirection.Asc, 3)]
    [InlineData(NodeKind.Organization, SortDirection.Asc, SortDirection.Desc, 2)]
    [InlineData(NodeKind.Claim, SortDirection.Desc, SortDirection.Desc, 1)]
    public async Task Entities_and_claims_page_by_name_then_id(NodeKind? kind, SortDirection byName, SortDirection byId, int pageSize)
    {
        var store = await SeededStoreAsync();
        // Two organisations share a name key with another node, so the id decides between them.
        await store.ApplyAsync(new IngestionBatch([], [
            new Node("org:mining-2", NodeKind.Organization, "MINING", [], null, T0),
            new Node("org:a-mining", NodeKind.Organization, "mining", [], null, T0)], [], []), Ct);
        var order = NodeOrder.Of([new(NodeOrderField.Name, byName), new(NodeOrderField.Id, byId)]);
        var nodes = Graph.Nodes.Concat([new Node("org:mining-2", NodeKind.Organization, "MINING", [], null, T0), new Node("org:a-mining", NodeKind.Organization, "mining", [], null, T0)])
            .Where(n => kind is { } k ? n.Kind == k : n.Kind != NodeKind.Claim).ToList();
        nodes.Sort((x, y) =>
        {
            var c = string.CompareOrdinal(SearchKeys.Of(x.Name), SearchKeys.Of(y.Name));
            if (c != 0) return byName == SortDirection.Asc ? c : -c;
            c = string.CompareOrdinal(x.Id, y.Id);
            return byId == SortDirection.Asc ? c : -c;
        });

        async Task<Page<Node>> Find(PageRequest p, CancellationToken ct) => kind == NodeKind.Claim
            ? await store.FindClaimsAsync(new ClaimFilter(Now, Order: order), p, ct)
            : await store.FindNodesAsync(new NodeFilter(kind, Order: order), p, ct);
        var items = new List<PagedItem<Node>>();
        PageKey? after = null;
        while (true)
        {
            var page = await Find(new PageRequest(pageSize, after), Ct);
            items.AddRange(page.Items);
            if (!page.HasNextPage) break;
            after = Cursors.Decode(Cursors.Encode("nodes", page.Items[^1].Key), "nodes", order, "after");
        }

        Assert.Equal(nodes.Select(n => n.Id), items.Select(i => i.Item.Id));
        Assert.All(items, i => Assert.Equal(new SortValues(order.Name, [SearchKeys.Of(i.Item.Name)]), i.Key.Sort));
        var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.FindNodesAsync(new NodeFilter(kind, Order: NodeOrder.ById), new PageRequest(2, items[0].Key), Ct));
        Assert.Equal("after", Assert.Single(e.Fields).Field);
        await Assert.ThrowsAsync<GeoGraphException>(() => store.FindNodesAsync(new NodeFilter(Search: "min", Order: order), PageRequest.FirstPage(), Ct));
    }
}

public abstract partial class GraphStoreContract
{
    [Theory]
    [InlineData(ArticleOrderField.PublishedAt, SortDirection.Asc, SortDirection.Asc, 1)]
    [InlineData(ArticleOrderField.PublishedAt, SortDirection.Desc, SortDirection.Desc, 2)]
    [InlineData(ArticleOrderField.Title, SortDirection.Asc, SortDirection.Desc, 1)]
    [InlineData(ArticleOrderField.Title, SortDirection.Desc, SortDirection.Asc, 3)]
    [InlineData(ArticleOrderField.Id, SortDirection.Desc, SortDirection.Desc, 2)]
    public async Task Articles_page_by_published_at_or_title_then_id_undated_last(ArticleOrderField field, SortDirection direction, SortDirection byId, int pageSize)
    {
        var store = await SeededStoreAsync();
        // Undated articles, one instant written in two offsets, and titles equal but for case.
        var extra = new[]
        {
            ContractGraph.MakeArticle("RARE EARTHS", "A second piece under the same title.") with { PublishedAt = null },
            ContractGraph.MakeArticle("An undated note", "No date was given.") with { PublishedAt = null },
            ContractGraph.MakeArticle("Earlier report", "From the year before.") with { PublishedAt = new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero) },
            ContractGraph.MakeArticle("Same instant", "Written in another offset.") with { PublishedAt = new DateTimeOffset(2025, 10, 13, 23, 0, 0, TimeSpan.Zero) },
        };
        await store.ApplyAsync(new IngestionBatch(extra, [], [], []), Ct);
        ArticleOrderKey[] keys = field == ArticleOrderField.Id ? [new(field, byId)] : [new(field, direction), new(ArticleOrderField.Id, byId)];
        var order = ArticleOrder.Of(keys);
        object? Value(Article a) => field == ArticleOrderField.PublishedAt ? a.PublishedAt?.ToUnixTimeMilliseconds() : SearchKeys.Of(a.Title);
        var expected = Graph.Articles.Concat(extra).ToList();
        expected.Sort((x, y) =>
        {
            if (field != ArticleOrderField.Id)
            {
                var (vx, vy) = (Value(x), Value(y));
                if (vx is null != vy is null) return vx is null ? 1 : -1;
                var c = vx is long lx ? lx.CompareTo((long)vy!) : string.CompareOrdinal((string?)vx, (string?)vy);
                if (c != 0) return direction == SortDirection.Asc ? c : -c;
            }
            var byIds = string.CompareOrdinal(x.Id, y.Id);
            return byId == SortDirection.Asc ? byIds : -byIds;
        });

        var items = new List<PagedItem<Article>>();
        PageKey? after = null;
        while (true)
        {
            var page = await store.FindArticlesAsync(new ArticleFilter(Order: order), new PageRequest(pageSize, after), Ct);
            items.AddRange(page.Items);
            if (!page.HasNextPage) break;
            after = Cursors.Decode(Cursors.Encode("articles", page.Items[^1].Key), "articles", order, "after");
        }

        Assert.Equal(expected.Select(a => a.Id), items.Select(i => i.Item.Id));
        if (field != ArticleOrderField.Id)
        {
            Assert.All(items, i => Assert.Equal(new SortValues(order.Name, [Value(i.Item)]), i.Key.Sort));
            var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.FindArticlesAsync(new ArticleFilter(Order: ArticleOrder.ById), new PageRequest(2, items[0].Key), Ct));
            Assert.Equal("after", Assert.Single(e.Fields).Field);
        }
        await Assert.ThrowsAsync<GeoGraphException>(() => store.FindArticlesAsync(new ArticleFilter("rare", order), PageRequest.FirstPage(), Ct));
    }
}
