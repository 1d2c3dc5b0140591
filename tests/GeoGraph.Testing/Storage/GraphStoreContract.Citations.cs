using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

// The citations listing (who said what, quote search) and word search over article texts.
public abstract partial class GraphStoreContract
{
    private static string Key(Citation c) => $"{c.RelationId}|{c.ArticleId}|{c.Start}|{c.End}";

    private static IOrderedEnumerable<Citation> InKeyOrder(IEnumerable<Citation> citations) =>
        citations.OrderBy(c => c.RelationId, StringComparer.Ordinal).ThenBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.End);

    /// <summary>The contract graph's citations of relations visible now (all but the retracted ones).</summary>
    private IEnumerable<Citation> VisibleCitations => Graph.Citations.Where(c => !Graph.Retracted.Any(r => r.Id == c.RelationId));

    protected static Task<IReadOnlyList<PagedItem<Citation>>> CitationsAsync(IGraphStore store, CitationFilter filter, CitationOrder order = CitationOrder.Key, int pageSize = 500) =>
        AllAsync((p, c) => store.FindCitationsAsync(filter, order, p, c), pageSize, Ct);

    private static async Task<string[]> CitationKeysAsync(IGraphStore store, CitationFilter filter, CitationOrder order = CitationOrder.Key, int pageSize = 500) =>
        (await CitationsAsync(store, filter, order, pageSize)).Select(i => Key(i.Item)).ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(500)]
    public async Task Citations_list_every_visible_citation_once_in_key_order_with_its_fields(int pageSize)
    {
        var store = await SeededStoreAsync();
        var items = await CitationsAsync(store, new CitationFilter(Now), pageSize: pageSize);

        var expected = InKeyOrder(VisibleCitations).ToArray();
        Assert.Equal(expected.Select(Key), items.Select(i => Key(i.Item)));
        // Every field as stored: quote, offsets, speaker, stance, verified (Tariffs' text is not stored).
        Assert.Equal(expected, items.Select(i => i.Item));
        Assert.All(items, i => Assert.Equal(0, i.Key.Rank));
        Assert.Equal(expected.Length, await store.CountCitationsAsync(new CitationFilter(Now), Ct));
    }

    [Fact]
    public async Task Citations_filter_by_speaker_stance_and_article_and_combine()
    {
        var store = await SeededStoreAsync();
        var denies = Graph.Citations.Single(c => c.RelationId == Graph.RDenies.Id);
        var deniesLink = Graph.Citations.Single(c => c.RelationId == Graph.RDeniesLink.Id);

        Assert.Equal(InKeyOrder([denies, deniesLink]).Select(Key), await CitationKeysAsync(store, new CitationFilter(Now, SpeakerId: LinJian)));
        Assert.Empty(await CitationKeysAsync(store, new CitationFilter(Now, SpeakerId: Trump)));

        var reports = InKeyOrder(VisibleCitations.Where(c => c.Stance == CitationStance.Reports)).Select(Key).ToArray();
        Assert.Equal(5, reports.Length);
        Assert.Equal(reports, await CitationKeysAsync(store, new CitationFilter(Now, Stance: CitationStance.Reports), pageSize: 2));
        Assert.Equal(VisibleCitations.Count() - 5, await store.CountCitationsAsync(new CitationFilter(Now, Stance: CitationStance.Asserts), Ct));

        Assert.Equal([Key(Graph.Citations.Single(c => c.RelationId == Graph.RTariff.Id))],
            await CitationKeysAsync(store, new CitationFilter(Now, ArticleId: Graph.Tariffs.Id)));
        var rareEarths = InKeyOrder(VisibleCitations.Where(c => c.ArticleId == Graph.RareEarthsArticle.Id && c.Stance == CitationStance.Reports)).Select(Key).ToArray();
        Assert.Single(rareEarths);
        Assert.Equal(rareEarths, await CitationKeysAsync(store, new CitationFilter(Now, Stance: CitationStance.Reports, ArticleId: Graph.RareEarthsArticle.Id)));

        Assert.Equal([Key(deniesLink)], await CitationKeysAsync(store, new CitationFilter(Now, SpeakerId: LinJian, Search: "link")));
        Assert.Empty(await CitationKeysAsync(store, new CitationFilter(Now, SpeakerId: LinJian, Stance: CitationStance.Asserts)));
        Assert.Equal(1, await store.CountCitationsAsync(new CitationFilter(Now, SpeakerId: LinJian, ArticleId: Graph.Beijing.Id, Search: "gem ores"), Ct));
    }

    [Fact]
    public async Task Citations_of_retracted_or_not_yet_recorded_relations_are_hidden_unless_asked_for()
    {
        var store = await SeededStoreAsync();
        var speculation = Graph.Citations.Single(c => c.RelationId == Graph.RSpeculates.Id);
        Assert.DoesNotContain(Key(speculation), await CitationKeysAsync(store, new CitationFilter(Now)));
        Assert.Contains(Key(speculation), await CitationKeysAsync(store, new CitationFilter(Now, IncludeRetracted: true)));
        Assert.Equal(Graph.Citations.Count, await store.CountCitationsAsync(new CitationFilter(Now, IncludeRetracted: true), Ct));
        // Before the retraction it was visible; before T1, C–D was not yet recorded.
        var beforeT1 = await CitationKeysAsync(store, new CitationFilter(T0, Search: "cooperates"));
        Assert.Equal(Graph.Citations.Count(c => c.Quote.Contains("cooperates") && c.RelationId != Graph.RCD.Id), beforeT1.Length);
        Assert.Contains(Key(Graph.Citations.Single(c => c.RelationId == Graph.RAD.Id)), beforeT1);
    }

    [Fact]
    public async Task Quote_search_ranks_phrase_then_every_word_then_any_word_ties_by_key()
    {
        var store = await SeededStoreAsync();
        var items = await CitationsAsync(store, new CitationFilter(Now, Search: "Rare Earth"), CitationOrder.Relevance, 2);

        // "rare-earth" holds the phrase "rare earth"; "rare earths" holds only the word "rare".
        string[] Of(params Relation[] relations) => InKeyOrder(VisibleCitations.Where(c => relations.Any(r => r.Id == c.RelationId))).Select(Key).ToArray();
        var phrase = InKeyOrder(VisibleCitations.Where(c => c.RelationId == Graph.RMiningShare.Id || c.RelationId == Graph.RAsserts.Id
            || (c.RelationId == Graph.RImposes.Id))).Select(Key).ToArray();
        Assert.Equal(4, phrase.Length);
        var anyWord = Of(Graph.RImportsUS, Graph.RImportsIN, Graph.RImportsEU, Graph.RShipment);
        Assert.Equal(phrase.Concat(anyWord), items.Select(i => Key(i.Item)));
        Assert.Equal(Enumerable.Repeat(0, 4).Concat(Enumerable.Repeat(2, 4)), items.Select(i => i.Key.Rank));
        Assert.Equal(8, await store.CountCitationsAsync(new CitationFilter(Now, Search: "rare earth"), Ct));

        // Every word, not as a phrase: "China controls about 70 percent of rare-earth mining".
        var china = await CitationsAsync(store, new CitationFilter(Now, Search: "china RARE"), CitationOrder.Relevance);
        Assert.Contains(china, i => i.Key.Rank == TextSearch.AllWordsTier && i.Item.RelationId == Graph.RMiningShare.Id);
        Assert.Contains(china, i => i.Key.Rank == TextSearch.AnyWordTier && i.Item.RelationId == Graph.RAllied.Id);
    }

    [Theory]
    [InlineData("rare earth", 1)]
    [InlineData("china rare", 2)]
    [InlineData("Lin Jian", 1)]
    [InlineData("cooperates with", 3)]
    [InlineData("the top importers", 2)]
    [InlineData("pakistan’s gift", 1)]
    [InlineData("Türkiye EU", 4)]
    public async Task Quote_search_pages_and_counts_as_Cores_tiers_say_in_every_order(string search, int pageSize)
    {
        var store = await SeededStoreAsync();
        var query = TextSearch.Parse(search)!;
        var matches = VisibleCitations.Select(c => (Citation: c, Tier: query.Tier(TextSearch.Indexed(c.Quote)))).Where(x => x.Tier is not null).ToArray();
        Assert.NotEmpty(matches);

        var byRelevance = matches.OrderBy(x => x.Tier).ThenBy(x => x.Citation.RelationId, StringComparer.Ordinal)
            .ThenBy(x => x.Citation.ArticleId, StringComparer.Ordinal).ThenBy(x => x.Citation.Start).ThenBy(x => x.Citation.End)
            .Select(x => new PageKey(x.Tier!.Value, Key(x.Citation))).ToArray();
        var items = await CitationsAsync(store, new CitationFilter(Now, Search: search), CitationOrder.Relevance, pageSize);
        Assert.Equal(byRelevance, items.Select(i => new PageKey(i.Key.Rank, Key(i.Item))));
        Assert.Equal(InKeyOrder(matches.Select(x => x.Citation)).Select(Key), await CitationKeysAsync(store, new CitationFilter(Now, Search: search), CitationOrder.Key, pageSize));
        Assert.Equal(matches.Length, await store.CountCitationsAsync(new CitationFilter(Now, Search: search), Ct));
    }

    [Theory]
    [InlineData("') DETACH DELETE n //")]
    [InlineData("\"unbalanced")]
    [InlineData("rare\" OR \"x")]
    [InlineData("NEAR(rare earth) AND NOT*")]
    [InlineData("rare* ~2 ^3 title:china {[(")]
    [InlineData("' OR 1=1 --")]
    [InlineData("\\\" ; MATCH (n) DETACH DELETE n")]
    public async Task Hostile_searches_are_plain_word_searches(string search)
    {
        var store = await SeededStoreAsync();
        var before = await StoreSnapshot.TakeAsync(store, Ct);
        var query = TextSearch.Parse(search)!;
        var expected = InKeyOrder(VisibleCitations.Where(c => query.Tier(TextSearch.Indexed(c.Quote)) is not null)).Select(Key).ToArray();

        Assert.Equal(expected, await CitationKeysAsync(store, new CitationFilter(Now, Search: search)));
        Assert.Equal(expected.Length, await store.CountCitationsAsync(new CitationFilter(Now, Search: search), Ct));
        await AllAsync((p, c) => store.FindArticlesAsync(new ArticleFilter(search), p, c), 500, Ct);
        await store.CountArticlesAsync(search, Ct);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store, Ct));
    }

    [Fact]
    public async Task A_search_without_words_matches_nothing_and_oversized_searches_are_refused()
    {
        var store = await SeededStoreAsync();
        Assert.Empty(await CitationKeysAsync(store, new CitationFilter(Now, Search: "!!! ’ —")));
        Assert.Equal(0, await store.CountCitationsAsync(new CitationFilter(Now, Search: "()"), Ct));

        var tooLong = new string('a', QueryLimits.MaxSearchLength + 1);
        var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.FindCitationsAsync(new CitationFilter(Now, Search: tooLong), CitationOrder.Key, PageRequest.FirstPage(), Ct));
        Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
        var manyWords = string.Join(' ', Enumerable.Range(0, QueryLimits.MaxSearchWords + 1).Select(i => "w" + i));
        await Assert.ThrowsAsync<GeoGraphException>(() => store.CountCitationsAsync(new CitationFilter(Now, Search: manyWords), Ct));
        await Assert.ThrowsAsync<GeoGraphException>(() => store.FindArticlesAsync(new ArticleFilter(tooLong), PageRequest.FirstPage(), Ct));
        await Assert.ThrowsAsync<GeoGraphException>(() => store.FindCitationsAsync(new CitationFilter(Now), CitationOrder.Key, new PageRequest(501, null), Ct));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(500)]
    public async Task Citations_order_by_their_articles_publishedAt_either_way_undated_last_ties_by_key(int pageSize)
    {
        var store = await SeededStoreAsync();
        Article Dated(string title, DateTimeOffset? publishedAt)
        {
            var text = $"{title}: Pakistan is developing close ties with Washington.";
            var sha = Core.Ids.ContentIds.Sha256Hex(text);
            return new Article(Core.Ids.ContentIds.ForArticle(sha), title, null, null, publishedAt, "en", sha, text.Length, text, T0);
        }
        var old = Dated("Old", new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.FromHours(-5)));
        var late = Dated("Late", new DateTimeOffset(2026, 1, 1, 0, 0, 0, 1, TimeSpan.Zero));
        var undated = Dated("Undated", null);
        const string quote = "Pakistan is developing close ties with Washington";
        var extra = new[] { old, late, undated }.Select(a => new Citation(Graph.RTies.Id, a.Id, quote, a.Text!.IndexOf(quote, StringComparison.Ordinal),
            a.Text.IndexOf(quote, StringComparison.Ordinal) + quote.Length, null, CitationStance.Asserts, true)).ToArray();
        await store.ApplyAsync(new IngestionBatch([old, late, undated], [], [], extra), Ct);

        var contract = InKeyOrder(VisibleCitations).Select(Key).ToArray();
        string KeyIn(Article a) => Key(extra.Single(c => c.ArticleId == a.Id));
        var ascending = await CitationsAsync(store, new CitationFilter(Now), CitationOrder.PublishedAtAsc, pageSize);
        Assert.Equal([KeyIn(old), .. contract, KeyIn(late), KeyIn(undated)], ascending.Select(i => Key(i.Item)));
        var descending = await CitationsAsync(store, new CitationFilter(Now), CitationOrder.PublishedAtDesc, pageSize);
        Assert.Equal([KeyIn(late), .. contract, KeyIn(old), KeyIn(undated)], descending.Select(i => Key(i.Item)));
        Assert.Equal([0, 1], descending.Select(i => i.Key.Rank).Distinct().Order());

        // The search's matches in date order, not by tier.
        var ties = await CitationsAsync(store, new CitationFilter(Now, Search: "close ties"), CitationOrder.PublishedAtDesc, pageSize);
        Assert.Equal([KeyIn(late), Key(Graph.Citations.Single(c => c.RelationId == Graph.RTies.Id)), KeyIn(old), KeyIn(undated)], ties.Select(i => Key(i.Item)));
    }

    [Fact]
    public async Task Article_search_ranks_title_matches_above_text_matches_and_indexes_a_text_supplied_later()
    {
        var store = await SeededStoreAsync();
        async Task<PageKey[]> Found(string search, int size = 1) =>
            (await AllAsync((p, c) => store.FindArticlesAsync(new ArticleFilter(search), p, c), size, Ct)).Select(i => i.Key).ToArray();

        // A phrase of the text: rank 3; every word: 4; some word: 5; titles first.
        Assert.Equal([new PageKey(3, Graph.Beijing.Id)], await Found("IRONCLAD friendship"));
        Assert.Equal(
            [new PageKey(3, Graph.Chain.Id), new PageKey(5, Graph.Beijing.Id)],
            await Found("cooperates with"));
        Assert.Equal([new PageKey(0, Graph.RareEarthsArticle.Id), new PageKey(1, Graph.Chain.Id), new PageKey(2, Graph.Beijing.Id)], await Found("rare earths"));
        Assert.Equal(
            Ordered([Graph.Beijing.Id, Graph.RareEarthsArticle.Id]).Select(id => new PageKey(4, id)),
            await Found("controls china", 2));
        Assert.Empty(await Found("anger"));
        Assert.Equal(2, await store.CountArticlesAsync("cooperates with", Ct));

        // Tariffs' text arrives later: its words become searchable in the same write.
        await store.ApplyAsync(new IngestionBatch([Graph.Tariffs with { Text = Graph.TariffsText }], [], [], []), Ct);
        Assert.Equal([new PageKey(3, Graph.Tariffs.Id)], await Found("anger"));
        var trump = await Found("Trump threatens 100% tariffs");
        Assert.Equal([new PageKey(0, Graph.Tariffs.Id), new PageKey(5, Graph.Beijing.Id)], trump);
        Assert.Equal(1, await store.CountArticlesAsync("expressed anger", Ct));
    }
}
