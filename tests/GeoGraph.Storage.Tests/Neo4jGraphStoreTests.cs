using System.Net;
using System.Net.Sockets;
using GeoGraph.Bolt;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Testing.Bolt;
using GeoGraph.Testing.Storage;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Storage.Tests;

/// <summary>
/// The Neo4j store against the scripted fake Bolt server: which statement file each operation
/// sends, with which parameters, in which transaction; how records become domain objects; and
/// what happens while Neo4j is down. (The contract suite runs on a real Neo4j in Neo4jContractTests.)
/// </summary>
public sealed partial class Neo4jGraphStoreTests
{
    internal static CancellationToken Ct => TestContext.Current.CancellationToken;
    internal static readonly ContractGraph Graph = new();
    internal static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static readonly string[] NodeFields = ["id", "kind", "name", "aliases", "description", "recordedAt", "externalIds"];
    private static readonly string[] RelationFields =
        ["id", "type", "subjectId", "objectId", "qualifiers", "validFrom", "validFromPrecision", "validTo", "validToPrecision",
         "confidence", "recordedAt", "recordedBy", "retractedAt", "retractedBy", "retractReason"];
    private static readonly string[] CitationFields = ["relationId", "elementId", "articleIds", "quotes", "starts", "ends", "speakerIds", "stances", "verified"];

    /// <remarks>
    /// With the schema applied, one operation is the whole start-up: some 250 schema statements and
    /// the start-up migrations, each a round trip to the fake server. Its default bound is therefore
    /// wide (30 s): at 5 s, parallel test projects on 2 cores made the start-up time out now and then,
    /// and the store closed the connection mid-script. Tests of timeouts pass their own.
    /// </remarks>
    internal static (Neo4jGraphStore Store, BoltDriver Driver) Open(FakeBoltServer server, bool applySchema = false, TimeSpan? timeout = null,
        TimeSpan? retryDelay = null)
    {
        var options = new Neo4jOptions
        {
            Uri = server.Uri(), User = "neo4j", Password = "pass", ApplySchema = applySchema,
            OperationTimeout = timeout ?? TimeSpan.FromSeconds(applySchema ? 30 : 5),
        };
        var driver = new BoltDriver(server.Uri(), options.Auth, new BoltDriverConfig
        {
            ConnectTimeout = TimeSpan.FromSeconds(2),
            ConnectionAcquisitionTimeout = options.OperationTimeout,
            MaxTransactionRetryTime = options.OperationTimeout,
            RetryInitialDelay = retryDelay ?? TimeSpan.FromMilliseconds(10),
        });
        return (new Neo4jGraphStore(options, RelationVocabulary.Default, driver), driver);
    }

    private static object?[] NodeRecord(Node n) =>
        [n.Id, n.Kind.ToString().ToUpperInvariant(), n.Name, n.Aliases.ToArray<object?>(), n.Description, n.RecordedAt, n.ExternalIds.Select(x => (object?)x.Key).ToArray()];

    private static object?[] RelationRecord(Relation r) =>
        [r.Id, r.Type, r.SubjectId, r.ObjectId, QualifierJson.Write(r.Qualifiers),
         r.ValidFrom?.Start, r.ValidFrom?.Precision.ToString().ToUpperInvariant(), r.ValidTo?.Start, r.ValidTo?.Precision.ToString().ToUpperInvariant(),
         r.Confidence, r.RecordedAt, r.RecordedBy, r.RetractedAt, r.RetractedBy, r.RetractReason];

    internal static IReadOnlyDictionary<string, object?> Params(ClientMessage run) => run.Map(1);

    private static object?[] List(ClientMessage run, string key) => (object?[])Params(run)[key]!;

