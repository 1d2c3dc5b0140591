using GeoGraph.Core.Errors;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Testing.Bolt;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Storage.Tests;

// mergeEntities and the relation-id migration on Neo4j: the statements and parameters the store
// sends, in one write transaction each (the contract suite proves the behaviour on SQLite).
public sealed partial class Neo4jGraphStoreTests
{
    private static readonly string[] LockedNodeFields = ["requestedId", .. NodeFields];
    private static readonly string[] CitationListFields = ["relationId", "articleIds", "quotes", "starts", "ends", "speakerIds", "stances", "verified", "qualifiers"];

    [Fact]
    public async Task Merging_an_entity_locks_both_moves_its_relations_retires_it_and_logs_it_in_one_transaction()
    {
        await using var server = FakeBoltServer.Start();
        const string twice = "person:trump";
        var trump = Graph.NodeOf(Trump);
        var duplicate = new Node(twice, NodeKind.Person, "Trump", [], null, T1);
        var questioned = Rel(LinJian, "QUESTIONS", twice, []);
        var moved = ContentIds.ForRelation(RelationVocabulary.Default, questioned with { ObjectId = Trump });
        var at = T1.AddDays(1);
        server.OnConnection(s => s.Login()
            .Expect("BEGIN", m => Assert.Equal("w", m.Extra.GetValueOrDefault("mode", "w"))).Success()
            .Query(CypherStatements.Query("merge_lock_nodes"), LockedNodeFields, [[twice, .. NodeRecord(duplicate)], [Trump, .. NodeRecord(trump)]],
                checkRun: m => Assert.Equal([twice, Trump], List(m, "ids")))
            .Query(CypherStatements.Query("merge_citations_spoken_by"), CitationFields, [], checkRun: m => Assert.Equal(twice, Params(m)["id"]))
            .Query(CypherStatements.Query("merge_relations_naming"), RelationFields, [RelationRecord(questioned)],
                checkRun: m => Assert.Equal((twice, "\"entity\":\"person:trump\""), (Params(m)["id"], Params(m)["entityJson"])))
            .Query(CypherStatements.UnionOverTypes(CypherStatements.Query("citations_by_relation_id"), Vocabulary()), CitationListFields,
                [[questioned.Id, new object?[] { Graph.Chain.Id }, new object?[] { "quoted" }, new object?[] { 0L }, new object?[] { 6L },
                  new object?[] { "" }, new object?[] { "REPORTS" }, new object?[] { false }, new object?[] { "[]" }]],
                checkRun: m => Assert.Equal([questioned.Id], List(m, "ids")))
            // Nothing is stored at the new id yet: the relation moves whole.
            .Query(CypherStatements.UnionOverTypes(CypherStatements.Query("relations_by_id"), Vocabulary()), ["requestedId", .. RelationFields], [],
                checkRun: m => Assert.Equal([moved], List(m, "ids")))
            .Query(CypherStatements.ForType(CypherStatements.Query("rekey_delete_relations"), "QUESTIONS"), ["deleted"], [[1L]],
                checkRun: m => Assert.Equal([questioned.Id], List(m, "ids")))
            .Query(CypherStatements.ForType(CypherStatements.Query("rekey_write_relations"), "QUESTIONS"), ["written"], [[1L]], checkRun: m =>
            {
                var row = (IReadOnlyDictionary<string, object?>)Assert.Single(List(m, "rows"))!;
                Assert.Equal((moved, LinJian, Trump), (row["id"], row["subjectId"], row["objectId"]));
                var properties = (IReadOnlyDictionary<string, object?>)row["properties"]!;
                Assert.Equal(["quoted"], (object?[])properties["citationQuotes"]!);
                Assert.Equal(["[]"], (object?[])properties["citationQualifiers"]!);
            })
            .Query(CypherStatements.Query("rekey_redirect_relations"), ["redirected"], [[1L]], checkRun: m =>
            {
                var row = (IReadOnlyDictionary<string, object?>)Assert.Single(List(m, "rows"))!;
                Assert.Equal((questioned.Id, moved), (row["formerId"], row["id"]));
            })
            .Query(CypherStatements.Query("apply_mentions"), ["mentions"], [[2L]], checkRun: m => Assert.Equal(2, List(m, "rows").Length))
            .Query(CypherStatements.Query("apply_write_nodes"), ["written"], [[1L]], checkRun: m =>
            {
                var row = (IReadOnlyDictionary<string, object?>)Assert.Single(List(m, "rows"))!;
                Assert.Equal(Trump, row["id"]);
                Assert.Contains("Trump", (object?[])row["aliases"]!);
            })
            .Query(CypherStatements.Query("merge_retire_node"), ["redirected"], [[1L]],
                checkRun: m => Assert.Equal((twice, Trump), (Params(m)["fromId"], Params(m)["intoId"])))
            .Query(CypherStatements.Query("changes_append"), ["appended", "last"], [[2L, 70L]], checkRun: m =>
            {
                var rows = List(m, "rows").Cast<IReadOnlyDictionary<string, object?>>().Select(r => (r["kind"], r["relationId"], r["entityId"], r["formerId"])).ToArray();
                Assert.Equal([("ENTITY_MERGED", null, Trump, twice), ("RELATION_ID_CHANGED", moved, null, questioned.Id)], rows);
            })
            .Expect("COMMIT").Success(("bookmark", "bm:2")));
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var result = await store.MergeEntitiesAsync(new EntityMergeRequest(twice, Trump, "admin", at), Ct);
            Assert.Equal([new RelationMove(questioned.Id, moved, Merged: false)], result.RelationsMoved);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_merge_of_entities_of_two_kinds_is_refused_after_reading_them_and_rolls_back()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("merge_lock_nodes"), LockedNodeFields, [[Trump, .. NodeRecord(Graph.NodeOf(Trump))], [CN, .. NodeRecord(Graph.NodeOf(CN))]])
            .Expect("ROLLBACK").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.MergeEntitiesAsync(new EntityMergeRequest(Trump, CN, "admin", T1), Ct));
            Assert.Equal((ErrorCodes.ValidationFailed, "into"), (e.Code, e.Fields[0].Field));
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Writing_a_merged_id_again_is_refused_from_what_the_node_lock_reads_and_rolls_back()
    {
        // apply_lock_nodes says which ids lead to a survivor (a :NodeRedirect); Core refuses them.
        await using var server = FakeBoltServer.Start();
        const string twice = "person:trump";
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("apply_lock_nodes"), ["id", "creating", .. NodeFields[1..], "mergedInto"],
                [[twice, true, null, null, null, null, null, null, Trump]], checkRun: m => Assert.Equal([twice], List(m, "ids")))
            .Expect("ROLLBACK").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var recreated = new Node(twice, NodeKind.Person, "Trump", [], null, T1);
            var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.ApplyAsync(IngestionBatch.OfNodes([recreated], NodeWrite.Replace), Ct));
            Assert.Equal((ErrorCodes.ValidationFailed, "id"), (e.Code, e.Fields[0].Field));
            Assert.Contains($"'{twice}' was merged into '{Trump}'", e.Message, StringComparison.Ordinal);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_search_naming_an_external_id_sends_its_keys_for_the_store_to_rank_first()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("search_nodes"), [.. NodeFields, "rank"], [[.. NodeRecord(Graph.NodeOf(CN)), 0L]], checkRun: m =>
            {
                var p = Params(m);
                Assert.Equal(("chn", "\u0001"), (p["search"], p["separator"]));
                Assert.Equal(["iso3166-alpha3:CHN"], (object?[])p["externalIds"]!);
            })
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("count_nodes"), ["count"], [[1L]],
                checkRun: m => Assert.Equal(["wikidata:Q148"], (object?[])Params(m)["externalIds"]!))
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var page = await store.FindNodesAsync(new NodeFilter(null, " CHN "), PageRequest.FirstPage(), Ct);
            Assert.Equal((CN, 0), (page.Items.Single().Item.Id, page.Items.Single().Key.Rank));
            Assert.Equal(1, await store.CountNodesAsync(new NodeFilter(null, "q148"), Ct));
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task The_relation_id_migration_gives_citations_their_wording_rekeys_and_marks_itself_done()
    {
        await using var server = FakeBoltServer.Start();
        var oldRule = new RelationVocabulary(RelationVocabulary.Default.All.Select(t => t with { DescribingQualifiers = [] }));
        var goods = new Qualifier("goods", "Chinese goods", null, null, null);
        var old = Graph.RTariff with { Qualifiers = [goods, .. Graph.RTariff.Qualifiers] };
        old = old with { Id = ContentIds.ForRelation(oldRule, old) };
        string[] migrationFields = [.. RelationFields, "relationId", "elementId", "articleIds", "quotes", "starts", "ends", "speakerIds", "stances", "verified", "qualifiersOfCitations"];
        object?[] Lists(string quote) => [new object?[] { Graph.Tariffs.Id }, new object?[] { quote }, new object?[] { 0L }, new object?[] { 6L }, new object?[] { "" }, new object?[] { "ASSERTS" }, new object?[] { false }];
        server.OnConnection(s =>
        {
            s.Login();
            foreach (var statement in new Neo4jGraphStore(new Neo4jOptions { Uri = server.Uri() }, RelationVocabulary.Default).SchemaStatements()) s.Query(statement, [], []);
            foreach (var wait in CypherStatements.Split(CypherStatements.Query("schema_await_search_indexes"))) s.Query(wait, [], []);
            s.Query(CypherStatements.Query("backfill_citation_words"), ["elementId", "quotes"], [])
             .Query(CypherStatements.Query("backfill_article_words"), ["id", "text"], [])
             .Expect("BEGIN").Success().Query(CypherStatements.Query("changes_open_log"), ["backfill"], [[false]]).Expect("COMMIT").Success()
             .Expect("BEGIN").Success()
             .Query(CypherStatements.Query("migrate_relation_ids_open"), ["done"], [[false]])
             // A relation stored under the old rule: its one citation has no wording of its own yet.
             .Query(CypherStatements.Query("migrate_relations"), migrationFields, [[.. RelationRecord(old), old.Id, "5:r:9", .. Lists("quoted"), Array.Empty<object?>()]])
             .Query(CypherStatements.Query("apply_write_citations"), ["written"], [[1L]], checkRun: m =>
             {
                 var row = (IReadOnlyDictionary<string, object?>)Assert.Single(List(m, "rows"))!;
                 Assert.Equal(("5:r:9", (object?)QualifierJson.Write([goods])), (row["elementId"], ((object?[])row["qualifiers"]!)[0]));
             })
             .Query(CypherStatements.UnionOverTypes(CypherStatements.Query("relations_by_id"), Vocabulary()), ["requestedId", .. RelationFields], [],
                 checkRun: m => Assert.Equal([Graph.RTariff.Id], List(m, "ids")))
             .Query(CypherStatements.ForType(CypherStatements.Query("rekey_delete_relations"), "THREATENS_TARIFF"), ["deleted"], [[1L]],
                 checkRun: m => Assert.Equal([old.Id], List(m, "ids")))
             .Query(CypherStatements.ForType(CypherStatements.Query("rekey_write_relations"), "THREATENS_TARIFF"), ["written"], [[1L]], checkRun: m =>
             {
                 var row = (IReadOnlyDictionary<string, object?>)Assert.Single(List(m, "rows"))!;
                 Assert.Equal(Graph.RTariff.Id, row["id"]);
                 // The relation keeps the wording it was first recorded with; its citation keeps it too.
                 Assert.Equal("Chinese goods", ((IReadOnlyDictionary<string, object?>)row["properties"]!)["q_goods"]);
                 Assert.Equal([QualifierJson.Write([goods])], (object?[])((IReadOnlyDictionary<string, object?>)row["properties"]!)["citationQualifiers"]!);
             })
             .Query(CypherStatements.Query("rekey_redirect_relations"), ["redirected"], [[1L]])
             .Query(CypherStatements.Query("apply_mentions"), ["mentions"], [[2L]])
             .Query(CypherStatements.Query("changes_append"), ["appended", "last"], [[1L, 60L]], checkRun: m =>
             {
                 var row = (IReadOnlyDictionary<string, object?>)Assert.Single(List(m, "rows"))!;
                 Assert.Equal(("RELATION_ID_CHANGED", Graph.RTariff.Id, old.Id), (row["kind"], row["relationId"], row["formerId"]));
             })
             .Query(CypherStatements.Query("migrate_relation_ids_close"), ["id"], [[Neo4jGraphStore.RelationIdsMigration]])
             .Expect("COMMIT").Success()
             .Expect("BEGIN").Success().Query(CypherStatements.Query("ready"), ["ready"], [[1L]]).Expect("COMMIT").Success();
        });
        var (store, driver) = Open(server, applySchema: true);
        await using (driver)
        await using (store)
            await store.CheckReadyAsync(Ct);
        await server.VerifyAsync();
    }
}
