using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

// timeline(id): an entity's relations dated by Core's TimelineDates rule, keyset-paged on (date, relation id).
public abstract partial class GraphStoreContract
{
    private static Task<IReadOnlyList<PagedItem<TimelineEntry>>> TimelineAsync(IGraphStore store, TimelineQuery query, int pageSize = 500) =>
        AllTimelineAsync(store, query, pageSize);

    /// <summary>Pages a timeline to its end through Relay cursors, as a client does.</summary>
    private static async Task<IReadOnlyList<PagedItem<TimelineEntry>>> AllTimelineAsync(IGraphStore store, TimelineQuery query, int pageSize)
    {
        var items = new List<PagedItem<TimelineEntry>>();
        PageKey? after = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 1_000, "paging does not end");
            var page = await store.FindTimelineAsync(query, new PageRequest(pageSize, after), Ct);
            items.AddRange(page.Items);
            if (!page.HasNextPage) return items;
            Assert.Equal(pageSize, page.Items.Count);
            after = Cursors.Decode(Cursors.Encode("timeline", page.Items[^1].Key), "timeline", ranked: true, "after", maxRank: DateOnly.MaxValue.DayNumber);
        }
    }

    private static (string Date, DateSource Source, string Id)[] Entries(IEnumerable<PagedItem<TimelineEntry>> items) =>
        items.Select(i => (i.Item.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i.Item.DateSource, i.Item.Relation.Id)).ToArray();

    [Fact]
    public async Task Timeline_orders_by_validFrom_else_the_day_the_first_citing_article_appeared_then_by_relation_id()
    {
        var store = await SeededStoreAsync();
        var g = Graph;

        var china = await TimelineAsync(store, new TimelineQuery(CN, Now));
        // The articles appeared at 04:30 on 14 Oct in +05:30 (23:00 UTC on the 13th): the day is the article's own.
        var reported = new[] { g.RRole, g.RDeniesLink }.Select(r => r.Id).Order(StringComparer.Ordinal)
            .Select(id => ("2025-10-14", DateSource.FirstReported, id));
        Assert.Equal(
            new[]
            {
                ("2015-04-20", DateSource.ValidFrom, g.RAllied.Id),
                ("2025-01-01", DateSource.ValidFrom, g.RMiningShare.Id),
                ("2025-10-01", DateSource.ValidFrom, g.RTariff.Id),
                ("2025-10-06", DateSource.ValidFrom, g.RImposes.Id),
            }.Concat(reported),
            Entries(china));
        AssertSameRelation(g.RTariff, china[2].Item.Relation);
        Assert.Equal(6, await store.CountTimelineAsync(new TimelineQuery(CN, Now), Ct));
    }

    [Fact]
    public async Task Timeline_pages_across_equal_dates_by_relation_id_and_every_page_size_gives_the_same_entries()
    {
        var store = await SeededStoreAsync();
        var query = new TimelineQuery(Reports, Now, IncludeRetracted: true);

        var all = Entries(await TimelineAsync(store, query));
        // Three relations reported the same day, one of them retracted (shown on request).
        Assert.Equal(Ordered(Graph.RAsserts, Graph.RSpeculates, Graph.RShipment), all.Select(e => e.Id));
        Assert.All(all, e => Assert.Equal(("2025-10-14", DateSource.FirstReported), (e.Date, e.Source)));
        foreach (var size in new[] { 1, 2 })
            Assert.Equal(all, Entries(await TimelineAsync(store, query, size)));
        foreach (var size in new[] { 1, 2, 4 })
            Assert.Equal(Entries(await TimelineAsync(store, new TimelineQuery(CN, Now))), Entries(await TimelineAsync(store, new TimelineQuery(CN, Now), size)));
    }

    [Fact]
    public async Task Timeline_follows_from_to_types_knownAt_and_includeRetracted()
    {
        var store = await SeededStoreAsync();
        var g = Graph;

        var range = await TimelineAsync(store, new TimelineQuery(CN, Now, From: new DateOnly(2025, 1, 1), To: new DateOnly(2025, 10, 6)));
        Assert.Equal([g.RMiningShare.Id, g.RTariff.Id, g.RImposes.Id], range.Select(i => i.Item.Relation.Id));
        Assert.Equal(3, await store.CountTimelineAsync(new TimelineQuery(CN, Now, From: new DateOnly(2025, 1, 1), To: new DateOnly(2025, 10, 6)), Ct));
        var oneDay = await TimelineAsync(store, new TimelineQuery(CN, Now, From: new DateOnly(2025, 10, 14), To: new DateOnly(2025, 10, 14)));
        Assert.Equal(Ordered(g.RRole, g.RDeniesLink), oneDay.Select(i => i.Item.Relation.Id));

        var types = await TimelineAsync(store, new TimelineQuery(CN, Now, Types: ["THREATENS_TARIFF", "ALLIED_WITH", "ALLIED_WITH"]));
        Assert.Equal([g.RAllied.Id, g.RTariff.Id], types.Select(i => i.Item.Relation.Id));

        // C–D was recorded at T1.
        Assert.Equal(Ordered(g.RBC, g.REC), (await TimelineAsync(store, new TimelineQuery(C, T0.AddHours(1)))).Select(i => i.Item.Relation.Id));
        Assert.Equal(Ordered(g.RBC, g.RCD, g.REC), (await TimelineAsync(store, new TimelineQuery(C, Now))).Select(i => i.Item.Relation.Id));

        // A–D is dated by its validFrom (2024) and retracted.
        Assert.Equal(Ordered(g.RAB, g.RAE), (await TimelineAsync(store, new TimelineQuery(A, Now))).Select(i => i.Item.Relation.Id));
        var withRetracted = await TimelineAsync(store, new TimelineQuery(A, Now, IncludeRetracted: true));
        Assert.Equal(("2024-01-01", DateSource.ValidFrom, g.RAD.Id), Entries(withRetracted)[0]);
        Assert.Empty(await TimelineAsync(store, new TimelineQuery("person:nobody", Now)));
    }

    [Fact]
    public async Task Timeline_dates_agree_with_Cores_rule_and_leave_undated_relations_out()
    {
        var store = await SeededStoreAsync();
        // Two articles: the earliest instant (01:00 on 2 Mar in +09:00) has the later calendar day.
        var tokyo = MakeDatedArticle("Tokyo morning", "Tokyo says X cooperates with Y.", new DateTimeOffset(2025, 3, 2, 1, 0, 0, TimeSpan.FromHours(9)));
        var london = MakeDatedArticle("London evening", "London says X cooperates with Y.", new DateTimeOffset(2025, 3, 1, 20, 0, 0, TimeSpan.Zero));
        var undated = MakeDatedArticle("Undated", "Someone says X cooperates with Z.", null);
        const string x = "person:timeline-x", y = "person:timeline-y", z = "person:timeline-z";
        var cooperates = NewRelation(x, "COOPERATES_WITH", y);
        var cooperatesZ = NewRelation(x, "COOPERATES_WITH", z);
        await store.ApplyAsync(new IngestionBatch(
            [tokyo, london, undated],
            [.. new[] { x, y, z }.Select(id => new Node(id, NodeKind.Person, id, [], null, T0))],
            [cooperates, cooperatesZ],
            [Quote(cooperates, london, "X cooperates with Y"), Quote(cooperates, tokyo, "X cooperates with Y"), Quote(cooperatesZ, undated, "X cooperates with Z")]), Ct);

        var entries = await TimelineAsync(store, new TimelineQuery(x, Now));
        var entry = Assert.Single(entries).Item;
        Assert.Equal((new DateOnly(2025, 3, 2), DateSource.FirstReported, cooperates.Id), (entry.Date, entry.DateSource, entry.Relation.Id));

        // Every store's date is Core's, for every relation of the contract graph too.
        foreach (var id in new[] { x, CN, Reports, A, C, LinJian, Trump })
            foreach (var item in await TimelineAsync(store, new TimelineQuery(id, Now, IncludeRetracted: true)))
            {
                var citations = (await store.GetCitationsAsync([item.Item.Relation.Id], Ct))[item.Item.Relation.Id];
                var articles = await store.GetArticlesAsync(citations.Select(c => c.ArticleId).Distinct().ToArray(), false, Ct);
                Assert.Equal(TimelineDates.DateOf(item.Item.Relation, articles.Values.Select(a => a.PublishedAt)), item.Item.Date);
                Assert.Equal(TimelineDates.SourceOf(item.Item.Relation), item.Item.DateSource);
                Assert.Equal(new PageKey(item.Item.Date.DayNumber, item.Item.Relation.Id), item.Key);
            }
    }

    [Fact]
    public async Task Timeline_refuses_a_range_that_ends_before_it_starts()
    {
        var store = await SeededStoreAsync();
        var e = await Assert.ThrowsAsync<Core.Errors.GeoGraphException>(() =>
            store.FindTimelineAsync(new TimelineQuery(CN, Now, From: new DateOnly(2025, 2, 1), To: new DateOnly(2025, 1, 1)), PageRequest.FirstPage(), Ct));
        Assert.Equal("to", Assert.Single(e.Fields).Field);
    }

    private static Article MakeDatedArticle(string title, string text, DateTimeOffset? publishedAt)
    {
        var sha = Core.Ids.ContentIds.Sha256Hex(text);
        return new Article(Core.Ids.ContentIds.ForArticle(sha), title, "Example Wire", null, publishedAt, "en", sha, text.Length, text, T0);
    }

    private static Relation NewRelation(string subject, string type, string obj) =>
        new(Core.Ids.ContentIds.ForRelation(GeoGraph.Core.Vocabulary.RelationVocabulary.Default, type, subject, obj, [], null, null), type, subject, obj, [], null, null, 1.0, T0, Recorder);

    private static Citation Quote(Relation r, Article a, string quote)
    {
        var start = a.Text!.IndexOf(quote, StringComparison.Ordinal);
        return new Citation(r.Id, a.Id, quote, start, start + quote.Length, null, CitationStance.Asserts, Verified: true);
    }
}