    [Fact]
    public async Task GetNodes_sends_get_nodes_in_a_read_transaction_and_maps_the_records()
    {
        await using var server = FakeBoltServer.Start();
        var china = Graph.NodeOf(CN);
        server.OnConnection(s => s.Login()
            .Expect("BEGIN", m => Assert.Equal("r", m.Extra["mode"])).Success()
            .Query(CypherStatements.Query("get_nodes"), ["requestedId", .. NodeFields], [[CN, .. NodeRecord(china)]],
                checkRun: m => Assert.Equal([CN, PK], List(m, "ids")))
            .Expect("COMMIT").Success(("bookmark", "bm:1")));
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var nodes = await store.GetNodesAsync([CN, PK, CN], Ct);
            Assert.Equal(StoreSnapshot.Describe(china), StoreSnapshot.Describe(Assert.Single(nodes.Values)));
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Apply_writes_a_batch_in_one_transaction_then_reads_wait_for_its_bookmark()
    {
        await using var server = FakeBoltServer.Start();
        var g = Graph;
        var citation = g.Citations.Single(c => c.RelationId == g.RAllied.Id);
        var batch = new IngestionBatch([g.Beijing with { Text = null }], [g.NodeOf(CN), g.NodeOf(PK)], [g.RAllied], [citation]);
        server.OnConnection(s => s.Login()
            .Expect("BEGIN", m => Assert.Equal("w", m.Extra.GetValueOrDefault("mode", "w"))).Success()
            .Query(CypherStatements.Query("apply_lock_articles"), ["id", "creating", "hasText"], [[g.Beijing.Id, true, false]],
                checkRun: m => Assert.Equal([g.Beijing.Id], List(m, "ids")))
            .Query(CypherStatements.Query("apply_create_articles"), ["created"], [[1L]], checkRun: m =>
            {
                var row = (IReadOnlyDictionary<string, object?>)Assert.Single(List(m, "rows"))!;
                Assert.Equal((g.Beijing.Id, g.Beijing.Title.ToLowerInvariant(), null), (row["id"], row["titleKey"], row["text"]));
            })
            .Query(CypherStatements.Query("apply_lock_nodes"), ["id", "creating", .. NodeFields[1..], "mergedInto"],
                [[CN, true, null, null, null, null, null, null, null], [PK, true, null, null, null, null, null, null, null]],
                checkRun: m => Assert.Equal([CN, PK], List(m, "ids")))
            .Query(CypherStatements.Query("apply_write_nodes"), ["written"], [[2L]], checkRun: m =>
            {
                var rows = List(m, "rows").Cast<IReadOnlyDictionary<string, object?>>().ToArray();
                Assert.Equal(["COUNTRY", "COUNTRY"], rows.Select(r => r["kind"]));
                Assert.Equal("china", rows[0]["searchKey"]);
                Assert.Contains("\u0001beijing\u0001", (string)rows[0]["aliasText"]!);
                Assert.Equal(["iso3166-alpha2:CN", "iso3166-alpha3:CHN", "wikidata:Q148"], (object?[])rows[0]["externalIds"]!);
                Assert.Equal("\u0001iso3166-alpha2:CN\u0001iso3166-alpha3:CHN\u0001wikidata:Q148\u0001", rows[0]["externalIdText"]);
            })
            .Query(CypherStatements.ForType(CypherStatements.Query("apply_merge_relations"), "ALLIED_WITH"), ["matched", "createdIds", "stored"], [[1L, new object?[] { g.RAllied.Id }, Array.Empty<object?>()]], checkRun: m =>
            {
                var row = (IReadOnlyDictionary<string, object?>)Assert.Single(List(m, "rows"))!;
                Assert.Equal((g.RAllied.Id, CN, PK), (row["id"], row["subjectId"], row["objectId"]));
                var properties = (IReadOnlyDictionary<string, object?>)row["properties"]!;
                Assert.Equal(new DateOnly(2015, 4, 20), properties["validFrom"]);
                Assert.Equal(g.RAllied.ValidTo!.Value.End, properties["validToEnd"]);
                Assert.Empty((object?[])properties["citationQuotes"]!);
            })
            .Query(CypherStatements.ForType(CypherStatements.Query("apply_lock_citations"), "ALLIED_WITH"), CitationFields,
                [[g.RAllied.Id, "5:r:1", Array.Empty<object?>(), Array.Empty<object?>(), Array.Empty<object?>(), Array.Empty<object?>(), Array.Empty<object?>(), Array.Empty<object?>(), Array.Empty<object?>()]])
            .Query(CypherStatements.Query("apply_write_citations"), ["written"], [[1L]], checkRun: m =>
            {
                var row = (IReadOnlyDictionary<string, object?>)Assert.Single(List(m, "rows"))!;
                Assert.Equal("5:r:1", row["elementId"]);
                Assert.Equal([citation.Quote], (object?[])row["quotes"]!);
                Assert.Equal([(long)citation.Start], (object?[])row["starts"]!);
                Assert.Equal([""], (object?[])row["speakerIds"]!);
                Assert.Equal([TextSearch.Indexed(citation.Quote)], (object?[])row["quoteWords"]!);
            })
            .Query(CypherStatements.Query("apply_mentions"), ["mentions"], [[2L]], checkRun: m => Assert.Equal(2, List(m, "rows").Length))
            .Query(CypherStatements.Query("changes_append"), ["appended", "last"], [[4L, 4L]], checkRun: m => Assert.Equal(
                [("ARTICLE_RECORDED", null, null, g.Beijing.Id), ("ENTITY_RECORDED", null, CN, null), ("ENTITY_RECORDED", null, PK, null), ("RELATION_RECORDED", g.RAllied.Id, null, null)],
                ChangeRows(m)))
            .Expect("COMMIT").Success(("bookmark", "bm:9"))
            .Expect("BEGIN", m => Assert.Equal(["bm:9"], (object?[])m.Extra["bookmarks"]!)).Success()
            .Query(CypherStatements.Query("get_nodes"), ["requestedId", .. NodeFields], [])
            .Expect("COMMIT").Success(("bookmark", "bm:9")));
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            Assert.Equal(new ApplyResult(1, 0, 2, 0, 1, 1), await store.ApplyAsync(batch, Ct));
            Assert.Empty(await store.GetNodesAsync([CN], Ct));
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_relation_between_nodes_neither_stored_nor_in_the_batch_is_refused_and_rolled_back()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.ForType(CypherStatements.Query("apply_merge_relations"), "ALLIED_WITH"), ["matched", "createdIds", "stored"], [[0L, Array.Empty<object?>(), Array.Empty<object?>()]])
            .Expect("ROLLBACK").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.ApplyAsync(new IngestionBatch([], [], [Graph.RAllied], []), Ct));
            Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_relation_another_write_stored_first_with_another_confidence_is_refused_and_rolled_back()
    {
        await using var server = FakeBoltServer.Start();
        var stored = new Dictionary<string, object?>
        {
            ["id"] = Graph.RAllied.Id, ["confidence"] = 0.5, ["qualifiers"] = QualifierJson.Write(Graph.RAllied.Qualifiers),
            ["retractedAt"] = null, ["retractReason"] = null,
        };
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.ForType(CypherStatements.Query("apply_merge_relations"), "ALLIED_WITH"), ["matched", "createdIds", "stored"],
                [[1L, Array.Empty<object?>(), new object?[] { stored }]])
            .Expect("ROLLBACK").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var e = await Assert.ThrowsAsync<GeoGraphException>(() =>
                store.ApplyAsync(new IngestionBatch([], [], [Graph.RAllied with { Confidence = 0.9 }], []), Ct));
            Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
            Assert.Contains("stored by another write", e.Message);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Retraction_finds_the_relation_by_id_then_retracts_it_by_its_type_and_says_what_happened()
    {
        await using var server = FakeBoltServer.Start();
        var tariff = Graph.RTariff;
        var at = new DateTimeOffset(2025, 11, 1, 9, 30, 0, TimeSpan.FromHours(1));
        var retracted = tariff with { RetractedAt = at, RetractedBy = "editor", RetractReason = "misattributed" };
        var byId = CypherStatements.UnionOverTypes(CypherStatements.Query("relations_by_id"), RelationVocabulary.Default.All.Select(t => t.Type).Order(StringComparer.Ordinal));
        var retract = CypherStatements.ForType(CypherStatements.Query("retract_relation"), tariff.Type);
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(byId, RelationFields, [RelationRecord(tariff)], checkRun: m => Assert.Equal([tariff.Id], List(m, "ids")))
            .Query(retract, ["retracting", .. RelationFields], [[true, .. RelationRecord(retracted)]], checkRun: m =>
                Assert.Equal((tariff.Id, (object)at, "editor", "misattributed"), (Params(m)["id"], Params(m)["at"]!, Params(m)["by"], Params(m)["reason"])))
            .Query(CypherStatements.Query("changes_append"), ["appended", "last"], [[1L, 60L]], checkRun: m =>
            {
                Assert.Equal([("RELATION_RETRACTED", tariff.Id, null, null)], ChangeRows(m));
                Assert.Equal(at, ((IReadOnlyDictionary<string, object?>)List(m, "rows")[0]!)["at"]);
            })
            .Expect("COMMIT").Success(("bookmark", "bm:2"))
            .Expect("BEGIN").Success()
            .Query(byId, RelationFields, [RelationRecord(retracted)])
            .Query(retract, ["retracting", .. RelationFields], [[false, .. RelationRecord(retracted)]])
            .Expect("COMMIT").Success(("bookmark", "bm:3"))
            .Expect("BEGIN").Success()
            .Query(byId, RelationFields, [])
            .Expect("COMMIT").Success(("bookmark", "bm:4")));
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var first = await store.RetractRelationAsync(tariff.Id, "misattributed", "editor", at, Ct);
            Assert.Equal(RetractOutcome.Retracted, first.Outcome);
            Assert.Equal(StoreSnapshot.Describe(retracted), StoreSnapshot.Describe(first.Relation!));
            Assert.Equal(RetractOutcome.AlreadyRetracted, (await store.RetractRelationAsync(tariff.Id, "again", "other", at.AddDays(1), Ct)).Outcome);
            Assert.Equal(new RetractResult(RetractOutcome.NotFound, null), await store.RetractRelationAsync("rel:0000000000000000", "x", "y", at, Ct));
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_page_of_relations_anchors_on_the_involved_node_fetches_one_more_and_resumes_after_the_cursor()
    {
        await using var server = FakeBoltServer.Start();
        // The fake answers with any three relations: what is checked is what the store sends and how it pages.
        var three = Graph.Relations.OrderBy(r => r.Id, StringComparer.Ordinal).Take(3).ToArray();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(Listing("find_relations_of_node", "((s.id = $c0_id OR o.id = $c0_id))", afterKey: "(r.id > $afterId)"),
                RelationFields, three.Select(RelationRecord).ToArray(), checkRun: m =>
            {
                var p = Params(m);
                Assert.Equal((PK, PK, 3L, (object)Now, false), (p["anchorId"], p["c0_id"], p["limit"], p["knownAt"]!, p["includeRetracted"]));
                // In UTC: Neo4j orders two DATETIMEs of one instant by offset, which would break knownAt at the boundary.
                Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)p["knownAt"]!).Offset);
                Assert.Equal("rel:0", p["afterId"]);
            })
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var page = await store.FindRelationsAsync(new RelationFilter(Now.ToOffset(TimeSpan.FromHours(-7)), InvolvesId: PK), new PageRequest(2, new PageKey(0, "rel:0")), Ct);
            Assert.True(page.HasNextPage);
            Assert.Equal(three.Take(2).Select(r => r.Id), page.Items.Select(i => i.Item.Id));
            Assert.Equal(new PageKey(0, three[1].Id), page.Items[^1].Key);
            // A search cursor outside a search can only mean an empty page: no round trip.
            Assert.Empty((await store.FindRelationsAsync(new RelationFilter(Now), new PageRequest(2, new PageKey(1, "x")), Ct)).Items);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_search_sends_the_key_and_the_alias_forms_and_reads_each_rank()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("search_nodes"), [.. NodeFields, "rank"], [[.. NodeRecord(Graph.NodeOf(CN)), 0L]], checkRun: m =>
            {
                var p = Params(m);
                Assert.Equal(("beijing", "\u0001beijing\u0001", "\u0001beijing", "COUNTRY"), (p["search"], p["exactAlias"], p["aliasPrefix"], p["kind"]));
                // "beijing" has the form of no external id.
                Assert.Equal((Array.Empty<object?>(), "\u0001"), ((object?[])p["externalIds"]!, p["separator"]));
            })
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var page = await store.FindNodesAsync(new NodeFilter(NodeKind.Country, "  BEIJING "), PageRequest.FirstPage(), Ct);
            Assert.Equal((CN, 0), (page.Items.Single().Item.Id, page.Items.Single().Key.Rank));
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task The_schema_is_applied_once_before_the_first_operation_with_an_index_per_relation_type_then_the_change_log_opened()
    {
        await using var server = FakeBoltServer.Start();
        var types = RelationVocabulary.Default.All.Select(t => t.Type).Order(StringComparer.Ordinal).ToArray();
        var statements = CypherStatements.Schema()
            .Concat(types.Select(t => CypherStatements.ForType(CypherStatements.Query("schema_relation_type"), t)))
            .Append(CypherStatements.ForTypes(CypherStatements.Query("schema_citation_words"), types)).ToArray();
        // One full-text index over quotes, naming every vocabulary type, with Lucene's whitespace analyzer.
        Assert.Contains(statements, s => s.Contains($"FOR ()-[r:{string.Join('|', types)}]-() ON EACH [r.citationQuoteWords]", StringComparison.Ordinal)
            && s.Contains("'whitespace'", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("FOR (a:Article) ON EACH [a.textWords]", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("CREATE CONSTRAINT node_id IF NOT EXISTS", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("FOR ()-[r:DENIES_LINK]-() ON (r.id)", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("FOR (c:Change) REQUIRE c.sequence IS UNIQUE", StringComparison.Ordinal));
        server.OnConnection(s =>
        {
            s.Login();
            foreach (var statement in statements) s.Query(statement, [], []);
            // The full-text indexes are awaited (at most the operation timeout, 30 s here); nothing stored before word search needs its words.
            foreach (var wait in CypherStatements.Split(CypherStatements.Query("schema_await_search_indexes")))
                s.Query(wait, [], [], checkRun: m => Assert.Equal(30L, Params(m)["timeoutSeconds"]));
            s.Query(CypherStatements.Query("backfill_citation_words"), ["elementId", "quotes"], [])
             .Query(CypherStatements.Query("backfill_article_words"), ["id", "text"], []);
            s.Expect("BEGIN").Success()
             .Query(CypherStatements.Query("changes_open_log"), ["backfill"], [[true]])
             .Query(CypherStatements.Query("changes_backfill"), ["backfilled"], [[53L]])
             .Expect("COMMIT").Success();
            // The relation-id migration ran on this database before: its marker says so, nothing more is read.
            s.Expect("BEGIN").Success()
             .Query(CypherStatements.Query("migrate_relation_ids_open"), ["done"], [[true]], checkRun: m => Assert.Equal(Neo4jGraphStore.RelationIdsMigration, Params(m)["id"]))
             .Expect("COMMIT").Success();
            s.Expect("BEGIN").Success().Query(CypherStatements.Query("ready"), ["ready"], [[1L]]).Expect("COMMIT").Success()
             .Expect("BEGIN").Success().Query(CypherStatements.Query("ready"), ["ready"], [[1L]]).Expect("COMMIT").Success();
        });
        var (store, driver) = Open(server, applySchema: true);
        await using (driver)
        await using (store)
        {
            await store.CheckReadyAsync(Ct);
            await store.CheckReadyAsync(Ct);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_statement_the_server_refuses_is_a_bug_not_an_outage_but_readiness_reports_it_as_not_ready()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Expect("RUN").Expect("PULL").Success().Failure("Neo.ClientError.Statement.SyntaxError", "Invalid input").Ignored()
            .Expect("BEGIN").Expect("RUN").Expect("PULL").Success().Failure("Neo.ClientError.Statement.SyntaxError", "Invalid input").Ignored());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var bug = await Assert.ThrowsAsync<ClientException>(() => store.GetNodesAsync([CN], Ct));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", bug.Code);

            var notReady = await Assert.ThrowsAsync<GeoGraphException>(() => store.CheckReadyAsync(Ct));
            Assert.Equal(ErrorCodes.StoreUnavailable, notReady.Code);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task With_Neo4j_unreachable_an_operation_fails_with_STORE_UNAVAILABLE()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = new Neo4jOptions { Uri = $"bolt://127.0.0.1:{port}", ApplySchema = true, OperationTimeout = TimeSpan.FromSeconds(1) };
        await using var store = new Neo4jGraphStore(options, RelationVocabulary.Default);

        var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.CheckReadyAsync(Ct));
        Assert.Equal(ErrorCodes.StoreUnavailable, e.Code);
        Assert.Contains($"127.0.0.1:{port}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_stops_answering_fails_at_the_operation_timeout_and_the_store_recovers_by_itself()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().Expect("BEGIN").Pause(TimeSpan.FromSeconds(30)));
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success().Query(CypherStatements.Query("ready"), ["ready"], [[1L]]).Expect("COMMIT").Success());
        // Retries wait longer than the timeout, so the first call ends by the timeout, not a retry;
        // the timeout is long enough for the recovering call to finish on a loaded machine.
        var (store, driver) = Open(server, timeout: TimeSpan.FromSeconds(3), retryDelay: TimeSpan.FromSeconds(30));
        await using (driver)
        await using (store)
        {
            var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.CheckReadyAsync(Ct));
            Assert.Equal(ErrorCodes.StoreUnavailable, e.Code);
            Assert.Contains("did not answer within", e.Message, StringComparison.Ordinal);

            await store.CheckReadyAsync(Ct);
        }
        Assert.Equal(2, server.ConnectionCount);
    }

    [Fact]
    public async Task Articles_citations_and_an_expansion_map_back_to_the_model()
    {
        await using var server = FakeBoltServer.Start();
        var g = Graph;
        var article = g.Beijing with { PublishedAt = new DateTimeOffset(2025, 10, 14, 10, 33, 0, TimeSpan.FromHours(5.5)) };
        var citations = g.Citations.Where(c => c.RelationId == g.RDenies.Id).ToArray();
        Assert.NotEmpty(citations);
        var types = RelationVocabulary.Default.All.Select(t => t.Type).Order(StringComparer.Ordinal).ToArray();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("get_articles"),
                ["id", "title", "publisher", "url", "publishedAt", "language", "textSha256", "textLength", "text", "recordedAt"],
                [[article.Id, article.Title, article.Publisher, article.Url, article.PublishedAt, article.Language, article.TextSha256,
                  (long)article.TextLength, article.Text, article.RecordedAt]],
                checkRun: m => Assert.Equal(true, Params(m)["includeText"]))
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.UnionOverTypes(CypherStatements.Query("citations_by_relation_id"), types),
                ["relationId", "articleIds", "quotes", "starts", "ends", "speakerIds", "stances", "verified"],
                [[g.RDenies.Id, citations.Select(c => (object?)c.ArticleId).ToArray(), citations.Select(c => (object?)c.Quote).ToArray(),
                  citations.Select(c => (object?)(long)c.Start).ToArray(), citations.Select(c => (object?)(long)c.End).ToArray(),
                  citations.Select(c => (object?)(c.SpeakerId ?? "")).ToArray(), citations.Select(c => (object?)c.Stance.ToString().ToUpperInvariant()).ToArray(),
                  citations.Select(c => (object?)c.Verified).ToArray()]])
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("expand"), RelationFields, new[] { g.RAB, g.RAE, g.RBC }.OrderBy(r => r.Id, StringComparer.Ordinal).Select(RelationRecord).ToArray(),
                checkRun: m => Assert.Equal(("BOTH", new DateOnly(2025, 6, 1)), (Params(m)["direction"], Params(m)["validAt"])))
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var read = (await store.GetArticlesAsync([article.Id], includeText: true, Ct))[article.Id];
            Assert.Equal(StoreSnapshot.Describe(article), StoreSnapshot.Describe(read));
            Assert.Equal(TimeSpan.FromHours(5.5), read.PublishedAt!.Value.Offset);

            var cited = (await store.GetCitationsAsync([g.RDenies.Id], Ct))[g.RDenies.Id].ToArray();
            Assert.Equal(citations.Select(c => c with { }), cited);

            var expanded = await store.ExpandAsync([A, B], new TraversalFilter(Now, ValidAt: new DateOnly(2025, 6, 1)), Ct);
            Assert.Equal(Ids(g.RAB, g.RAE), expanded[A].Select(r => r.Id));
            Assert.Equal(Ids(g.RAB, g.RBC), expanded[B].Select(r => r.Id));
        }
        await server.VerifyAsync();
    }

    private static string[] Ids(params Relation[] relations) => relations.Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Every_read_is_one_transaction_with_one_statement_whatever_it_asks_for()
    {
        // So a GraphQL page costs as many Bolt transactions as store calls, which BatchingTests
        // (API) keeps to a small fixed number; each is BEGIN+RUN+PULL in one flush, then COMMIT.
        var reads = new (string Name, bool Count, Func<Neo4jGraphStore, Task> Call)[]
        {
            ("get_nodes", false, s => s.GetNodesAsync([CN, PK, US], Ct)),
            ("get_articles", false, s => s.GetArticlesAsync([Graph.Beijing.Id, Graph.Chain.Id], true, Ct)),
            ("relations_by_id", false, s => s.GetRelationsAsync(Graph.Relations.Select(r => r.Id).ToArray(), Ct)),
            ("citations_by_relation_id", false, s => s.GetCitationsAsync(Graph.Relations.Select(r => r.Id).ToArray(), Ct)),
            ("incoming_relations", false, s => s.GetIncomingRelationsAsync([GiftClaim, LinkClaim], ClaimStances.AllTypes, Now, Ct)),
            ("expand", false, s => s.ExpandAsync([A, B, C, D, E], new TraversalFilter(Now), Ct)),
            ("expand_links", false, s => s.ExpandLinksAsync([A, B, C, D, E], new TraversalFilter(Now), Ct)),
            ("expand_page", false, s => s.ExpandPageAsync([A, B, C, D, E], new TraversalFilter(Now), 16, null, Ct)),
            ("relations_between", false, s => s.GetRelationsBetweenAsync([A, B], [A, B, C, D, E], new TraversalFilter(Now), 1001, Ct)),
            ("find_nodes", false, s => s.FindNodesAsync(new NodeFilter(NodeKind.Person), PageRequest.FirstPage(500), Ct)),
            ("count_nodes", true, s => s.CountNodesAsync(new NodeFilter(Search: "min"), Ct)),
            ("find_relations_of_article", false, s => s.FindRelationsAsync(new RelationFilter(Now, ArticleId: Graph.Beijing.Id), PageRequest.FirstPage(500), Ct)),
            ("count_relations_of_type", true, s => s.CountRelationsAsync(new RelationFilter(Now, Type: "IMPORTS"), Ct)),
            ("find_relations", false, s => s.FindRelationsAsync(new RelationFilter(Now, ValidAt: new DateOnly(2025, 1, 1)), PageRequest.FirstPage(), Ct)),
            ("find_articles", false, s => s.FindArticlesAsync(new ArticleFilter("rare"), PageRequest.FirstPage(), Ct)),
            ("count_articles", true, s => s.CountArticlesAsync(null, Ct)),
            ("find_claims", false, s => s.FindClaimsAsync(new ClaimFilter(Now, Disputed: true), PageRequest.FirstPage(), Ct)),
            ("count_claims", true, s => s.CountClaimsAsync(new ClaimFilter(Now), Ct)),
            ("find_citations", false, s => s.FindCitationsAsync(new CitationFilter(Now, SpeakerId: LinJian), CitationOrder.PublishedAtDesc, PageRequest.FirstPage(), Ct)),
            ("count_citations_search", true, s => s.CountCitationsAsync(new CitationFilter(Now, Search: "rare earth"), Ct)),
        };
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s =>
        {
            s.Login();
            foreach (var (_, count, _) in reads)
            {
                s.Expect("BEGIN").Expect("RUN").Expect("PULL").Success().Success(("fields", count ? new[] { "count" } : Array.Empty<string>()));
                if (count) s.Record(0L);
                s.Success(("type", "r")).Expect("COMMIT").Success();
            }
        });
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
            foreach (var (_, _, call) in reads) await call(store);
        await server.VerifyAsync();
        Assert.Equal(reads.Length, server.Received.Count(m => m.Name == "RUN"));
        Assert.Equal(reads.Length, server.Received.Count(m => m.Name == "BEGIN"));
    }

    /// <summary>A relations listing template filled for id order: the composed condition, no sort keys, the id keyset.</summary>
    private static string Listing(string template, string condition, string afterKey = "true") =>
        CypherStatements.Fill(CypherStatements.Query(template), IdOrder(condition, afterKey));

    private static Dictionary<string, string> IdOrder(string condition, string afterKey) =>
        new() { ["condition"] = condition, ["sortKeys"] = "[]", ["afterKey"] = afterKey, ["orderBy"] = "id" };

    [Fact]
    public void Every_relation_listing_and_count_filters_alike_whatever_it_starts_from()
    {
        static string Filters(string name)
        {
            var statement = CypherStatements.Query(name);
            return statement[statement.IndexOf("WITH r, startNode(r)", StringComparison.Ordinal)..].Split("\nRETURN ")[0]
                .Split("\nWITH r, s, o, $sortKeys")[0];
        }
        var names = new[] { "", "_of_node", "_of_article", "_of_type" }.SelectMany(v => new[] { "find_relations" + v, "count_relations" + v }).ToArray();
        Assert.All(names, name => Assert.Equal(Filters("find_relations"), Filters(name)));
        Assert.Contains("r.recordedAt <= $knownAt", Filters("count_relations_of_article"), StringComparison.Ordinal);
        Assert.Contains("WHERE $condition", Filters("count_relations_of_article"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relations_of_one_type_are_read_through_that_types_index_and_an_unknown_type_has_none_without_a_round_trip()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Fill(CypherStatements.ForType(CypherStatements.Query("find_relations_of_type"), "GIFTED"), IdOrder("(type(r) IN $c0_types)", "true")),
                RelationFields, [RelationRecord(Graph.RGifted)],
                checkRun: m =>
                {
                    Assert.Equal(["GIFTED"], (object?[])Params(m)["c0_types"]!);
                    Assert.Equal(51L, Params(m)["limit"]);
                })
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var gifts = await store.FindRelationsAsync(new RelationFilter(Now, Type: "GIFTED"), PageRequest.FirstPage(), Ct);
            Assert.Equal([Graph.RGifted.Id], gifts.Items.Select(i => i.Item.Id));
            Assert.Empty((await store.FindRelationsAsync(new RelationFilter(Now, Type: "NOT_A_TYPE"), PageRequest.FirstPage(), Ct)).Items);
            Assert.Equal(0, await store.CountRelationsAsync(new RelationFilter(Now, Type: "NOT_A_TYPE"), Ct));
        }
        await server.VerifyAsync();
        Assert.Single(server.Received, m => m.Name == "RUN");
    }

    [Fact]
    public void Per_type_statements_take_only_UPPER_SNAKE_types()
    {
        Assert.Contains("[r:GIFTED {id: current}]", CypherStatements.ForType(CypherStatements.Query("relations_by_id"), "GIFTED"), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CypherStatements.ForType("MATCH ()-[r:RELATION_TYPE]->() RETURN r", "X]->() DETACH DELETE r //"));
    }
}
