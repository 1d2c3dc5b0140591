using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Testing.Bolt;
using GeoGraph.Testing.Storage;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Storage.Tests;

// The bounded neighbourhood's statements (expand_page, relations_between): their parameters, how
// their records map back, and the statements one neighbourhood sends, in order.
public sealed partial class Neo4jGraphStoreTests
{
    private static object?[] PagedRecord(string node, Relation r) => [node, .. RelationRecord(r)];

    [Fact]
    public async Task Expand_page_sends_the_page_size_and_cursor_and_lists_each_row_under_the_node_it_names()
    {
        await using var server = FakeBoltServer.Start();
        var g = Graph;
        var ab = new[] { g.RAB, g.RAE }.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN", m => Assert.Equal("r", m.Extra["mode"])).Success()
            // A–B is on both A's page and B's: the row, not the relation's ends, says whose page.
            .Query(CypherStatements.Query("expand_page"), ["node", .. RelationFields],
                [PagedRecord(A, ab[0]), PagedRecord(A, ab[1]), PagedRecord(B, g.RAB)],
                checkRun: m =>
                {
                    Assert.Equal([A, B], List(m, "frontier"));
                    Assert.Equal(2L, Params(m)["perNode"]);
                    Assert.Null(Params(m)["afterId"]);
                    Assert.Equal("OUT", Params(m)["direction"]);
                    Assert.Equal(["COOPERATES_WITH"], List(m, "types"));
                    Assert.Equal(new DateOnly(2025, 6, 1), Params(m)["validAt"]);
                })
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("expand_page"), ["node", .. RelationFields], [],
                checkRun: m =>
                {
                    Assert.Equal([A], List(m, "frontier"));
                    Assert.Equal((4L, ab[1].Id), (Params(m)["perNode"], Params(m)["afterId"]));
                })
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var filter = new TraversalFilter(Now, ["COOPERATES_WITH"], TraversalDirection.Out, new DateOnly(2025, 6, 1));
            var page = await store.ExpandPageAsync([A, B, A], filter, 2, null, Ct);
            Assert.Equal(ab.Select(r => r.Id), page[A].Select(r => r.Id));
            Assert.Equal([g.RAB.Id], page[B].Select(r => r.Id));
            Assert.Equal(StoreSnapshot.Describe(g.RAB), StoreSnapshot.Describe(page[B][0]));
            Assert.Empty(await store.ExpandPageAsync([A], filter, 4, ab[1].Id, Ct));
            Assert.Empty(await store.ExpandPageAsync([], filter, 4, null, Ct)); // no round trip
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Relations_between_sends_both_node_sets_and_the_limit_and_maps_the_records_in_order()
    {
        await using var server = FakeBoltServer.Start();
        var g = Graph;
        var expected = new[] { g.RAB, g.RAE, g.RBC }.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN", m => Assert.Equal("r", m.Extra["mode"])).Success()
            .Query(CypherStatements.Query("relations_between"), RelationFields, expected.Select(RelationRecord).ToArray(),
                checkRun: m =>
                {
                    Assert.Equal([A, B], List(m, "expanded"));
                    Assert.Equal([A, B, C, E], List(m, "ends"));
                    Assert.Equal(4L, Params(m)["limit"]);
                    Assert.Equal("BOTH", Params(m)["direction"]);
                    Assert.Empty(List(m, "types"));
                    Assert.Null(Params(m)["validAt"]);
                })
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var between = await store.GetRelationsBetweenAsync([A, B], [A, B, C, E, C], new TraversalFilter(Now), 4, Ct);
            Assert.Equal(expected.Select(StoreSnapshot.Describe), between.Select(StoreSnapshot.Describe));
            Assert.Empty(await store.GetRelationsBetweenAsync([], [A], new TraversalFilter(Now), 4, Ct)); // no round trip
        }
        await server.VerifyAsync();
    }

    private static readonly string[] LinkFields = ["id", "subjectId", "objectId"];

    private static object?[] LinkRecord(Relation r) => [r.Id, r.SubjectId, r.ObjectId];

    [Fact]
    public async Task Expand_links_sends_the_frontier_and_filter_and_lists_each_link_under_the_frontier_nodes_it_touches()
    {
        await using var server = FakeBoltServer.Start();
        var g = Graph;
        var day = new DateOnly(2025, 6, 1);
        server.OnConnection(s => s.Login()
            .Expect("BEGIN", m => Assert.Equal("r", m.Extra["mode"])).Success()
            .Query(CypherStatements.Query("expand_links"), LinkFields,
                new[] { g.RAB, g.RAE, g.RBC }.OrderBy(r => r.Id, StringComparer.Ordinal).Select(LinkRecord).ToArray(),
                checkRun: m =>
                {
                    Assert.Equal([A, B], List(m, "frontier"));
                    Assert.Equal("BOTH", Params(m)["direction"]);
                    Assert.Equal(["COOPERATES_WITH"], List(m, "types"));
                    Assert.Equal(day, Params(m)["validAt"]);
                    Assert.Equal(Now, Params(m)["knownAt"]);
                })
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var links = await store.ExpandLinksAsync([A, B, A], new TraversalFilter(Now, ["COOPERATES_WITH"], ValidAt: day), Ct);
            Assert.Equal(Ids(g.RAB, g.RAE), links[A].Select(l => l.Id));
            Assert.Equal(Ids(g.RAB, g.RBC), links[B].Select(l => l.Id));
            Assert.Equal(new RelationLink(g.RBC.Id, B, C), links[B].Single(l => l.Id == g.RBC.Id));
            Assert.Empty(await store.ExpandLinksAsync([], new TraversalFilter(Now), Ct)); // no round trip
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_shortest_path_follows_links_and_reads_whole_only_the_relations_of_its_path()
    {
        // A to C (2 hops, through B or E): nothing joins A to C directly, so A's level is read as
        // links; C's level meets A's through relations_between (whole: C–B and C–E); the path's
        // first hop, a link so far, is then read by id, and its nodes.
        await using var server = FakeBoltServer.Start();
        var g = Graph;
        var fromA = new[] { g.RAB, g.RAE }.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var toC = new[] { g.RBC, g.REC }.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var via = fromA[0].ObjectId;
        var last = toC.Single(r => r.SubjectId == via);
        var types = RelationVocabulary.Default.All.Select(t => t.Type).Order(StringComparer.Ordinal).ToArray();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("get_nodes"), ["requestedId", .. NodeFields], [[A, .. NodeRecord(g.NodeOf(A))], [C, .. NodeRecord(g.NodeOf(C))]],
                checkRun: m => Assert.Equal([A, C], List(m, "ids")))
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("relations_between"), RelationFields, [],
                checkRun: m =>
                {
                    Assert.Equal([A], List(m, "expanded"));
                    Assert.Equal([C], List(m, "ends"));
                })
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("expand_links"), LinkFields, fromA.Select(LinkRecord).ToArray(),
                checkRun: m =>
                {
                    Assert.Equal([A], List(m, "frontier"));
                    Assert.Equal("BOTH", Params(m)["direction"]);
                })
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("relations_between"), RelationFields, toC.Select(RelationRecord).ToArray(),
                checkRun: m =>
                {
                    Assert.Equal([C], List(m, "expanded"));
                    Assert.Equal(fromA.Select(r => (object?)r.ObjectId), List(m, "ends"));
                })
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.UnionOverTypes(CypherStatements.Query("relations_by_id"), types), ["requestedId", .. RelationFields],
                [[fromA[0].Id, .. RelationRecord(fromA[0])]],
                checkRun: m => Assert.Equal([fromA[0].Id], List(m, "ids")))
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("get_nodes"), ["requestedId", .. NodeFields], new[] { A, via, C }.Select(id => (object?[])[id, .. NodeRecord(g.NodeOf(id))]).ToArray(),
                checkRun: m => Assert.Equal([A, via, C], List(m, "ids")))
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var path = await store.FindShortestPathAsync(new PathQuery(A, C, 4, new TraversalFilter(Now)), Ct);
            Assert.Equal([A, via, C], path!.Nodes.Select(n => n.Id));
            Assert.Equal(new[] { fromA[0], last }.Select(StoreSnapshot.Describe), path.Relations.Select(StoreSnapshot.Describe));
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_neighbourhood_is_its_start_node_a_page_per_level_its_nodes_and_the_relations_between()
    {
        // A at depth 2, limit 3: A's page (16, the smallest page) reaches B and E and fills the
        // limit, so no second level is read; the relations come from one relations_between call.
        await using var server = FakeBoltServer.Start();
        var g = Graph;
        var fromA = new[] { g.RAB, g.RAE }.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var reached = new[] { A }.Concat(fromA.Select(r => r.ObjectId)).ToArray();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("get_nodes"), ["requestedId", .. NodeFields], [[A, .. NodeRecord(g.NodeOf(A))]])
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("expand_page"), ["node", .. RelationFields], fromA.Select(r => PagedRecord(A, r)).ToArray(),
                checkRun: m =>
                {
                    Assert.Equal([A], List(m, "frontier"));
                    Assert.Equal(16L, Params(m)["perNode"]);
                })
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("get_nodes"), ["requestedId", .. NodeFields], reached.Select(id => (object?[])[id, .. NodeRecord(g.NodeOf(id))]).ToArray(),
                checkRun: m => Assert.Equal(reached, List(m, "ids")))
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("relations_between"), RelationFields, fromA.Select(RelationRecord).ToArray(),
                checkRun: m =>
                {
                    Assert.Equal([A], List(m, "expanded"));
                    Assert.Equal(reached, List(m, "ends"));
                    Assert.Equal(1001L, Params(m)["limit"]);
                })
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var sub = await store.GetNeighborhoodAsync(new NeighborhoodQuery(A, 2, 3, new TraversalFilter(Now)), Ct);
            Assert.Equal(reached, sub!.Nodes.Select(n => n.Id));
            Assert.Equal(fromA.Select(r => r.Id), sub.Relations.Select(r => r.Id));
            Assert.False(sub.RelationsTruncated);
        }
        await server.VerifyAsync();
    }
}
