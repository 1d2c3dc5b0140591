using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GeoGraph.Api.Tests.Support;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Hosting;

namespace GeoGraph.Api.Tests;

/// <summary>The change feed: the changes query on the seed, its cursors and batching, and the subscription over Server-Sent Events.</summary>
public sealed class ChangeFeedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string ChangesQuery = """
        query Changes($after: String, $since: DateTime, $first: Int) {
          changes(after: $after, since: $since, first: $first) {
            edges { cursor node { sequence kind at relation { id type } entity { id name } article { id title } } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private const string Subscription = """
        subscription Follow($after: String) {
          changes(after: $after) { cursor node { sequence kind relation { id retractedAt } entity { id name } article { id } } }
        }
        """;

    private const string NewsText = "China and Pakistan remain ironclad friends, Xinhua said. Xinhua criticized the tariffs.";

    /// <summary>The whole log, a page of 500 at a time.</summary>
    private static async Task<List<JsonNode>> AllChangesAsync(GraphQLClient client, string? after = null)
    {
        var edges = new List<JsonNode>();
        while (true)
        {
            var changes = (await client.DataAsync(ChangesQuery, new { after, first = 500 }))["changes"]!;
            edges.AddRange(changes["edges"]!.AsArray().Select(e => e!));
            if (!changes["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) return edges;
            after = changes["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    private static string Kind(JsonNode edge) => edge["node"]!["kind"]!.GetValue<string>();

    private static long Sequence(JsonNode edge) => edge["node"]!["sequence"]!.GetValue<long>();

    private static string CursorOf(long sequence) => Cursors.Encode("changes", new PageKey(0, sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task The_seed_is_logged_countries_then_its_article_nodes_and_relations()
    {
        await using var api = new GeoGraphApiFactory();
        var log = await AllChangesAsync(api.CreateGraphQLClient());

        var article = log.FindIndex(e => Kind(e) == "ARTICLE_RECORDED");
        Assert.True(article > 200, "every country first");
        Assert.All(log.Take(article), e => Assert.StartsWith("country:", e["node"]!["entity"]!["id"]!.GetValue<string>()));
        Assert.Equal(Seed.ArticleId, log[article]["node"]!["article"]!["id"]!.GetValue<string>());
        Assert.Equal(Seed.ArticleTitle, log[article]["node"]!["article"]!["title"]!.GetValue<string>());
        // The bundle's 13 entities and 4 claims, then its relations (their citations are part of them).
        Assert.All(log.Skip(article + 1).Take(17), e => Assert.Equal("ENTITY_RECORDED", Kind(e)));
        Assert.Equal(Seed.RelationCount, log.Skip(article + 18).Count());
        Assert.All(log.Skip(article + 18), e => Assert.Equal("RELATION_RECORDED", Kind(e)));
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(Sequence));
        Assert.Equal(log.Select(e => CursorOf(Sequence(e))), log.Select(e => e["cursor"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Changes_after_an_ingestion_an_update_and_a_retraction_are_exactly_their_entries()
    {
        await using var api = new GeoGraphApiFactory();
        var client = api.CreateGraphQLClient();
        var seedEnd = (await AllChangesAsync(client))[^1]["cursor"]!.GetValue<string>();

        var bundle = new ArticleBundle(new ArticleSpec("Xinhua on Pakistan", NewsText),
            [
                new RelationSpec("ALLIED_WITH", "country:CN", "country:PK", [CitationSpec.Of(NewsText, "China and Pakistan remain ironclad friends")],
                    [new QualifierSpec("nature", "ironclad friendship")]),
                new RelationSpec("CRITICIZES", "org:xinhua", "person:donald-trump", [CitationSpec.Of(NewsText, "Xinhua criticized the tariffs")]),
            ],
            [new EntitySpec("org:xinhua", "Xinhua")]);
        var ingested = (await client.DataAsync(Queries.IngestArticle, bundle.ToVariables()))["ingestArticle"]!;
        var articleId = ingested["article"]!["id"]!.GetValue<string>();
        var criticism = ingested["relations"]!.AsArray().Single(r => r!["type"]!.GetValue<string>() == "CRITICIZES")!["id"]!.GetValue<string>();
        await client.DataAsync("""mutation { upsertEntity(input: {id: "org:xinhua", name: "Xinhua News Agency", aliases: ["Xinhua"]}) { changed } }""");
        await client.DataAsync($$"""mutation { retractRelation(id: "{{criticism}}", reason: "misread") { id } }""");

        var changes = await AllChangesAsync(client, seedEnd);

        Assert.Equal(
            [
                ("ARTICLE_RECORDED", null, null, articleId),
                ("ENTITY_RECORDED", null, "org:xinhua", null),
                ("RELATION_RECORDED", criticism, null, null),
                ("CITATION_ADDED", Seed.ChinaPakistanAlliance, null, articleId),
                ("ENTITY_UPDATED", null, "org:xinhua", null),
                ("RELATION_RETRACTED", criticism, null, null),
            ],
            changes.Select(e => (Kind(e), e["node"]!["relation"]?["id"]?.GetValue<string>(), e["node"]!["entity"]?["id"]?.GetValue<string>(),
                e["node"]!["article"]?["id"]?.GetValue<string>())).ToArray());
        // Each names what it concerns as it is now.
        Assert.Equal("Xinhua News Agency", changes[1]["node"]!["entity"]!["name"]!.GetValue<string>());

        // since: the entries at or after the retraction's time, still in sequence order.
        var retractedAt = changes[^1]["node"]!["at"]!.GetValue<string>();
        var since = (await client.DataAsync(ChangesQuery, new { since = retractedAt }))["changes"]!["edges"]!.AsArray();
        Assert.Equal("RELATION_RETRACTED", Kind(Assert.Single(since)!));
    }

    [Fact]
    public async Task A_cursor_from_another_listing_or_a_malformed_one_is_refused()
    {
        await using var api = new GeoGraphApiFactory();
        var client = api.CreateGraphQLClient();
        var relationsCursor = (await client.DataAsync("{ relations(first: 1) { pageInfo { endCursor } } }"))["relations"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        (await client.PostAsync(ChangesQuery, new { after = relationsCursor })).AssertRefused("VALIDATION_FAILED", "after");
        (await client.PostAsync(ChangesQuery, new { after = Cursors.Encode("changes", new PageKey(0, "seven")) })).AssertRefused("VALIDATION_FAILED", "after");
        (await client.PostAsync(ChangesQuery, new { first = 501 })).AssertRefused("VALIDATION_FAILED", "first");
    }

    [Fact]
    public async Task A_page_of_changes_with_what_they_concern_takes_as_many_store_calls_at_any_size()
    {
        await using var api = new GeoGraphApiFactory();
        var client = api.CreateGraphQLClient();
        const string query = """
            query($after: String, $first: Int) {
              changes(after: $after, first: $first) {
                edges { node { kind relation { subject { name } object { name } citations { quote article { title } } } entity { name } article { title } } }
              }
            }
            """;
        var log = await AllChangesAsync(client);
        // From the last countries on: the page mixes entities, the article and relations.
        var after = log[log.FindIndex(e => Kind(e) == "ARTICLE_RECORDED") - 3]["cursor"]!.GetValue<string>();

        async Task<Dictionary<string, int>> CallsAsync(int first)
        {
            api.Store.Reset();
            var edges = (await client.DataAsync(query, new { after, first }))["changes"]!["edges"]!.AsArray();
            Assert.Equal(first, edges.Count);
            return new Dictionary<string, int>(api.Store.Calls);
        }
        var forty = await CallsAsync(40);
        var all = await CallsAsync(60);

        Assert.Equal(forty, all);
        Assert.True(all.Values.Sum() <= 7, string.Join(", ", all.Select(c => $"{c.Key}×{c.Value}")));
    }

    [Fact]
    public async Task A_subscription_over_plain_HTTP_is_refused_with_a_code_that_says_how_to_subscribe()
    {
        await using var api = new GeoGraphApiFactory();
        var client = api.CreateGraphQLClient();

        var json = await client.PostAsync(Subscription);
        json.AssertRefused("SUBSCRIPTION_NEEDS_EVENT_STREAM");
        Assert.Contains("text/event-stream", json.Errors![0]!["message"]!.GetValue<string>());

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Subscription }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.Http.SendAsync(request, Ct);
        (await GraphQLResponse.ReadAsync(response)).AssertRefused(HttpStatusCode.BadRequest, "SUBSCRIPTION_NEEDS_EVENT_STREAM");

        using var get = await client.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("subscription { changes { cursor } }"), Ct);
        (await GraphQLResponse.ReadAsync(get)).AssertRefused("SUBSCRIPTION_NEEDS_EVENT_STREAM");
    }

    [Fact]
    public async Task A_client_that_reconnects_with_its_last_cursor_gets_exactly_the_entries_it_missed_then_new_ones_live()
    {
        // Short keep-alives: a comment after the expected events shows that nothing else was queued.
        await using var api = new GeoGraphApiFactory();
        await using var fast = api.WithWebHostBuilder(b => b.UseSetting("ChangeFeed:KeepAliveInterval", "00:00:00.200"));
        var client = new GraphQLClient(GeoGraphApiFactory.WithKey(fast.CreateClient(), GeoGraph.Testing.ApiTestKeys.Admin));
        var seedEnd = Sequence((await AllChangesAsync(client))[^1]);

        // Read three entries of the last six of the seed, then drop the connection mid-stream.
        var start = seedEnd - 6;
        long lastSeen;
        await using (var first = await EventStream.OpenAsync(client.Http, Subscription, new { after = CursorOf(start) }))
        {
            var events = new List<JsonNode>();
            for (var i = 0; i < 3; i++) events.Add(await first.NextAsync());
            Assert.Equal([start + 1, start + 2, start + 3], events.Select(e => Sequence(e["data"]!["changes"]!)));
            lastSeen = Sequence(events[^1]["data"]!["changes"]!);
            Assert.Equal(CursorOf(lastSeen), events[^1]["data"]!["changes"]!["cursor"]!.GetValue<string>());
        }

        // Written while the client is away.
        await client.DataAsync($$"""mutation { retractRelation(id: "{{Seed.ChinaPakistanAlliance}}", reason: "test") { id } }""");
        await client.DataAsync("""mutation { upsertEntity(input: {id: "org:xinhua", name: "Xinhua"}) { created } }""");

        await using var second = await EventStream.OpenAsync(client.Http, Subscription, new { after = CursorOf(lastSeen) });
        var missed = new List<JsonNode>();
        for (var i = 0; i < 5; i++) missed.Add((await second.NextAsync())["data"]!["changes"]!);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => lastSeen + i), missed.Select(Sequence));
        Assert.Equal(missed.Select(e => CursorOf(Sequence(e))), missed.Select(e => e["cursor"]!.GetValue<string>()));
        Assert.Equal(["RELATION_RECORDED", "RELATION_RECORDED", "RELATION_RECORDED", "RELATION_RETRACTED", "ENTITY_RECORDED"], missed.Select(e => Kind(e)));
        Assert.NotNull(missed[3]["node"]!["relation"]!["retractedAt"]);
        await second.KeepAliveAsync();

        // Then entries arrive as they are written, once each.
        await client.DataAsync("""mutation { upsertEntity(input: {id: "org:xinhua", name: "Xinhua News Agency"}) { changed } }""");
        var live = (await second.NextAsync())["data"]!["changes"]!;
        Assert.Equal((seedEnd + 3, "ENTITY_UPDATED", "Xinhua News Agency"), (Sequence(live), Kind(live), live["node"]!["entity"]!["name"]!.GetValue<string>()));
        await second.KeepAliveAsync();

        // A write by another process (here another store on the same file, which tells the API
        // nothing) arrives too, when the stream next reads the store.
        using (var other = SqliteGraphStore.Open(new SqliteStoreOptions { Path = api.DatabasePath }))
            await other.ApplyAsync(IngestionBatch.OfNodes([new Node("org:tass", NodeKind.Organization, "TASS", [], null, DateTimeOffset.UtcNow)]), Ct);
        var polled = (await second.NextAsync())["data"]!["changes"]!;
        Assert.Equal((seedEnd + 4, "ENTITY_RECORDED", "org:tass"), (Sequence(polled), Kind(polled), polled["node"]!["entity"]!["id"]!.GetValue<string>()));

        // Each event shows what it concerns as it is when sent, not as this stream first saw it.
        var tariff = missed[2]["node"]!["relation"]!;
        Assert.Null(tariff["retractedAt"]);
        await client.DataAsync($$"""mutation { retractRelation(id: "{{tariff["id"]!.GetValue<string>()}}", reason: "test") { id } }""");
        var retraction = (await second.NextAsync())["data"]!["changes"]!;
        Assert.Equal(("RELATION_RETRACTED", tariff["id"]!.GetValue<string>()), (Kind(retraction), retraction["node"]!["relation"]!["id"]!.GetValue<string>()));
        Assert.NotNull(retraction["node"]!["relation"]!["retractedAt"]);
    }

    [Fact]
    public async Task Queries_stream_as_one_event_then_complete_and_streams_beyond_the_bound_are_refused_until_one_closes()
    {
        await using var api = new GeoGraphApiFactory();
        await using var one = api.WithWebHostBuilder(b => b.UseSetting("ChangeFeed:MaxStreams", "1"));
        var http = one.CreateClient();

        await using (var query = await EventStream.OpenAsync(http, "{ entity(id: \"country:PK\") { name } }", null))
        {
            Assert.Equal("Pakistan", (await query.NextAsync())["data"]!["entity"]!["name"]!.GetValue<string>());
            await query.CompleteAsync();
        }

        await using var open = await EventStream.OpenAsync(http, Subscription, new { after = CursorOf(1) });
        Assert.Equal(2, Sequence((await open.NextAsync())["data"]!["changes"]!));
        await using (var refused = await EventStream.OpenAsync(http, Subscription, null))
        {
            var error = await refused.NextAsync();
            Assert.Equal("TOO_MANY_STREAMS", error["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            await refused.CompleteAsync();
        }

        // A client that disconnects frees its place (once the server has seen it go).
        await open.DisposeAsync();
        for (var attempt = 1; ; attempt++)
        {
            await using var next = await EventStream.OpenAsync(http, Subscription, new { after = CursorOf(1) });
            var first = await next.NextAsync();
            if (first["errors"] is null)
            {
                Assert.Equal(2, Sequence(first["data"]!["changes"]!));
                break;
            }
            Assert.True(attempt < 200, "the closed stream never gave its place back");
            await Task.Delay(50, Ct);
        }
    }

    /// <summary>A client of the graphql-sse protocol's distinct connections mode: one request, one event stream.</summary>
    private sealed class EventStream : IAsyncDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;

        private EventStream(HttpResponseMessage response, StreamReader reader) => (_response, _reader) = (response, reader);

        public static async Task<EventStream> OpenAsync(HttpClient http, string query, object? variables)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(Ct), Encoding.UTF8));
        }

        /// <summary>The next event's fields (comments skipped unless asked for): event name and data.</summary>
        private async Task<(string Event, string Data)> ReadAsync(bool comments)
        {
            string? name = null;
            var data = new StringBuilder();
            while (await _reader.ReadLineAsync(Ct) is { } line)
            {
                if (line.Length == 0)
                {
                    if (name is not null) return (name, data.ToString());
                    continue;
                }
                if (line.StartsWith(':'))
                {
                    if (comments && line.Length > 1) return ("comment", line[1..].Trim());
                    continue;
                }
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
                else if (line.StartsWith("data:", StringComparison.Ordinal)) data.Append(line["data:".Length..].TrimStart(' '));
            }
            throw new EndOfStreamException("the server closed the stream");
        }

        public async Task<JsonNode> NextAsync()
        {
            var (name, data) = await ReadAsync(comments: false);
            Assert.Equal("next", name);
            return JsonNode.Parse(data)!;
        }

        public async Task CompleteAsync() => Assert.Equal("complete", (await ReadAsync(comments: false)).Event);

        /// <summary>The next thing the server sends is a keep-alive comment: it had no event queued.</summary>
        public async Task KeepAliveAsync() => Assert.Equal(("comment", "keep-alive"), await ReadAsync(comments: true));

        public ValueTask DisposeAsync()
        {
            _reader.Dispose();
            _response.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
