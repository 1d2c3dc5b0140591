using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Api.Tests.Support;
using GeoGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace GeoGraph.Api.Tests;

/// <summary>
/// 5,000 generated requests — malformed bodies, wrong types, random Unicode, injection strings in
/// every string argument, out-of-range numbers, hostile headers — against the seeded API: no 5xx,
/// no error logged, every error coded (never INTERNAL_SERVER_ERROR), and the store exactly as
/// before (deterministic: one seed, so a failure is reproducible).
/// </summary>
public sealed class FuzzTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    private const int Requests = 5_000;

    private static readonly string[] Injections =
    [
        "') DETACH DELETE n //", "'; DROP TABLE nodes; --", "\" OR 1=1 --", "x' OR '1'='1", "$knownAt", "{id: 'x'}",
        "MATCH (n) DETACH DELETE n", "*/ MATCH (n) DELETE n /*", "\\\"; CALL dbms.shutdown() //", "%s%s%n", "../../../etc/passwd",
        "country:CN' OR 'a'='a", "rel:' UNION SELECT * FROM nodes --", "article:\u0000", "\"rare earth\" OR", "NEAR(a b)", "title:*",
    ];

    private static readonly string[] Plausible =
        ["country:CN", "country:PK", "person:lin-jian", "rel:0000000000000000", "article:21064a8d1731bc87", "claim:x", "China", "", " ", "COUNTRY"];

    private static readonly string[] Templates =
    [
        "{ entities(search: S, first: I) { totalCount edges { cursor node { id name } } } }",
        "{ entities(kind: COUNTRY, first: I, after: S) { edges { node { id } } } }",
        "{ entity(id: S) { id name ... on Entity { relations(type: S, first: I) { totalCount } } } }",
        "{ relations(where: { type: S, subject: S, involves: S }, first: I) { edges { node { id } } } }",
        "{ relations(where: { article: S, object: S, includeRetracted: true }, first: I, after: S) { totalCount } }",
        "{ relation(id: S) { id citations { quote } } }",
        "{ article(id: S) { id title } }",
        "{ articles(search: S, first: I) { totalCount edges { node { id } } } }",
        "{ claims(disputed: true, first: I, after: S) { totalCount } }",
        "{ neighborhood(id: S, depth: I, limit: I, types: [S]) { nodes { id } relations { id } } }",
        "{ shortestPath(from: S, to: S, maxHops: I) { length } }",
        "{ paths(from: S, to: S, k: I, maxHops: I) { length } }",
        "{ timeline(id: S, first: I, after: S) { edges { node { date } } } }",
        "{ relationCounts(where: { involves: S, type: S }, groupBy: [TYPE], first: I) { count } }",
        "mutation { retractRelation(id: S, reason: S) { id } }",
        "mutation { upsertEntity(input: { id: S, name: S, aliases: [S] }) { created } }",
        "mutation { ingestArticle(input: { article: { title: S, text: S }, relations: [] }) { changed } }",
    ];

    [Fact]
    public async Task Five_thousand_hostile_requests_get_no_server_error_and_change_nothing()
    {
        var logs = new CapturedLogs();
        using var app = api.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var reader = GeoGraphApiFactory.WithKey(app.CreateClient(), ApiTestKeys.Reader);
        var before = await StoreSnapshot.TakeAsync(new GraphQLClient(reader));
        var random = new Random(20261201);
        var statuses = new Dictionary<HttpStatusCode, int>();
        var codes = new Dictionary<string, int>();

        for (var i = 0; i < Requests; i++)
        {
            using var request = Generate(random);
            using var response = await reader.SendAsync(request, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            Assert.True((int)response.StatusCode < 500, $"request {i} answered {(int)response.StatusCode}: {Describe(request)}\n{body}");
            if (body.Length == 0 || response.Content.Headers.ContentType?.MediaType is not ("application/json" or "application/graphql-response+json")) continue;
            foreach (var error in JsonNode.Parse(body)?["errors"] as JsonArray ?? [])
            {
                var code = error?["extensions"]?["code"]?.GetValue<string>();
                Assert.True(code is not null and not "INTERNAL_SERVER_ERROR", $"request {i}: uncoded or internal error {error?.ToJsonString()} for {Describe(request)}");
                codes[code!] = codes.GetValueOrDefault(code!) + 1;
            }
        }

        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(new GraphQLClient(reader)));
        Figures.Record($"fuzz: {Requests} requests, statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}×{s.Value}"))}; " +
            $"error codes {string.Join(", ", codes.OrderByDescending(c => c.Value).Select(c => $"{c.Key}×{c.Value}"))}; store unchanged; no error logged");
    }

    private static string Describe(HttpRequestMessage request) =>
        $"{request.Method} {request.RequestUri} {request.Content?.Headers.ContentType} " +
        (request.Content is StringContent s ? s.ReadAsStringAsync().Result[..Math.Min(400, s.ReadAsStringAsync().Result.Length)] : "");

    private static HttpRequestMessage Generate(Random random) => random.Next(10) switch
    {
        0 => Raw(random, RandomBytesText(random, random.Next(0, 400)), random.Next(2) == 0 ? "application/json" : "text/plain"),
        1 => Raw(random, JsonShapes[random.Next(JsonShapes.Length)], "application/json"),
        2 => Get(random),
        3 => WithVariables(random),
        _ => Raw(random, new JsonObject { ["query"] = Fill(random, Templates[random.Next(Templates.Length)]) }.ToJsonString(), "application/json"),
    };

    private static readonly string[] JsonShapes =
    [
        "{\"query\": 42}", "{\"query\": null}", "{\"query\": [\"{ __typename }\"]}", "{\"query\": \"{ __typename }\", \"variables\": \"x\"}",
        "{\"query\": \"{ __typename }\", \"variables\": [1,2]}", "{\"query\": \"{ __typename }\", \"operationName\": 7}", "[]", "null", "\"str\"",
        "{\"query\": \"{ __typename }\", \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"zz\"}}}",
        "{\"query\": \"{ __typename }\"", "{\"query\": \"query($a: Int!) { entities(first: $a) { totalCount } }\", \"variables\": {\"a\": \"ten\"}}",
        "{\"query\": \"{ entities(first: 1e400) { totalCount } }\"}", "{\"query\": \"\\ud800\"}", "{\"query\": \"{ __typename }\", \"variables\": {\"x\": {\"y\": [[[[[]]]]]}}}",
    ];

    private static HttpRequestMessage Raw(Random random, string body, string contentType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        AddHostileHeaders(random, request);
        return request;
    }

    private static HttpRequestMessage Get(Random random)
    {
        var query = Fill(random, Templates[random.Next(Templates.Length)]);
        var parts = new List<string> { "query=" + Uri.EscapeDataString(query) };
        if (random.Next(3) == 0) parts.Add("variables=" + Uri.EscapeDataString(RandomText(random)));
        if (random.Next(3) == 0) parts.Add("extensions=" + Uri.EscapeDataString(RandomText(random)));
        if (random.Next(4) == 0) parts.Add("operationName=" + Uri.EscapeDataString(RandomText(random)));
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + string.Join('&', parts));
        AddHostileHeaders(random, request);
        return request;
    }

    private static HttpRequestMessage WithVariables(Random random)
    {
        const string query = "query($s: String, $id: ID!, $i: Int) { entities(search: $s, first: $i) { totalCount } entity(id: $id) { id } }";
        var variables = new JsonObject
        {
            ["s"] = JsonValue.Create(RandomString(random)),
            ["id"] = random.Next(4) == 0 ? JsonValue.Create(random.Next()) : JsonValue.Create(RandomString(random)),
            ["i"] = random.Next(3) switch { 0 => JsonValue.Create(RandomString(random)), 1 => JsonValue.Create(random.NextDouble() * 1e12), _ => JsonValue.Create(RandomInt(random)) },
        };
        return Raw(random, new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString(), "application/json");
    }

    private static void AddHostileHeaders(Random random, HttpRequestMessage request)
    {
        switch (random.Next(8))
        {
            case 0: request.Headers.TryAddWithoutValidation("Accept", RandomText(random)); break;
            case 1: request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json;q=0"); break;
            case 2: request.Headers.TryAddWithoutValidation("X-Api-Key", RandomText(random)); break;
            case 3: request.Headers.TryAddWithoutValidation("If-None-Match", RandomText(random)); break;
        }
    }

    /// <summary>The template with each S a string literal and each I an integer.</summary>
    private static string Fill(Random random, string template)
    {
        var result = new StringBuilder();
        foreach (var c in template)
        {
            if (c == 'S' ) result.Append(JsonSerializer.Serialize(RandomString(random)));
            else if (c == 'I') result.Append(RandomInt(random).ToString(System.Globalization.CultureInfo.InvariantCulture));
            else result.Append(c);
        }
        return result.ToString();
    }

    private static string RandomString(Random random) => random.Next(6) switch
    {
        0 => Injections[random.Next(Injections.Length)],
        1 => Plausible[random.Next(Plausible.Length)],
        2 => Plausible[random.Next(Plausible.Length)] + Injections[random.Next(Injections.Length)],
        3 => new string('a', random.Next(200, 20_000)),
        _ => RandomText(random),
    };

    private static long RandomInt(Random random) =>
        new long[] { -1, 0, 1, 2, 5, 50, 500, 501, 10_000, int.MaxValue, int.MinValue }[random.Next(11)];

    /// <summary>Random code points: controls, lone surrogates, noncharacters, direction overrides, emoji, CJK.</summary>
    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var length = random.Next(0, 40);
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(8))
            {
                case 0: text.Append((char)random.Next(0, 0x20)); break;
                case 1: text.Append((char)random.Next(0xD800, 0xE000)); break;
                case 2: text.Append(new[] { '\uFFFE', '\uFFFF', '\u202E', '\u2066', '\u009B', '\u0085', '\u200F' }[random.Next(7)]); break;
                case 3: text.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1F6FF))); break;
                case 4: text.Append((char)random.Next(0x4E00, 0x9FFF)); break;
                default: text.Append((char)random.Next(0x20, 0x7F)); break;
            }
        }
        return text.ToString();
    }

    private static string RandomBytesText(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return Encoding.Latin1.GetString(bytes);
    }
}
