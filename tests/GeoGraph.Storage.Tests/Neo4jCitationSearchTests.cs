using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Testing.Bolt;
using static GeoGraph.Storage.Tests.Neo4jGraphStoreTests;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Storage.Tests;

/// <summary>
/// The Neo4j store's citations listing and word searches against the scripted fake Bolt server:
/// which statement each filter sends, with which parameters, how records and cursors map back, and
/// that a user's search reaches Lucene only as double-quoted words.
/// </summary>
public sealed class Neo4jCitationSearchTests
{
    private static readonly string[] CitationFields =
        ["relationId", "articleId", "quote", "startOffset", "endOffset", "speakerId", "stance", "verified", "tier", "value"];

    private static object?[] CitationRecord(Citation c, long tier = 0, long value = 0) =>
        [c.RelationId, c.ArticleId, c.Quote, (long)c.Start, (long)c.End, c.SpeakerId ?? "", c.Stance.ToString().ToUpperInvariant(), c.Verified, tier, value];

    private static async Task RunAsync(Action<BoltScript> script, Func<Neo4jGraphStore, Task> use)
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => script(s.Login()));
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
            await use(store);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_speakers_citations_scan_the_relationships_page_by_key_and_resume_after_the_cursor()
    {
        var lin = Graph.Citations.Where(c => c.SpeakerId == LinJian).OrderBy(c => c.RelationId, StringComparer.Ordinal).ToArray();
        var other = Graph.Citations.First(c => c.SpeakerId is null);
        var after = new CitationPosition(0, 0, "rel:0000000000000000", Graph.Beijing.Id, 7, 19);
        await RunAsync(s => s
            .Expect("BEGIN", m => Assert.Equal("r", m.Extra["mode"])).Success()
            .Query(CypherStatements.Query("find_citations"), CitationFields, [CitationRecord(lin[0]), CitationRecord(lin[1]), CitationRecord(other)], checkRun: m =>
            {
                var p = Params(m);
                Assert.Equal((LinJian, null, null, "KEY", 3L, false), (p["speakerId"], p["stance"], p["articleId"], p["order"], p["limit"], p["includeRetracted"]));
                Assert.Equal(("rel:0000000000000000", Graph.Beijing.Id, 7L, 19L, 0L, 0L),
                    (p["afterRelationId"], p["afterArticleId"], p["afterStart"], p["afterEnd"], p["afterTier"], p["afterValue"]));
                Assert.Equal((null, null), (p["indexQuery"], p["phrase"]));
                Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)p["knownAt"]!).Offset);
            })
            .Expect("COMMIT").Success(),
            async store =>
            {
                var page = await store.FindCitationsAsync(new CitationFilter(Now.ToOffset(TimeSpan.FromHours(2)), SpeakerId: LinJian), CitationOrder.Key,
                    new PageRequest(2, after.ToPageKey()), Ct);
                Assert.True(page.HasNextPage);
                Assert.Equal(lin, page.Items.Select(i => i.Item));
                Assert.Equal(CitationPosition.Of(CitationOrder.Key, lin[1], 0, null).ToPageKey(), page.Items[^1].Key);
            });
    }

    [Fact]
    public async Task A_quote_search_goes_through_the_full_text_index_as_quoted_words_and_reads_each_tier()
    {
        var hit = Graph.Citations.First(c => c.RelationId == Graph.RMiningShare.Id);
        await RunAsync(s => s
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("find_citations_search"), CitationFields, [CitationRecord(hit, tier: 0)], checkRun: m =>
            {
                var p = Params(m);
                Assert.Equal(("\"rare\" OR \"earth\"", " rare earth ", "RELEVANCE", "REPORTS"), (p["indexQuery"], p["phrase"], p["order"], p["stance"]));
                Assert.Equal([" rare ", " earth "], (object?[])p["words"]!);
            })
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("count_citations_search"), ["count"], [[0L]], checkRun: m =>
            {
                // Nothing of the user's punctuation reaches Lucene: only words, each double-quoted.
                Assert.Equal("\"detach\" OR \"delete\" OR \"n\"", Params(m)["indexQuery"]);
                Assert.Equal(" detach delete n ", Params(m)["phrase"]);
            })
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("count_citations_of_article"), ["count"], [[4L]],
                checkRun: m => Assert.Equal((Graph.Beijing.Id, true), (Params(m)["articleId"], Params(m)["includeRetracted"])))
            .Expect("COMMIT").Success(),
            async store =>
            {
                var page = await store.FindCitationsAsync(new CitationFilter(Now, Stance: CitationStance.Reports, Search: "Rare-Earth"), CitationOrder.Relevance,
                    PageRequest.FirstPage(), Ct);
                Assert.Equal(new PageKey(0, CitationPosition.Of(CitationOrder.Relevance, hit, 0, null).ToPageKey().Id), Assert.Single(page.Items).Key);
                Assert.Equal(0, await store.CountCitationsAsync(new CitationFilter(Now, Search: "') DETACH DELETE n //"), Ct));
                // A search without a word matches nothing: no round trip.
                Assert.Empty((await store.FindCitationsAsync(new CitationFilter(Now, Search: "\"(*"), CitationOrder.Key, PageRequest.FirstPage(), Ct)).Items);
                Assert.Equal(0, await store.CountCitationsAsync(new CitationFilter(Now, Search: "—"), Ct));
                Assert.Equal(4, await store.CountCitationsAsync(new CitationFilter(Now, ArticleId: Graph.Beijing.Id, IncludeRetracted: true), Ct));
            });
    }

    [Fact]
    public async Task Ordering_by_publishedAt_sends_the_order_and_resumes_from_the_dated_position()
    {
        var c = Graph.Citations[0];
        var position = CitationPosition.Of(CitationOrder.PublishedAtDesc, c, 0, Graph.Beijing.PublishedAt);
        Assert.Equal(-Graph.Beijing.PublishedAt!.Value.ToUnixTimeMilliseconds(), position.Value);
        await RunAsync(s => s
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("find_citations_of_article"), CitationFields, [CitationRecord(c, 1, 0)], checkRun: m =>
            {
                var p = Params(m);
                Assert.Equal(("PUBLISHED_AT_DESC", position.Value, 0L, c.RelationId, Graph.Beijing.Id), (p["order"], p["afterValue"], p["afterTier"], p["afterRelationId"], p["articleId"]));
            })
            .Expect("COMMIT").Success(),
            async store =>
            {
                var page = await store.FindCitationsAsync(new CitationFilter(Now, ArticleId: Graph.Beijing.Id), CitationOrder.PublishedAtDesc,
                    new PageRequest(10, position.ToPageKey()), Ct);
                Assert.Equal(1, Assert.Single(page.Items).Key.Rank);
            });
    }

    [Fact]
    public async Task An_article_search_sends_the_title_key_and_the_words_of_the_text_search()
    {
        await RunAsync(s => s
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("find_articles"), ["id"], [], checkRun: m =>
            {
                var p = Params(m);
                Assert.Equal(("ironclad friendship!", "\"ironclad\" OR \"friendship\"", " ironclad friendship ", 51L), (p["search"], p["indexQuery"], p["phrase"], p["limit"]));
            })
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("count_articles"), ["count"], [[1L]],
                checkRun: m => Assert.Equal(("?!", null), (Params(m)["search"], Params(m)["indexQuery"])))
            .Expect("COMMIT").Success(),
            async store =>
            {
                Assert.Empty((await store.FindArticlesAsync(new ArticleFilter("  Ironclad FRIENDSHIP! "), PageRequest.FirstPage(), Ct)).Items);
                // No word: titles only.
                Assert.Equal(1, await store.CountArticlesAsync("?!", Ct));
            });
    }

    [Fact]
    public void Every_citations_listing_and_count_filters_and_ranks_alike_whatever_it_starts_from()
    {
        static string Filters(string name)
        {
            var statement = CypherStatements.Query(name);
            var from = statement.IndexOf("WITH r\nWHERE r.recordedAt", StringComparison.Ordinal);
            Assert.True(from > 0, name);
            return statement[from..statement.IndexOf("WHERE tier IS NOT NULL", StringComparison.Ordinal)];
        }
        var names = new[] { "", "_of_article", "_search" }.SelectMany(v => new[] { "find_citations" + v, "count_citations" + v }).ToArray();
        Assert.All(names, name => Assert.Equal(Filters("find_citations"), Filters(name)));
        var find = CypherStatements.Query("find_citations");
        Assert.All(names.Where(n => n.StartsWith("find", StringComparison.Ordinal)),
            name => Assert.EndsWith(find[find.IndexOf("WHERE tier IS NOT NULL", StringComparison.Ordinal)..], CypherStatements.Query(name), StringComparison.Ordinal));
    }

    [Fact]
    public async Task At_start_up_quotes_and_texts_stored_before_word_search_get_their_words_from_Core()
    {
        var types = RelationVocabulary.Default.All.Select(t => t.Type).Order(StringComparer.Ordinal).ToArray();
        await using var server = FakeBoltServer.Start();
        string[] quotes = ["Beijing denies any link", "Lin Jian said the items were gem ores bought by staff"];
        var text = Graph.Beijing.Text!;
        server.OnConnection(s =>
        {
            s.Login();
            foreach (var statement in CypherStatements.Schema()
                         .Concat(types.Select(t => CypherStatements.ForType(CypherStatements.Query("schema_relation_type"), t)))
                         .Append(CypherStatements.ForTypes(CypherStatements.Query("schema_citation_words"), types)))
                s.Query(statement, [], []);
            foreach (var wait in CypherStatements.Split(CypherStatements.Query("schema_await_search_indexes")))
                s.Query(wait, [], [], checkRun: m => Assert.Equal(30L, Params(m)["timeoutSeconds"]));
            s.Query(CypherStatements.Query("backfill_citation_words"), ["elementId", "quotes"], [["5:r:1", quotes.ToArray<object?>()]],
                    checkRun: m => Assert.Equal((long)Neo4jGraphStore.BackfillBatchSize, Params(m)["limit"]))
             .Query(CypherStatements.Query("backfill_write_citation_words"), ["written"], [[1L]], checkRun: m =>
             {
                 var row = (IReadOnlyDictionary<string, object?>)Assert.Single((object?[])Params(m)["rows"]!)!;
                 Assert.Equal("5:r:1", row["elementId"]);
                 Assert.Equal(quotes, (object?[])row["quotes"]!);
                 Assert.Equal([" beijing denies any link ", " lin jian said the items were gem ores bought by staff "], (object?[])row["words"]!);
             })
             .Query(CypherStatements.Query("backfill_article_words"), ["id", "text"], [[Graph.Beijing.Id, text]])
             .Query(CypherStatements.Query("backfill_write_article_words"), ["written"], [[1L]], checkRun: m =>
             {
                 var row = (IReadOnlyDictionary<string, object?>)Assert.Single((object?[])Params(m)["rows"]!)!;
                 Assert.Equal((Graph.Beijing.Id, TextSearch.Indexed(text)), (row["id"], row["words"]));
             })
             // The change log's counter exists already: nothing to back-fill.
             .Expect("BEGIN").Success().Query(CypherStatements.Query("changes_open_log"), ["backfill"], [[false]]).Expect("COMMIT").Success()
             .Expect("BEGIN").Success().Query(CypherStatements.Query("migrate_relation_ids_open"), ["done"], [[true]]).Expect("COMMIT").Success()
             .Expect("BEGIN").Success().Query(CypherStatements.Query("ready"), ["ready"], [[1L]]).Expect("COMMIT").Success();
        });
        var (store, driver) = Open(server, applySchema: true);
        await using (driver)
        await using (store)
            await store.CheckReadyAsync(Ct);
        await server.VerifyAsync();
    }
}
