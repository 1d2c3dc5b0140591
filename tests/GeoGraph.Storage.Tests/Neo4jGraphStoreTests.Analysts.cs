using GeoGraph.Core.Storage;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Testing.Bolt;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Storage.Tests;

// Timelines, relation counts and degrees on the fake Bolt server: the statements, their parameters, the mapping.
public sealed partial class Neo4jGraphStoreTests
{
    private const string CountReturn = "RETURN count(r) AS count";

    /// <summary>A relations count statement grouped as count_relations_by.cypher says.</summary>
    /// <summary>A relations count template (a file name, or a per-type statement) with its composed condition.</summary>
    private static string Counting(string template, string condition) =>
        CypherStatements.Fill(template.StartsWith("//", StringComparison.Ordinal) ? template : CypherStatements.Query(template),
            new Dictionary<string, string> { ["condition"] = condition });

    private static string Grouped(string countStatement)
    {
        var byFile = CypherStatements.Query("count_relations_by");
        var tail = byFile[(byFile.IndexOf("// GROUP BY\n", StringComparison.Ordinal) + "// GROUP BY\n".Length)..];
        Assert.EndsWith(CountReturn, countStatement.TrimEnd(), StringComparison.Ordinal);
        return countStatement.TrimEnd()[..^CountReturn.Length] + tail;
    }

