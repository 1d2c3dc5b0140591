using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests;

/// <summary>
/// Issue 7's analysts' questions on the seed, each in one query: a timeline, counts, degrees and
/// k shortest paths, with their exact answers. Read-only: the tests share one seeded app.
/// </summary>
public sealed class AnalystQuestionsTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    private readonly GraphQLClient _client = api.CreateGraphQLClient();

    [Fact]
    public async Task Chinas_timeline_starts_with_last_weeks_export_controls_then_what_the_article_first_reported()
    {
        var data = await _client.DataAsync("""
            {
              timeline(id: "country:CN", first: 5) {
                totalCount
                edges { node { date dateSource relation { type subject { id } object { id } } } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """);

        var timeline = data["timeline"]!;
        JsonAssert.Equal("""
            { "totalCount": 15, "edges": [
              { "node": { "date": "2025-10-06", "dateSource": "VALID_FROM", "relation": { "type": "IMPOSES_EXPORT_CONTROL", "subject": { "id": "country:CN" }, "object": { "id": "commodity:rare-earths" } } } },
              { "node": { "date": "2025-10-06", "dateSource": "VALID_FROM", "relation": { "type": "ACCUSES", "subject": { "id": "country:CN" }, "object": { "id": "org:unnamed-foreign-firms" } } } },
              { "node": { "date": "2025-10-06", "dateSource": "VALID_FROM", "relation": { "type": "ANNOUNCES", "subject": { "id": "country:CN" }, "object": { "id": "event:cn-rare-earth-export-controls-2025-10" } } } },
              { "node": { "date": "2025-10-14", "dateSource": "FIRST_REPORTED", "relation": { "type": "OWNED_BY", "subject": { "id": "org:global-times" }, "object": { "id": "country:CN" } } } },
              { "node": { "date": "2025-10-14", "dateSource": "FIRST_REPORTED", "relation": { "type": "THREATENS_TARIFF", "subject": { "id": "person:donald-trump" }, "object": { "id": "country:CN" } } } }
            ] }
            """, JsonAssert.Pick(timeline, "totalCount", "edges"));
        Assert.True(timeline["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        // The rest, page by page across the twelve entries of 14 October: none twice, none missed, in (date, id) order.
        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = (await _client.DataAsync("""
                query($after: String) { timeline(id: "country:CN", first: 4, after: $after) {
                  edges { node { date relation { id } } } pageInfo { hasNextPage endCursor } } }
                """, new { after }))["timeline"]!;
            ids.AddRange(JsonAssert.Nodes(page).Select(n => n["date"]!.GetValue<string>() + " " + n["relation"]!["id"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        } while (after is not null);
        Assert.Equal(15, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(12, ids.Count(i => i.StartsWith("2025-10-14 ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Timeline_refuses_another_listings_cursor_a_backwards_range_and_an_unknown_node()
    {
        var relations = await _client.DataAsync("{ relations(first: 1) { pageInfo { endCursor } } }");
        var cursor = relations["relations"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        (await _client.PostAsync("query($c: String) { timeline(id: \"country:CN\", after: $c) { totalCount } }", new { c = cursor }))
            .AssertRefused("VALIDATION_FAILED", "after");
        (await _client.PostAsync("{ timeline(id: \"country:CN\", from: \"2025-10-14\", to: \"2025-10-01\") { totalCount } }"))
            .AssertRefused("VALIDATION_FAILED", "to");
        (await _client.PostAsync("{ timeline(id: \"country:ZZ\") { totalCount } }")).AssertRefused("NOT_FOUND", "id");
        (await _client.PostAsync("{ timeline(id: \"country:CN\", types: [\"NOPE\"]) { totalCount } }")).AssertRefused("VALIDATION_FAILED", "types[0]");
    }

    [Fact]
    public async Task Relation_counts_by_type_cover_all_43_seed_relations_largest_first()
    {
        var data = await _client.DataAsync("{ relationCounts(groupBy: [TYPE]) { key { type subject { id } period } count } }");

        string Bucket(string type, int count) => $$"""{ "key": { "type": "{{type}}", "subject": null, "period": null }, "count": {{count}} }""";
        (string, int)[] expected =
        [
            ("CONCERNS", 9), ("HOLDS_ROLE", 4), ("ASSERTS", 3), ("CONTROLS_SHARE_OF", 3), ("IMPORTS", 3), ("ACCUSES", 2), ("GIFTED", 2),
            ("PART_OF", 2), ("ALLIED_WITH", 1), ("ANNOUNCES", 1), ("ASSURES", 1), ("COMMUNICATES_WITH", 1), ("COOPERATES_WITH", 1),
            ("CRITICIZES", 1), ("DENIES", 1), ("DENIES_LINK", 1), ("DEVELOPS_TIES_WITH", 1), ("EXPORTS_TO", 1),
            ("IMPOSES_EXPORT_CONTROL", 1), ("OWNED_BY", 1), ("QUESTIONS", 1), ("SPECULATES", 1), ("THREATENS_TARIFF", 1),
        ];
        JsonAssert.Equal($$"""{ "relationCounts": [ {{string.Join(", ", expected.Select(e => Bucket(e.Item1, e.Item2)))}} ] }""", data);
        Assert.Equal(43, expected.Sum(e => e.Item2));
    }

    [Fact]
    public async Task Tariff_threats_per_threatener_country_and_month_and_Chinas_relations_by_kinds()
    {
        var data = await _client.DataAsync("""
            {
              threats: relationCounts(where: { type: "THREATENS_TARIFF" }, groupBy: [SUBJECT, OBJECT, MONTH]) {
                key { subject { id name } object { id name } period } count
              }
              kinds: relationCounts(where: { involves: "country:CN" }, groupBy: [SUBJECT_KIND, OBJECT_KIND], first: 3) {
                key { subjectKind objectKind } count
              }
            }
            """);

        JsonAssert.Equal("""
            {
              "threats": [ { "key": { "subject": { "id": "person:donald-trump", "name": "Donald Trump" }, "object": { "id": "country:CN", "name": "China" },
                             "period": "2025-10" }, "count": 1 } ],
              "kinds": [
                { "key": { "subjectKind": "COUNTRY", "objectKind": "COMMODITY" }, "count": 4 },
                { "key": { "subjectKind": "COUNTRY", "objectKind": "COUNTRY" }, "count": 3 },
                { "key": { "subjectKind": "COUNTRY", "objectKind": "CLAIM" }, "count": 2 }
              ]
            }
            """, data);
        (await _client.PostAsync("{ relationCounts(groupBy: []) { count } }")).AssertRefused("VALIDATION_FAILED", "groupBy");
        (await _client.PostAsync("{ relationCounts(groupBy: [TYPE], first: 501) { count } }")).AssertRefused("VALIDATION_FAILED", "first");
        (await _client.PostAsync("{ relationCounts(groupBy: [MONTH, YEAR]) { count } }")).AssertRefused("VALIDATION_FAILED", "groupBy");
        (await _client.PostAsync("{ relationCounts(where: { involves: \"country:ZZ\" }, groupBy: [TYPE]) { count } }")).AssertRefused("NOT_FOUND", "where.involves");
    }

    [Fact]
    public async Task Chinas_degree_counts_its_relations_each_way_and_by_type()
    {
        var data = await _client.DataAsync("""
            {
              entity(id: "country:CN") {
                degree out: degree(direction: OUT) in: degree(direction: IN) threats: degree(types: ["THREATENS_TARIFF"])
                ... on Entity { relations { totalCount } }
              }
            }
            """);

        JsonAssert.Equal("""{ "entity": { "degree": 15, "out": 9, "in": 6, "threats": 1, "relations": { "totalCount": 15 } } }""", data);
    }

    [Fact]
    public async Task Three_shortest_paths_from_Pakistan_to_Chinas_export_controls_each_cited()
    {
        var data = await _client.DataAsync("""
            {
              paths(from: "country:PK", to: "event:cn-rare-earth-export-controls-2025-10", k: 3) {
                length nodes { id } relations { id type citations { quote } }
              }
              shortestPath(from: "country:PK", to: "event:cn-rare-earth-export-controls-2025-10") { relations { id } }
              before: shortestPath(from: "country:PK", to: "country:CN", knownAt: "2000-01-01T00:00:00Z") { length }
            }
            """);

        const string nodes = """[ { "id": "country:PK" }, { "id": "country:CN" }, { "id": "event:cn-rare-earth-export-controls-2025-10" } ]""";
        const string announces = """{ "id": "rel:d8279130fea38397", "type": "ANNOUNCES", "citations": [ { "quote": "China last week announced further export controls for mining and processing rare-earths" } ] }""";
        JsonAssert.Equal($$"""
            {
              "paths": [
                { "length": 2, "nodes": {{nodes}}, "relations": [
                  { "id": "rel:4027d5acef578675", "type": "COMMUNICATES_WITH", "citations": [ { "quote": "the two countries have been in communication on Pakistan-US mining cooperation" } ] }, {{announces}} ] },
                { "length": 2, "nodes": {{nodes}}, "relations": [
                  { "id": "rel:6b589e067774011f", "type": "ALLIED_WITH", "citations": [ { "quote": "Beijing’s ironclad friendship with Islamabad remained" } ] }, {{announces}} ] },
                { "length": 2, "nodes": [ { "id": "country:PK" }, { "id": "claim:cn-export-controls-linked-to-pk-gift" }, { "id": "event:cn-rare-earth-export-controls-2025-10" } ], "relations": [
                  { "id": "rel:b96d2b71eb634cce", "type": "CONCERNS", "citations": [ { "quote": "Beijing denies link between its rare earths restrictions and Pakistan’s gift to Trump" } ] },
                  { "id": "rel:eea30fd28f3995e1", "type": "CONCERNS", "citations": [ { "quote": "China's new export control measures blaming foreign firms for misusing China's raw material exports are linked to Pakistan" } ] } ] }
              ],
              "shortestPath": { "relations": [ { "id": "rel:4027d5acef578675" }, { "id": "rel:d8279130fea38397" } ] },
              "before": null
            }
            """, data);
        (await _client.PostAsync("{ paths(from: \"country:PK\", to: \"country:CN\", k: 11) { length } }")).AssertRefused("VALIDATION_FAILED", "k");
        (await _client.PostAsync("{ paths(from: \"country:PK\", to: \"country:ZZ\") { length } }")).AssertRefused("NOT_FOUND", "to");
    }
}
