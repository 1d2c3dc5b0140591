using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Conditions;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Testing.Bolt;
using static GeoGraph.Core.Storage.Conditions.RelationCondition;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Storage.Tests;

// Composed relation conditions and orderings: the exact statement (fragments from cypher/, each
// parameter renamed per use, joined by AND/OR/NOT), its parameters, and no input text in it.
public sealed partial class Neo4jGraphStoreTests
{
    /// <summary>Looks like Cypher, must stay a value: it may only ever reach the server as a parameter.</summary>
    private const string Hostile = "person:x' OR true WITH r MATCH (n) DETACH DELETE n //";

    [Fact]
    public async Task A_nested_condition_is_composed_from_the_fragment_files_with_its_values_as_renamed_parameters()
    {
        var condition = And([
            new Involves(CN),
            new Any([new SpokenBy(Hostile), new Not(new Dated(true)), new ValidDuring(new DateOnly(2025, 1, 1), null)]),
            new Not(new TypeIn(["ASSERTS", "DENIES"])),
            new SubjectKindIs(NodeKind.Person),
            new MinConfidence(0.5)]);
        var expected = Listing("find_relations_of_node",
            "(((s.id = $c0_id OR o.id = $c0_id)) AND (($c1_speakerId IN r.citationSpeakerIds) OR (NOT ((r.validFrom IS NOT NULL OR r.validTo IS NOT NULL))) OR "
            + "(($c3_from IS NULL OR r.validToEnd IS NULL OR r.validToEnd >= $c3_from) AND ($c3_to IS NULL OR r.validFrom IS NULL OR r.validFrom <= $c3_to))) AND "
            + "(NOT (type(r) IN $c4_types)) AND (s.id STARTS WITH $c5_prefix) AND (r.confidence >= $c6_min))");
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(expected, RelationFields, [RelationRecord(Graph.RRole)], checkRun: m =>
            {
                var p = Params(m);
                Assert.DoesNotContain("DETACH", m.Fields[0] as string, StringComparison.Ordinal);
                Assert.Equal((CN, CN, Hostile, new DateOnly(2025, 1, 1), null, "person:", 0.5),
                    (p["anchorId"], p["c0_id"], p["c1_speakerId"], p["c3_from"], p["c3_to"], p["c5_prefix"], p["c6_min"]));
                Assert.Equal(["ASSERTS", "DENIES"], (object?[])p["c4_types"]!);
            })
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
            Assert.Equal([Graph.RRole.Id], (await store.FindRelationsAsync(new RelationFilter(Now, Where: condition), PageRequest.FirstPage(), Ct)).Items.Select(i => i.Item.Id));
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_count_and_a_listing_share_the_composed_condition_and_pick_their_way_in_from_the_top_level_AND()
    {
        await using var server = FakeBoltServer.Start();
        var article = Graph.Beijing.Id;
        server.OnConnection(s => s.Login()
            // An article pinned at the top: its mentions are the way in.
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Fill(CypherStatements.Query("count_relations_of_article"),
                    new Dictionary<string, string> { ["condition"] = "(($c0_articleId IN r.citationArticleIds) AND (r.recordedAt > $c1_at))" }),
                ["count"], [[2L]], checkRun: m => Assert.Equal((article, article), (Params(m)["articleId"], Params(m)["c0_articleId"])))
            .Expect("COMMIT").Success()
            // Anchors only inside an OR pin nothing: every relationship is read.
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Fill(CypherStatements.Query("count_relations"),
                    new Dictionary<string, string> { ["condition"] = "((s.id = $c0_id) OR (o.id = $c1_id))" }),
                ["count"], [[3L]], checkRun: m => Assert.False(Params(m).ContainsKey("anchorId")))
            .Expect("COMMIT").Success()
            // Between pins its first node.
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Fill(CypherStatements.Query("count_relations_of_node"),
                    new Dictionary<string, string> { ["condition"] = "(((s.id = $c0_first AND o.id = $c0_second) OR (s.id = $c0_second AND o.id = $c0_first)))" }),
                ["count"], [[1L]], checkRun: m => Assert.Equal((PK, PK, US), (Params(m)["anchorId"], Params(m)["c0_first"], Params(m)["c0_second"])))
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            Assert.Equal(2, await store.CountRelationsAsync(new RelationFilter(Now, ArticleId: article, Where: new RecordedAfter(T0)), Ct));
            Assert.Equal(3, await store.CountRelationsAsync(new RelationFilter(Now, Where: new Any([new SubjectIs(CN), new ObjectIs(US)])), Ct));
            Assert.Equal(1, await store.CountRelationsAsync(new RelationFilter(Now, Where: new Between(PK, US)), Ct));
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task An_ordered_page_lists_the_sort_key_fragments_orders_missing_values_last_and_resumes_after_the_cursors_values()
    {
        var order = RelationOrder.Of([new(RelationOrderField.CitationCount, SortDirection.Desc), new(RelationOrderField.FirstReported)]);
        var reported = new DateTimeOffset(2025, 10, 13, 23, 0, 0, TimeSpan.Zero);
        var after = new PageKey(0, "rel:5", new SortValues(order.Name, [2L, new DateTimeOffset(2025, 10, 14, 4, 30, 0, TimeSpan.FromHours(5.5))]));
        var sortKeys = "[" + CypherStatements.Fragment("sort-keys/relation", "citation_count") + ", " + CypherStatements.Fragment("sort-keys/relation", "first_reported") + "]";
        var expected = CypherStatements.Fill(CypherStatements.Query("find_relations"), new Dictionary<string, string>
        {
            ["condition"] = "true",
            ["sortKeys"] = sortKeys,
            ["afterKey"] = "(keys[0] < $after0 OR (keys[0] = $after0 AND (keys[1] > $after1 OR keys[1] IS NULL OR (keys[1] = $after1 AND (r.id > $afterId)))))",
            ["orderBy"] = "keys[0] DESC, keys[1] IS NULL, keys[1], id",
        });
        Assert.Contains("size(r.citationArticleIds)", sortKeys, StringComparison.Ordinal);
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(expected, [.. RelationFields, "keys"],
                [[.. RelationRecord(Graph.RAllied), new object?[] { 2L, reported }], [.. RelationRecord(Graph.RAB), new object?[] { 1L, null }]],
                checkRun: m =>
                {
                    var p = Params(m);
                    Assert.Equal((2L, "rel:5", 3L), (p["after0"], p["afterId"], p["limit"]));
                    // Compared in UTC: Neo4j orders DATETIMEs of one instant by offset.
                    Assert.Equal(new DateTimeOffset(2025, 10, 13, 23, 0, 0, TimeSpan.Zero), p["after1"]);
                    Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)p["after1"]!).Offset);
                })
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var page = await store.FindRelationsAsync(new RelationFilter(Now, Order: order), new PageRequest(2, after), Ct);
            Assert.Equal([Graph.RAllied.Id, Graph.RAB.Id], page.Items.Select(i => i.Item.Id));
            Assert.Equal(new SortValues(order.Name, [2L, reported]), page.Items[0].Key.Sort);
            Assert.Equal(new SortValues(order.Name, [1L, null]), page.Items[1].Key.Sort);
            // Another ordering's cursor never reaches the server.
            await Assert.ThrowsAsync<Core.Errors.GeoGraphException>(() => store.FindRelationsAsync(new RelationFilter(Now), new PageRequest(2, after), Ct));
        }
        await server.VerifyAsync();
    }

    [Fact]
    public void Every_relation_predicate_and_sort_key_is_a_fragment_file_with_its_parameters()
    {
        // Composing each primitive once proves its file exists and takes the parameters the store binds.
        var primitives = new RelationCondition[]
        {
            new TypeIn(["GIFTED"]), new SubjectIs(CN), new ObjectIs(CN), new Involves(CN), new Between(CN, PK), new CitedIn(Graph.Beijing.Id),
            new SubjectKindIs(NodeKind.Country), new ObjectKindIs(NodeKind.Claim), new SpokenBy(LinJian), new CitedWithStance(CitationStance.Reports),
            new MinConfidence(0.5), new RelationCondition.ValidAt(new DateOnly(2025, 1, 1)), new ValidDuring(null, null),
            new RecordedAfter(T0), new RecordedBefore(T1), new Dated(false),
        };
        var parameters = new Dictionary<string, object?>();
        var cypher = Neo4jRelationConditions.Compose(new All(primitives), parameters);
        Assert.Equal(
            ["c0_types", "c1_id", "c2_id", "c3_id", "c4_first", "c4_second", "c5_articleId", "c6_prefix", "c7_prefix", "c8_speakerId", "c9_stance",
             "c10_min", "c11_from", "c11_to", "c12_from", "c12_to", "c13_at", "c14_at"],
            parameters.Keys.Order(StringComparer.Ordinal).OrderBy(k => int.Parse(k[1..k.IndexOf('_')], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("(NOT ((r.validFrom IS NOT NULL OR r.validTo IS NOT NULL)))", cypher, StringComparison.Ordinal);
        Assert.All(Enum.GetValues<RelationOrderField>().Where(f => f != RelationOrderField.Id), f =>
            Assert.StartsWith("[(", Neo4jRelationOrdering.Placeholders(RelationOrder.Of([new(f)]), null, [])["sortKeys"], StringComparison.Ordinal));
    }
}

public sealed partial class Neo4jGraphStoreTests
{
    [Fact]
    public async Task Entities_by_name_descending_resume_after_the_cursors_name_key_and_id()
    {
        var order = NodeOrder.Of([new(NodeOrderField.Name, SortDirection.Desc)]);
        var after = new PageKey(0, "country:US", new SortValues(order.Name, ["united states"]));
        var expected = CypherStatements.Fill(CypherStatements.Query("find_nodes"), new Dictionary<string, string>
        {
            ["afterKey"] = "$afterId IS NULL OR n.searchKey < $afterName OR (n.searchKey = $afterName AND n.id > $afterId)",
            ["orderBy"] = "nameKey DESC, id",
        });
        var turkey = Graph.NodeOf(TR);
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(expected, [.. NodeFields, "rank", "nameKey"], [[.. NodeRecord(turkey), 0L, "türkiye"]],
                checkRun: m => Assert.Equal(("COUNTRY", "united states", "country:US", 3L), (Params(m)["kind"], Params(m)["afterName"], Params(m)["afterId"], Params(m)["limit"])))
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var page = await store.FindNodesAsync(new NodeFilter(NodeKind.Country, Order: order), new PageRequest(2, after), Ct);
            var item = Assert.Single(page.Items);
            Assert.Equal(new PageKey(0, TR, new SortValues("NAME:DESC,ID:ASC", ["türkiye"])), item.Key);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Articles_newest_first_resume_after_the_cursors_instant_and_id_and_the_undated_come_last()
    {
        var order = ArticleOrder.Of([new(ArticleOrderField.PublishedAt, SortDirection.Desc)]);
        var article = Graph.Beijing;
        var ms = article.PublishedAt!.Value.ToUnixTimeMilliseconds();
        var expected = CypherStatements.Fill(CypherStatements.Query("list_articles"), new Dictionary<string, string>
        {
            ["sortKey"] = "a.publishedAt.epochMillis",
            ["afterKey"] = "$afterId IS NULL OR ($afterValue IS NULL AND sortKey IS NULL AND a.id > $afterId)"
                + " OR ($afterValue IS NOT NULL AND (sortKey < $afterValue OR sortKey IS NULL OR (sortKey = $afterValue AND a.id > $afterId)))",
            ["orderBy"] = "sortKey IS NULL, sortKey DESC, id",
        });
        var after = new PageKey(0, "article:0000000000000000", new SortValues(order.Name, [ms + 1]));
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(expected, ["id", "title", "publisher", "url", "publishedAt", "language", "textSha256", "textLength", "text", "recordedAt", "rank", "sortKey"],
                [[article.Id, article.Title, article.Publisher, article.Url, article.PublishedAt, article.Language, article.TextSha256,
                  (long)article.TextLength, null, article.RecordedAt, 0L, ms]],
                checkRun: m => Assert.Equal((ms + 1, "article:0000000000000000", 3L), (Params(m)["afterValue"], Params(m)["afterId"], Params(m)["limit"])))
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var page = await store.FindArticlesAsync(new ArticleFilter(Order: order), new PageRequest(2, after), Ct);
            var item = Assert.Single(page.Items);
            Assert.Equal(article.Id, item.Item.Id);
            Assert.Equal(new PageKey(0, article.Id, new SortValues("PUBLISHED_AT:DESC,ID:ASC", [ms])), item.Key);
        }
        await server.VerifyAsync();
    }
}