    [Fact]
    public async Task A_timeline_page_sends_the_day_it_resumes_after_and_reads_each_entrys_day()
    {
        await using var server = FakeBoltServer.Start();
        var day = new DateOnly(2025, 10, 14);
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("timeline"), [.. RelationFields, "day"],
                [[.. RelationRecord(Graph.RRole), day], [.. RelationRecord(Graph.RDeniesLink), day], [.. RelationRecord(Graph.RImposes), day]], checkRun: m =>
            {
                var p = Params(m);
                Assert.Equal((CN, new DateOnly(2025, 10, 6), (object?)null, "rel:0", 3L, false), (p["id"], p["afterDay"], p["to"], p["afterId"], p["limit"], p["includeRetracted"]));
                Assert.Equal(new DateOnly(2025, 1, 1), p["from"]);
                Assert.Equal(["ALLIED_WITH"], List(m, "types"));
                Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)p["knownAt"]!).Offset);
            })
            .Expect("COMMIT").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("count_timeline"), ["count"], [[7L]], checkRun: m => Assert.Equal(CN, Params(m)["id"]))
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var query = new TimelineQuery(CN, Now.ToOffset(TimeSpan.FromHours(2)), From: new DateOnly(2025, 1, 1), Types: ["ALLIED_WITH", "ALLIED_WITH"]);
            var page = await store.FindTimelineAsync(query, new PageRequest(2, new PageKey(new DateOnly(2025, 10, 6).DayNumber, "rel:0")), Ct);
            Assert.True(page.HasNextPage);
            Assert.Equal([(day, DateSource.FirstReported, Graph.RRole.Id), (day, DateSource.FirstReported, Graph.RDeniesLink.Id)],
                page.Items.Select(i => (i.Item.Date, i.Item.DateSource, i.Item.Relation.Id)));
            Assert.Equal(new PageKey(day.DayNumber, Graph.RDeniesLink.Id), page.Items[^1].Key);
            Assert.Equal(7, await store.CountTimelineAsync(query, Ct));
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Relation_counts_group_the_relations_listings_own_count_statement_for_each_way_in()
    {
        var cases = new (RelationFilter Filter, string Statement)[]
        {
            (new RelationFilter(Now, InvolvesId: CN), Grouped(Counting("count_relations_of_node", "((s.id = $c0_id OR o.id = $c0_id))"))),
            (new RelationFilter(Now, ArticleId: Graph.Beijing.Id), Grouped(Counting("count_relations_of_article", "($c0_articleId IN r.citationArticleIds)"))),
            (new RelationFilter(Now, Type: "IMPORTS"), Grouped(Counting(CypherStatements.ForType(CypherStatements.Query("count_relations_of_type"), "IMPORTS"), "(type(r) IN $c0_types)"))),
            (new RelationFilter(Now, ValidAt: new DateOnly(2025, 1, 1)), Grouped(Counting("count_relations",
                "(($c0_from IS NULL OR r.validToEnd IS NULL OR r.validToEnd >= $c0_from) AND ($c0_to IS NULL OR r.validFrom IS NULL OR r.validFrom <= $c0_to))"))),
        };
        string[] fields = ["type", "subjectId", "objectId", "subjectKind", "objectKind", "period", "count"];
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s =>
        {
            s.Login();
            foreach (var (filter, statement) in cases)
                s.Expect("BEGIN").Success()
                    .Query(statement, fields, [[null, US, null, null, "COMMODITY", "2025-10", 3L], [null, IN, null, null, "COMMODITY", null, 1L]], checkRun: m =>
                    {
                        var p = Params(m);
                        Assert.Equal((false, true, false, false, true, "MONTH", 20L),
                            (p["byType"], p["bySubject"], p["byObject"], p["bySubjectKind"], p["byObjectKind"], p["period"], p["first"]));
                        // The relations count's own composed condition and way in (the anchor, for involves).
                        Assert.Equal(filter.Type, (p.GetValueOrDefault("c0_types") as object?[])?.Single());
                        Assert.Equal(filter.InvolvesId, p.GetValueOrDefault("anchorId"));
                    })
                    .Expect("COMMIT").Success();
        });
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            foreach (var (filter, _) in cases)
            {
                var buckets = await store.CountRelationsByAsync(
                    new RelationCountQuery(filter, [RelationGroupKey.Month, RelationGroupKey.ObjectKind, RelationGroupKey.Subject], 20), Ct);
                Assert.Equal(
                    [new RelationBucket(new RelationBucketKey(SubjectId: US, ObjectKind: Core.Model.NodeKind.Commodity, Period: "2025-10"), 3),
                     new RelationBucket(new RelationBucketKey(SubjectId: IN, ObjectKind: Core.Model.NodeKind.Commodity), 1)],
                    buckets);
            }
            // A type outside the vocabulary has no relations: no round trip.
            Assert.Empty(await store.CountRelationsByAsync(new RelationCountQuery(new RelationFilter(Now, Type: "NOT_A_TYPE"), [RelationGroupKey.Year]), Ct));
        }
        await server.VerifyAsync();
        Assert.Equal(cases.Length, server.Received.Count(m => m.Name == "RUN"));
    }

    [Fact]
    public async Task Degrees_of_many_nodes_are_one_statement_with_the_traversal_filter()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.Query("count_degrees"), ["id", "count"], [[A, 2L], [C, 3L]], checkRun: m =>
            {
                var p = Params(m);
                Assert.Equal([A, C, D], List(m, "ids"));
                Assert.Equal(("OUT", new DateOnly(2025, 6, 1)), (p["direction"], p["validAt"]));
                Assert.Equal(["COOPERATES_WITH"], List(m, "types"));
                Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)p["knownAt"]!).Offset);
            })
            .Expect("COMMIT").Success());
        var (store, driver) = Open(server);
        await using (driver)
        await using (store)
        {
            var degrees = await store.CountDegreesAsync([A, C, D, A],
                new TraversalFilter(Now.ToOffset(TimeSpan.FromHours(-3)), ["COOPERATES_WITH"], TraversalDirection.Out, new DateOnly(2025, 6, 1)), Ct);
            Assert.Equal([(A, 2L), (C, 3L)], degrees.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => (d.Key, d.Value)));
            Assert.Empty(await store.CountDegreesAsync([], new TraversalFilter(Now), Ct));
        }
        await server.VerifyAsync();
        Assert.Single(server.Received, m => m.Name == "RUN");
    }
}
