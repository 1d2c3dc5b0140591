using GeoGraph.Core.Storage;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Testing.Bolt;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Storage.Tests;

// The change log on Neo4j: what each write appends (checked in the Apply and Retraction tests through
// ChangeRows), the start-up back-fill, and how the log is read.
public sealed partial class Neo4jGraphStoreTests
{
    private static readonly string[] ChangeFields = ["sequence", "kind", "at", "relationId", "entityId", "articleId"];

    /// <summary>The (kind, relation, entity, article) of each row changes_append was sent.</summary>
    private static (string?, string?, string?, string?)[] ChangeRows(ClientMessage run) =>
        List(run, "rows").Cast<IReadOnlyDictionary<string, object?>>()
            .Select(r => (r["kind"] as string, r["relationId"] as string, r["entityId"] as string, r["articleId"] as string)).ToArray();

    [Fact]
    public async Task GetChanges_reads_first_plus_one_entries_after_the_sequence_in_a_read_transaction()
    {
        await using var server = FakeBoltServer.Start();
        var since = new DateTimeOffset(2025, 10, 16, 2, 0, 0, TimeSpan.FromHours(2));
        server.OnConnection(s => s.Login()
            .Expect("BEGIN", m => Assert.Equal("r", m.Extra["mode"])).Success()
            .Query(CypherStatements.Query("changes_after"), ChangeFields,
                [[52L, "RELATION_RECORDED", T1, Graph.RCD.Id, null, null], [53L, "ENTITY_UPDATED", TRetract, null, EU, null], [55L, "ARTICLE_RECORDED", TRetract, null, null, Graph.Chain.Id]],
                checkRun: m => Assert.Equal((51L, (object)since.ToUniversalTime(), 3L), ((long)Params(m)["after"]!, Params(m)["since"]!, (long)Params(m)["limit"]!)))
            .Expect("COMMIT").Success(("bookmark", "bm:1"))
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("changes_after"), ChangeFields, [[55L, "ARTICLE_RECORDED", TRetract, null, null, Graph.Chain.Id]],
                checkRun: m => Assert.Equal((53L, null, 3L), ((long)Params(m)["after"]!, Params(m)["since"], (long)Params(m)["limit"]!)))
            .Expect("COMMIT").Success(("bookmark", "bm:1")));
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var page = await store.GetChangesAsync(new ChangeQuery(51, since, 2), Ct);
            Assert.True(page.HasNextPage);
            Assert.Equal(
                [new Change(52, ChangeKind.RelationRecorded, T1, Graph.RCD.Id, null, null), new Change(53, ChangeKind.EntityUpdated, TRetract, null, EU, null)],
                page.Items.Select(i => i.Item));
            Assert.Equal(new PageKey(0, "53"), page.Items[^1].Key);

            var rest = await store.GetChangesAsync(new ChangeQuery(53, null, 2), Ct);
            Assert.False(rest.HasNextPage);
            Assert.Equal(ChangeKind.ArticleRecorded, Assert.Single(rest.Items).Item.Kind);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_citation_added_to_a_stored_relation_appends_CITATION_ADDED_and_nothing_else()
    {
        await using var server = FakeBoltServer.Start();
        var g = Graph;
        var stored = g.Citations.Single(c => c.RelationId == g.RAllied.Id);
        var added = stored with { ArticleId = g.Chain.Id, Quote = "E is allied with C", Start = 0, End = 18 };
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.UnionOverTypes(CypherStatements.Query("relations_by_id"), Vocabulary()), RelationFields, [RelationRecord(g.RAllied)])
            .Query(CypherStatements.ForType(CypherStatements.Query("apply_lock_citations"), "ALLIED_WITH"), CitationFields,
                [[g.RAllied.Id, "5:r:1", new object?[] { stored.ArticleId }, new object?[] { stored.Quote }, new object?[] { (long)stored.Start }, new object?[] { (long)stored.End },
                  new object?[] { "" }, new object?[] { "ASSERTS" }, new object?[] { true }]])
            .Query(CypherStatements.Query("apply_write_citations"), ["written"], [[1L]])
            .Query(CypherStatements.Query("apply_mentions"), ["mentions"], [[4L]])
            .Query(CypherStatements.Query("changes_append"), ["appended", "last"], [[1L, 54L]],
                checkRun: m => Assert.Equal([("CITATION_ADDED", g.RAllied.Id, null, g.Chain.Id)], ChangeRows(m)))
            .Expect("COMMIT").Success(("bookmark", "bm:2")));
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
            Assert.Equal(new ApplyResult(0, 0, 0, 0, 0, 1), await store.ApplyAsync(new IngestionBatch([], [], [], [stored, added]), Ct));
        await server.VerifyAsync();
    }

    private static IEnumerable<string> Vocabulary() => Core.Vocabulary.RelationVocabulary.Default.All.Select(t => t.Type).Order(StringComparer.Ordinal);
}
