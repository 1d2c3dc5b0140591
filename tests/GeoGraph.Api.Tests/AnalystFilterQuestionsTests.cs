using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests;

/// <summary>
/// Issue 7's analysts' questions, each one query on the seed, with exact answers: who said what,
/// everything between two countries (their leaders included), most corroborated first, a date
/// range, OR/NOT; and the bounds a tool can rely on (refused cursors and filters, fixed store calls).
/// </summary>
public sealed class AnalystFilterQuestionsTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    private readonly GraphQLClient _client = api.CreateGraphQLClient();

    /// <summary>The seed's relations that quote Lin Jian as speaker: 12 of the 43 (he is party to only 5).</summary>
    private static readonly string[] LinJianQuoted =
    [
        "rel:20d4edacaf9b2d4c", "rel:4027d5acef578675", "rel:50dccab43571e957", "rel:62a542d1b21a5507", "rel:6b589e067774011f", "rel:8793e5928ccbc0a5",
        "rel:a7832701b2ab741a", "rel:abe122a64ae40bbc", "rel:af16983565244ed8", "rel:d86cd88f123fc7e2", "rel:eabb596dd1b4b90b", "rel:fd75dc4339e192cf",
    ];

    [Fact]
    public async Task What_did_Lin_Jian_say_answers_every_relation_that_quotes_him()
    {
        var data = await _client.DataAsync("""
            {
              relations(where: { speaker: "person:lin-jian" }) {
                totalCount
                edges { node { id citations { speaker { id } } } }
              }
              involves: relations(where: { involves: "person:lin-jian" }) { totalCount }
            }
            """);

        Assert.Equal(12, data["relations"]!["totalCount"]!.GetValue<int>());
        var nodes = JsonAssert.Nodes(data["relations"]);
        Assert.Equal(LinJianQuoted, nodes.Select(n => n["id"]!.GetValue<string>()));
        Assert.All(nodes, n => Assert.Contains(n["citations"]!.AsArray(), c => c!["speaker"]?["id"]?.GetValue<string>() == "person:lin-jian"));
        Assert.Equal(5, data["involves"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Everything_between_Pakistan_and_the_US_includes_the_gift_of_Pakistans_prime_minister_to_Trump_and_says_through_whom()
    {
        var data = await _client.DataAsync("""
            {
              relations(where: { between: ["country:PK", "country:US"], viaRoles: true }) {
                totalCount
                edges {
                  via { holder { id } standsFor { id } roleTitle role { type subject { id } object { id } } }
                  node { id type subject { id } object { id } }
                }
              }
              direct: relations(where: { between: ["country:US", "country:PK"] }) { totalCount }
            }
            """);

        static string Edge(string id, string type, string subject, string obj, string via = "") =>
            $$"""{ "via": [{{via}}], "node": { "id": "{{id}}", "type": "{{type}}", "subject": { "id": "{{subject}}" }, "object": { "id": "{{obj}}" } } }""";
        static string Via(string holder, string standsFor, string title) =>
            $$"""{ "holder": { "id": "{{holder}}" }, "standsFor": { "id": "{{standsFor}}" }, "roleTitle": "{{title}}", "role": { "type": "HOLDS_ROLE", "subject": { "id": "{{holder}}" }, "object": { "id": "{{standsFor}}" } } }""";
        JsonAssert.Equal($$"""
            { "relations": { "totalCount": 4, "edges": [
                {{Edge("rel:8793e5928ccbc0a5", "COOPERATES_WITH", "country:PK", "country:US")}},
                {{Edge("rel:8ddfe090f087d62a", "EXPORTS_TO", "country:PK", "country:US")}},
                {{Edge("rel:abe122a64ae40bbc", "DEVELOPS_TIES_WITH", "country:PK", "country:US")}},
                {{Edge("rel:d86cd88f123fc7e2", "GIFTED", "person:shehbaz-sharif", "person:donald-trump",
                    Via("person:shehbaz-sharif", "country:PK", "Prime Minister") + ", " + Via("person:donald-trump", "country:US", "President"))}}
              ] },
              "direct": { "totalCount": 3 } }
            """, data);
    }

    [Fact]
    public async Task Most_corroborated_first_pages_by_cursor_through_ties_and_a_cursor_of_another_order_is_refused()
    {
        const string query = """
            query ($after: String, $order: [RelationOrderBy!]) {
              relations(first: 2, after: $after, orderBy: $order) {
                edges { node { id citationCount sourceCount publisherCount firstReportedAt lastReportedAt } }
                pageInfo { endCursor hasNextPage }
              }
            }
            """;
        var byCitations = new[] { new { field = "CITATION_COUNT", direction = "DESC" } };
        var first = await _client.DataAsync(query, new { order = byCitations });
        var second = await _client.DataAsync(query, new { order = byCitations, after = first["relations"]!["pageInfo"]!["endCursor"]!.GetValue<string>() });

        static string Node(string id, int citations) =>
            $$"""{ "id": "{{id}}", "citationCount": {{citations}}, "sourceCount": 1, "publisherCount": 0, "firstReportedAt": "2025-10-14T10:33:00+05:30", "lastReportedAt": "2025-10-14T10:33:00+05:30" }""";
        // Three relations have three quotes each (ties by id), then the two-quote ones, by id.
        JsonAssert.Equal($$"""[ { "node": {{Node("rel:62a542d1b21a5507", 3)}} }, { "node": {{Node("rel:a7832701b2ab741a", 3)}} } ]""", first["relations"]!["edges"]);
        JsonAssert.Equal($$"""[ { "node": {{Node("rel:d86cd88f123fc7e2", 3)}} }, { "node": {{Node("rel:20d4edacaf9b2d4c", 2)}} } ]""", second["relations"]!["edges"]);

        var refused = await _client.PostAsync(query, new
        {
            order = new[] { new { field = "CONFIDENCE", direction = "DESC" } },
            after = first["relations"]!["pageInfo"]!["endCursor"]!.GetValue<string>(),
        });
        refused.AssertRefused("VALIDATION_FAILED", "after");
        Assert.Contains("CITATION_COUNT:DESC,ID:ASC", refused.Errors!.ToJsonString(), StringComparison.Ordinal);
        // An id-order cursor does not continue an explicit order either.
        var ids = await _client.DataAsync("{ relations(first: 1) { pageInfo { endCursor } } }");
        (await _client.PostAsync(query, new { order = byCitations, after = ids["relations"]!["pageInfo"]!["endCursor"]!.GetValue<string>() }))
            .AssertRefused("VALIDATION_FAILED", "after");
    }

    [Fact]
    public async Task What_happened_in_October_2025_takes_a_date_range_and_leaves_undated_relations_out()
    {
        var data = await _client.DataAsync("""
            {
              relations(where: { validDuring: { from: "2025-10-01", to: "2025-10-31" }, dated: true },
                        orderBy: [{ field: VALID_FROM }, { field: ID, direction: DESC }]) {
                edges { node { id type validFrom validFromPrecision } }
              }
            }
            """);

        JsonAssert.Equal("""
            { "relations": { "edges": [
              { "node": { "id": "rel:d8279130fea38397", "type": "ANNOUNCES", "validFrom": "2025-10-06", "validFromPrecision": "WEEK" } },
              { "node": { "id": "rel:b318176663cee0ad", "type": "ACCUSES", "validFrom": "2025-10-06", "validFromPrecision": "WEEK" } },
              { "node": { "id": "rel:2f320518b9cbe2c4", "type": "IMPOSES_EXPORT_CONTROL", "validFrom": "2025-10-06", "validFromPrecision": "WEEK" } }
            ] } }
            """, data);
    }

    [Fact]
    public async Task OR_and_NOT_combine_conditions()
    {
        var data = await _client.DataAsync("""
            {
              relations(where: {
                OR: [{ speaker: "person:lin-jian", type: "DENIES" }, { involves: "country:US" }],
                NOT: [{ subjectKind: PERSON }]
              }) { edges { node { id type } } }
              denials: relations(where: { speaker: "person:lin-jian", types: ["DENIES", "DENIES_LINK"] }) { edges { node { id type } } }
            }
            """);

        // Lin Jian's own denial has a person as subject, so NOT leaves it out; the US's relations stay.
        JsonAssert.Equal("""
            { "relations": { "edges": [
                { "node": { "id": "rel:8793e5928ccbc0a5", "type": "COOPERATES_WITH" } },
                { "node": { "id": "rel:8ddfe090f087d62a", "type": "EXPORTS_TO" } },
                { "node": { "id": "rel:9ca9c302f44180db", "type": "IMPORTS" } },
                { "node": { "id": "rel:abe122a64ae40bbc", "type": "DEVELOPS_TIES_WITH" } } ] },
              "denials": { "edges": [
                { "node": { "id": "rel:50dccab43571e957", "type": "DENIES" } },
                { "node": { "id": "rel:62a542d1b21a5507", "type": "DENIES_LINK" } } ] } }
            """, data);
    }

    [Theory]
    [InlineData("""{ AND: [{ knownAt: "2025-01-01T00:00:00Z" }] }""", "where.AND[0].knownAt")]
    [InlineData("""{ NOT: [{ includeRetracted: true }] }""", "where.NOT[0].includeRetracted")]
    [InlineData("""{ between: ["country:PK"] }""", "where.between")]
    [InlineData("""{ between: ["country:PK", "country:PK"] }""", "where.between")]
    [InlineData("""{ viaRoles: true, subject: "country:PK" }""", "where.viaRoles")]
    [InlineData("""{ OR: [{ types: ["NOT_A_TYPE"] }] }""", "where.OR[0].types[0]")]
    [InlineData("""{ OR: [] }""", "where.OR")]
    [InlineData("""{ minConfidence: 1.5 }""", "where.minConfidence")]
    [InlineData("""{ validDuring: { from: "2025-02-01", to: "2025-01-01" } }""", "where.validDuring")]
    [InlineData("""{ speaker: "Lin Jian" }""", "where.speaker")]
    public async Task Filters_a_tool_gets_wrong_are_refused_with_the_failing_field(string where, string field)
    {
        var response = await _client.PostAsync($$"""{ relations(where: {{where}}) { totalCount } }""");
        response.AssertRefused("VALIDATION_FAILED", field);
    }

    [Fact]
    public async Task Entities_and_claims_order_by_name_in_code_point_order_of_the_name_key_and_page_by_cursor()
    {
        const string query = """
            query ($after: String) {
              entities(kind: COUNTRY, first: 2, after: $after, orderBy: [{ field: NAME, direction: DESC }]) {
                edges { node { id } } pageInfo { endCursor }
              }
            }
            """;
        var first = await _client.DataAsync(query);
        var next = await _client.DataAsync(query, new { after = first["entities"]!["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var claims = await _client.DataAsync("{ claims(orderBy: [{ field: NAME, direction: DESC }]) { edges { node { id } } } }");

        // Names compare as their search keys (NFC, lower case) by code point, the same in both stores: å after z.
        Assert.Equal(["country:AX", "country:ZW"], JsonAssert.Strings(first["entities"]!["edges"], e => e["node"]!["id"]));
        Assert.Equal(["country:ZM", "country:YE"], JsonAssert.Strings(next["entities"]!["edges"], e => e["node"]!["id"]));
        Assert.Equal(["claim:pk-gift-was-gem-ores", "claim:pk-gift-contained-rare-earths", "claim:cn-export-controls-linked-to-pk-gift",
            "claim:cn-export-controls-legitimate-and-protect-peace"], JsonAssert.Strings(claims["claims"]!["edges"], e => e["node"]!["id"]));
        (await _client.PostAsync("""{ entities(search: "pak", orderBy: [{ field: NAME }]) { totalCount } }""")).AssertRefused("VALIDATION_FAILED", "orderBy");
    }

    [Fact]
    public async Task An_order_naming_a_field_twice_is_refused()
    {
        var response = await _client.PostAsync("{ relations(orderBy: [{ field: CONFIDENCE }, { field: CONFIDENCE, direction: DESC }]) { totalCount } }");
        response.AssertRefused("VALIDATION_FAILED", "orderBy");
    }

    [Fact]
    public async Task Ordering_corroboration_and_via_roles_cost_the_same_store_calls_for_forty_relations_as_for_five()
    {
        await using var ownApi = new GeoGraphApiFactory();
        var client = ownApi.CreateGraphQLClient();
        const string query = """
            query ($first: Int!) {
              relations(first: $first, where: { OR: [{ involves: "country:US", viaRoles: true }, { dated: false }] },
                        orderBy: [{ field: SOURCE_COUNT, direction: DESC }, { field: FIRST_REPORTED }]) {
                totalCount
                edges {
                  via { holder { name } standsFor { name } role { citations { quote } } }
                  node { id citationCount sourceCount publisherCount firstReportedAt lastReportedAt citations { article { title } } }
                }
              }
            }
            """;
        async Task<Dictionary<string, int>> CallsAsync(int first)
        {
            ownApi.Store.Reset();
            var data = await client.DataAsync(query, new { first });
            Assert.Equal(first, JsonAssert.Nodes(data["relations"]).Length);
            return new Dictionary<string, int>(ownApi.Store.Calls);
        }

        var five = await CallsAsync(5);
        var forty = await CallsAsync(40);

        Assert.Equal(five, forty);
        // The roles (one listing), the page, its count, citations, articles, and the nodes of via.
        Assert.True(forty.Values.Sum() <= 7, string.Join(", ", forty.Select(c => $"{c.Key}×{c.Value}")));
    }
}
