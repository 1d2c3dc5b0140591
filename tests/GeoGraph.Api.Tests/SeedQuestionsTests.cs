using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests;

/// <summary>
/// The questions issue 2 says the seeded API must answer, asked over HTTP and answered with the
/// facts, quotes and offsets of the seed article. Read-only: the tests share one seeded app.
/// </summary>
public sealed class SeedQuestionsTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    private readonly GraphQLClient _client = api.CreateGraphQLClient();

    [Fact]
    public async Task China_denied_the_link_between_its_export_controls_and_the_gift_in_Lin_Jians_words()
    {
        var data = await _client.DataAsync("""
            {
              relations(where: { subject: "country:CN", type: "DENIES_LINK" }) {
                edges { node { type object { id name } citations { quote start end stance speaker { id name } article { id title } } } }
              }
            }
            """);

        var citation = (string quote, int start, int end) => $$"""
            { "quote": "{{quote}}", "start": {{start}}, "end": {{end}}, "stance": "REPORTS",
              "speaker": { "id": "person:lin-jian", "name": "Lin Jian" },
              "article": { "id": "{{Seed.ArticleId}}", "title": "{{Seed.ArticleTitle}}" } }
            """;
        JsonAssert.Equal($$"""
            { "relations": { "edges": [ { "node": {
                "type": "DENIES_LINK",
                "object": { "id": "claim:cn-export-controls-linked-to-pk-gift",
                            "name": "China's new rare-earth export controls are linked to Pakistan's gift of rare-earth samples to Donald Trump." },
                "citations": [
                  {{citation("Beijing denies link between its rare earths restrictions and Pakistan’s gift to Trump", 20, 105)}},
                  {{citation("Chinese Foreign Ministry spokesperson Lin Jian said it was not true", 493, 560)}},
                  {{citation("Jian said the export controls had nothing to do with Pakistan.", 562, 624)}}
                ] } } ] } }
            """, data);
    }

    [Fact]
    public async Task Munir_and_Sharif_gave_Trump_a_box_whose_rare_earth_contents_Lin_Jian_disputes()
    {
        var data = await _client.DataAsync("""
            {
              relations(where: { type: "GIFTED", object: "person:donald-trump" }) {
                edges { node { subject { id name } qualifiers { key value } citations { quote start end speaker { id } } } }
              }
              entity(id: "claim:pk-gift-contained-rare-earths") {
                ... on Claim {
                  statement disputed
                  supporters { type subject { id } citations { quote start end } }
                  deniers { type subject { id } citations { quote start end speaker { id } } }
                }
              }
            }
            """);

        const string presented = """
            { "quote": "Pakistani leaders presented the precious metals to US President Donald Trump", "start": 415, "end": 491, "speaker": null },
            { "quote": "A photo showing Pakistan army chief Field Marshal Asim Munir along with Prime Minister Shehbaz Sharif presenting a box", "start": 1785, "end": 1903, "speaker": null }
            """;
        JsonAssert.Equal($$"""
            {
              "relations": { "edges": [
                { "node": { "subject": { "id": "person:asim-munir", "name": "Asim Munir" },
                            "qualifiers": [ { "key": "item", "value": "box of samples" } ],
                            "citations": [ {{presented}},
                              { "quote": "the box of raw stones presented to Trump by Munir", "start": 2232, "end": 2281, "speaker": { "id": "person:lin-jian" } } ] } },
                { "node": { "subject": { "id": "person:shehbaz-sharif", "name": "Shehbaz Sharif" },
                            "qualifiers": [ { "key": "item", "value": "box of samples" } ],
                            "citations": [ {{presented}},
                              { "quote": "The samples that the Pakistani leaders showed and gave to the US leader", "start": 2305, "end": 2376, "speaker": { "id": "person:lin-jian" } } ] } }
              ] },
              "entity": {
                "statement": "The box Pakistan's leaders presented to Donald Trump contained rare-earth samples.",
                "disputed": true,
                "supporters": [ { "type": "ASSERTS", "subject": { "id": "org:unattributed-reports" },
                  "citations": [ { "quote": "a box, which reports said contained samples of rare-earth materials", "start": 1898, "end": 1965 } ] } ],
                "deniers": [ { "type": "DENIES", "subject": { "id": "person:lin-jian" },
                  "citations": [ { "quote": "the box of raw stones presented to Trump by Munir were not rare-earths", "start": 2232, "end": 2302, "speaker": { "id": "person:lin-jian" } } ] } ]
              }
            }
            """, data);
    }

    [Fact]
    public async Task Trump_threatened_China_with_100_percent_tariffs()
    {
        var data = await _client.DataAsync("""
            {
              relations(where: { subject: "person:donald-trump", type: "THREATENS_TARIFF" }) {
                edges { node { phrase object { id name } qualifiers { key value number unit } citations { quote start end article { id } } } }
              }
            }
            """);

        JsonAssert.Equal($$"""
            { "relations": { "edges": [ { "node": {
                "phrase": "threatens tariffs on",
                "object": { "id": "country:CN", "name": "China" },
                "qualifiers": [
                  { "key": "goods", "value": "Chinese goods", "number": null, "unit": null },
                  { "key": "rate", "value": "100", "number": 100, "unit": "percent" } ],
                "citations": [ { "quote": "threatened to impose 100 per cent tariffs on Chinese goods", "start": 1246, "end": 1304, "article": { "id": "{{Seed.ArticleId}}" } } ]
              } } ] } }
            """, data);
    }

    [Fact]
    public async Task China_controls_about_70_percent_of_mining_and_nearly_90_percent_of_processing()
    {
        var data = await _client.DataAsync("""
            {
              relations(where: { subject: "country:CN", type: "CONTROLS_SHARE_OF", object: "commodity:rare-earths" }) {
                edges { node { qualifiers { key value number unit } citations { quote start end } } }
              }
            }
            """);

        JsonAssert.Equal("""
            { "relations": { "edges": [
              { "node": {
                "qualifiers": [
                  { "key": "approximation", "value": "nearly", "number": null, "unit": null },
                  { "key": "share", "value": "90", "number": 90, "unit": "percent" },
                  { "key": "stage", "value": "processing", "number": null, "unit": null } ],
                "citations": [ { "quote": "controls nearly 90 per cent of the processing of these materials", "start": 1381, "end": 1445 } ] } },
              { "node": {
                "qualifiers": [
                  { "key": "approximation", "value": "about", "number": null, "unit": null },
                  { "key": "share", "value": "70", "number": 70, "unit": "percent" },
                  { "key": "stage", "value": "mining", "number": null, "unit": null } ],
                "citations": [ { "quote": "China accounts for about 70 per cent of the world's rare-earths mining", "start": 1306, "end": 1376 } ] } },
              { "node": {
                "qualifiers": [
                  { "key": "extent", "value": "near monopoly", "number": null, "unit": null },
                  { "key": "stage", "value": "supply", "number": null, "unit": null } ],
                "citations": [ { "quote": "This control gives China a near monopoly on the supply of rare-earth metals.", "start": 1447, "end": 1523 } ] } }
            ] } }
            """, data);
    }

    [Fact]
    public async Task The_US_the_EU_and_India_are_the_top_importers_of_Chinas_rare_earths()
    {
        var data = await _client.DataAsync("""
            {
              relations(where: { object: "commodity:rare-earths", type: "IMPORTS" }) {
                edges { node { subject { id name } qualifiers { key value entity { id } } citations { quote start end qualifiers { key value } } } }
              }
            }
            """);

        var importer = (string id, string name) => $$"""
            { "node": { "subject": { "id": "{{id}}", "name": "{{name}}" },
              "qualifiers": [ { "key": "origin", "value": "country:CN", "entity": { "id": "country:CN" } },
                              { "key": "rank", "value": "top importer", "entity": null } ],
              "citations": [ { "quote": "China's rare-earth metals are in high demand, with the United States, the European Union, and India being the top importers.", "start": 1660, "end": 1784,
                               "qualifiers": [ { "key": "rank", "value": "top importer" } ] } ] } }
            """;
        // In id order. "rank" only describes (origin identifies): the relation keeps it as first recorded, and the citation says it too.
        JsonAssert.Equal($$"""
            { "relations": { "edges": [ {{importer("org:eu", "European Union")}}, {{importer("country:US", "United States of America")}}, {{importer("country:IN", "India")}} ] } }
            """, data);
    }

    [Fact]
    public async Task Shortest_paths_from_Pakistan_run_through_its_communication_with_China()
    {
        var data = await _client.DataAsync($$"""
            {
              toEvent: shortestPath(from: "country:PK", to: "{{Seed.ExportControlsEvent}}") { ...path }
              toChina: shortestPath(from: "country:PK", to: "country:CN") { ...path }
            }
            fragment path on Path {
              length
              nodes { id kind }
              relations { id type subject { id } object { id } citations { quote start end article { id } } }
            }
            """);

        // Ties go to the smaller relation id: of PK's three relations with CN (COMMUNICATES_WITH rel:4027…,
        // ALLIED_WITH rel:6b58…, ASSURES rel:fd75…), COMMUNICATES_WITH has the smallest.
        var communication = $$"""
            { "id": "rel:4027d5acef578675", "type": "COMMUNICATES_WITH", "subject": { "id": "country:PK" }, "object": { "id": "country:CN" },
              "citations": [ { "quote": "the two countries have been in communication on Pakistan-US mining cooperation", "start": 2963, "end": 3041, "article": { "id": "{{Seed.ArticleId}}" } } ] }
            """;
        JsonAssert.Equal($$"""
            {
              "toEvent": {
                "length": 2,
                "nodes": [ { "id": "country:PK", "kind": "COUNTRY" }, { "id": "country:CN", "kind": "COUNTRY" }, { "id": "{{Seed.ExportControlsEvent}}", "kind": "EVENT" } ],
                "relations": [ {{communication}},
                  { "id": "rel:d8279130fea38397", "type": "ANNOUNCES", "subject": { "id": "country:CN" }, "object": { "id": "{{Seed.ExportControlsEvent}}" },
                    "citations": [ { "quote": "China last week announced further export controls for mining and processing rare-earths", "start": 106, "end": 193, "article": { "id": "{{Seed.ArticleId}}" } } ] } ]
              },
              "toChina": {
                "length": 1,
                "nodes": [ { "id": "country:PK", "kind": "COUNTRY" }, { "id": "country:CN", "kind": "COUNTRY" } ],
                "relations": [ {{communication}} ]
              }
            }
            """, data);
    }

    [Fact]
    public async Task Two_claims_are_disputed_each_with_its_supporters_and_deniers()
    {
        var data = await _client.DataAsync("""
            {
              disputed: claims(disputed: true) {
                totalCount
                edges { node { id disputed
                  supporters { type subject { id } citations { quote start end } }
                  deniers { type subject { id } citations { start end speaker { id } } } } }
              }
              undisputed: claims(disputed: false) {
                totalCount
                edges { node { id disputed supporters { type subject { id } } deniers { id } } }
              }
              all: claims { totalCount }
            }
            """);

        JsonAssert.Equal("""
            {
              "disputed": { "totalCount": 2, "edges": [
                { "node": { "id": "claim:cn-export-controls-linked-to-pk-gift", "disputed": true,
                  "supporters": [ { "type": "SPECULATES", "subject": { "id": "org:unattributed-reports" }, "citations": [
                    { "quote": "speculations that China ramped up restrictions on exports of rare earth after Pakistani leaders presented the precious metals to US President Donald Trump", "start": 337, "end": 491 },
                    { "quote": "has sparked speculation that China's new export control measures blaming foreign firms for misusing China's raw material exports are linked to Pakistan", "start": 1967, "end": 2118 } ] } ],
                  "deniers": [ { "type": "DENIES_LINK", "subject": { "id": "country:CN" }, "citations": [
                    { "start": 20, "end": 105, "speaker": { "id": "person:lin-jian" } },
                    { "start": 493, "end": 560, "speaker": { "id": "person:lin-jian" } },
                    { "start": 562, "end": 624, "speaker": { "id": "person:lin-jian" } } ] } ] } },
                { "node": { "id": "claim:pk-gift-contained-rare-earths", "disputed": true,
                  "supporters": [ { "type": "ASSERTS", "subject": { "id": "org:unattributed-reports" }, "citations": [
                    { "quote": "a box, which reports said contained samples of rare-earth materials", "start": 1898, "end": 1965 } ] } ],
                  "deniers": [ { "type": "DENIES", "subject": { "id": "person:lin-jian" }, "citations": [
                    { "start": 2232, "end": 2302, "speaker": { "id": "person:lin-jian" } } ] } ] } }
              ] },
              "undisputed": { "totalCount": 2, "edges": [
                { "node": { "id": "claim:cn-export-controls-legitimate-and-protect-peace", "disputed": false,
                  "supporters": [ { "type": "ASSERTS", "subject": { "id": "country:CN" } } ], "deniers": [] } },
                { "node": { "id": "claim:pk-gift-was-gem-ores", "disputed": false,
                  "supporters": [ { "type": "ASSERTS", "subject": { "id": "person:lin-jian" } } ], "deniers": [] } }
              ] },
              "all": { "totalCount": 4 }
            }
            """, data);
    }

    [Fact]
    public async Task Everything_the_seed_article_supports_pages_five_at_a_time_to_the_end()
    {
        const string query = """
            query ($article: ID!, $after: String) {
              relations(where: { article: $article }, first: 5, after: $after) {
                totalCount
                edges { cursor node { id citations { article { id } } } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;
        var ids = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = (await _client.DataAsync(query, new { article = Seed.ArticleId, after }))["relations"]!;
            pages++;
            Assert.Equal(Seed.RelationCount, page["totalCount"]!.GetValue<int>());
            var edges = page["edges"]!.AsArray();
            var info = page["pageInfo"]!;
            var last = ids.Count + edges.Count == Seed.RelationCount;
            Assert.Equal(last ? Seed.RelationCount - 5 * (pages - 1) : 5, edges.Count);
            Assert.Equal(!last, info["hasNextPage"]!.GetValue<bool>());
            Assert.Equal(edges[0]!["cursor"]!.GetValue<string>(), info["startCursor"]!.GetValue<string>());
            Assert.Equal(edges[^1]!["cursor"]!.GetValue<string>(), info["endCursor"]!.GetValue<string>());
            Assert.All(edges, e => Assert.Contains(e!["node"]!["citations"]!.AsArray(), c => c!["article"]!["id"]!.GetValue<string>() == Seed.ArticleId));
            ids.AddRange(edges.Select(e => e!["node"]!["id"]!.GetValue<string>()));
            if (last) break;
            Assert.True(pages < 20, "paging does not end");
            after = info["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(9, pages);
        Assert.Equal(Seed.RelationCount, ids.Distinct().Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        var all = await _client.DataAsync("{ relations(first: 500) { edges { node { id } } } }");
        Assert.Equal(JsonAssert.Strings(all["relations"]!["edges"], e => e["node"]!["id"]), ids);
    }

    [Fact]
    public async Task The_neighbourhood_of_China_at_depth_2_reaches_its_partners_within_50_nodes()
    {
        var data = await _client.DataAsync("""
            {
              neighborhood(id: "country:CN", depth: 2, limit: 50) {
                nodes { id kind }
                relations { id type subject { id } object { id } citations { quote } }
              }
              small: neighborhood(id: "country:CN", depth: 2, limit: 5) { nodes { id } }
            }
            """);

        var subgraph = data["neighborhood"]!;
        var nodes = JsonAssert.Strings(subgraph["nodes"], n => n["id"]);
        Assert.InRange(nodes.Length, 2, 50);
        Assert.Equal("country:CN", nodes[0]);
        Assert.Equal(nodes.Length, nodes.Distinct().Count());
        Assert.Superset(new HashSet<string>(["country:PK", "person:donald-trump", "commodity:rare-earths", Seed.ExportControlsEvent,
            "claim:cn-export-controls-linked-to-pk-gift", "country:US", "country:IN", "org:eu", "person:lin-jian", "person:asim-munir"]),
            new HashSet<string>(nodes));

        var relations = subgraph["relations"]!.AsArray();
        Assert.NotEmpty(relations);
        Assert.All(relations, r =>
        {
            Assert.Contains(r!["subject"]!["id"]!.GetValue<string>(), nodes);
            Assert.Contains(r["object"]!["id"]!.GetValue<string>(), nodes);
            Assert.NotEmpty(r["citations"]!.AsArray());
        });
        Assert.Contains(relations, r => r!["type"]!.GetValue<string>() == "THREATENS_TARIFF"
            && r["subject"]!["id"]!.GetValue<string>() == "person:donald-trump" && r["object"]!["id"]!.GetValue<string>() == "country:CN");
        Assert.Contains(relations, r => r!["id"]!.GetValue<string>() == Seed.ChinaPakistanAlliance);

        var small = JsonAssert.Strings(data["small"]!["nodes"], n => n["id"]);
        Assert.Equal(5, small.Length);
        Assert.Equal(nodes[..5], small);
    }
}
