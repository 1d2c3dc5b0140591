using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeoGraph.Api.Tests.Support;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Ingestion;
using GeoGraph.Testing;

namespace GeoGraph.Api.Tests;

/// <summary>
/// The API as a real process on the embedded store, killed with SIGKILL at random moments while
/// four clients ingest articles concurrently, then restarted: every acknowledged ingestion is there
/// and complete, no ingestion is there in part, and the restarted server's integrity check passes.
/// Figures from a run go to docs/reliability.md.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Rounds = 10;
    private const int Writers = 4;

    private readonly TempDirectory _dir = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _dir.Dispose();

    private sealed record Attempt(string ArticleId, int Relations);

    [Fact]
    public async Task Killing_the_server_during_concurrent_ingestion_loses_no_acknowledged_write_and_leaves_none_partial()
    {
        var db = _dir.File("crash.db");
        var attempted = new ConcurrentBag<Attempt>();
        var acknowledged = new ConcurrentBag<Attempt>();
        var random = new Random(20261201);
        for (var round = 0; round < Rounds; round++)
        {
            await using var server = ServerProcess.Start(db);
            await server.WaitReadyAsync(TimeSpan.FromSeconds(90), Ct);
            using var stop = new CancellationTokenSource();
            var before = acknowledged.Count;
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => IngestUntilStoppedAsync(server, $"crash-{round}-{w}", attempted, acknowledged, stop.Token))).ToArray();
            // Kill at a random moment once writes are flowing: on a loaded machine the first
            // ingestion of a fresh process can take longer than any fixed delay.
            for (var waited = 0; acknowledged.Count == before && waited < 30_000; waited += 50) await Task.Delay(50, Ct);
            await Task.Delay(random.Next(0, 1_200), Ct);
            server.KillHard();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        await using var final = ServerProcess.Start(db);
        await final.WaitReadyAsync(TimeSpan.FromSeconds(90), Ct);
        Assert.DoesNotContain("cannot start", final.Output);
        var stored = await StoredRelationCountsAsync(final, attempted.Select(a => a.ArticleId).Distinct().ToArray());

        Assert.True(acknowledged.Count >= Rounds, $"only {acknowledged.Count} ingestions were acknowledged in {Rounds} rounds: the test did not exercise the store");
        Assert.All(acknowledged, a => Assert.True(stored.TryGetValue(a.ArticleId, out var n) && n == a.Relations,
            $"acknowledged {a.ArticleId} with {a.Relations} relations, found {(stored.TryGetValue(a.ArticleId, out var found) ? found.ToString() : "nothing")}"));
        Assert.All(attempted, a => Assert.True(!stored.TryGetValue(a.ArticleId, out var n) || n == a.Relations,
            $"{a.ArticleId} is stored in part: {stored.GetValueOrDefault(a.ArticleId)} of {a.Relations} relations"));
        Figures.Record(
            $"crash test: {Rounds} kills, {attempted.Count} ingestions attempted, {acknowledged.Count} acknowledged and all found complete, " +
            $"{attempted.Count(a => stored.ContainsKey(a.ArticleId)) - acknowledged.Count} unacknowledged found complete, none partial");
    }

    private static async Task IngestUntilStoppedAsync(ServerProcess server, string writer, ConcurrentBag<Attempt> attempted, ConcurrentBag<Attempt> acknowledged, CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiTestKeys.Writer);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var bundle = SyntheticArticle.Generate(3 + i % 8, $"{writer}-{i}");
            var attempt = new Attempt(ContentIds.ForArticle(ContentIds.Sha256Hex(ArticleText.Normalize(bundle.Article.Text!))), bundle.Relations.Count);
            attempted.Add(attempt);
            try
            {
                using var response = await http.PostAsJsonAsync("/graphql", new { query = Queries.IngestArticle, variables = bundle.ToVariables() }, stop);
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(stop));
                if (body?["data"]?["ingestArticle"]?["article"]?["id"]?.GetValue<string>() == attempt.ArticleId && body["errors"] is null)
                    acknowledged.Add(attempt);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or System.Text.Json.JsonException)
            {
                return; // the server died under this request: not acknowledged
            }
        }
    }

    /// <summary>How many relations each stored article has (absent articles are not in the answer), 40 articles per request.</summary>
    private static async Task<Dictionary<string, int>> StoredRelationCountsAsync(ServerProcess server, IReadOnlyList<string> articleIds)
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        var client = new GraphQLClient(http);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in articleIds.Chunk(40))
        {
            var query = "{ " + string.Concat(chunk.Select((id, i) => $"a{i}: article(id: \"{id}\") {{ id relations(first: 1) {{ totalCount }} }} ")) + "}";
            var response = await client.PostAsync(query);
            for (var i = 0; i < chunk.Length; i++)
                if (response.Data?[$"a{i}"] is { } article)
                    counts[article["id"]!.GetValue<string>()] = article["relations"]!["totalCount"]!.GetValue<int>();
        }
        return counts;
    }
}

/// <summary>Start-up on a database that cannot be used stops with one clear line and exit code 1.</summary>
public sealed class StartupRefusalTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_file_that_is_not_a_database_stops_start_up_naming_it_without_a_stack_trace()
    {
        var path = _dir.File("garbage.db");
        Directory.CreateDirectory(_dir.Path);
        await File.WriteAllBytesAsync(path, Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7 + 3)).ToArray(), TestContext.Current.CancellationToken);

        await using var server = ServerProcess.Start(path);
        var exit = await server.WaitForExitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(1, exit);
        Assert.Contains($"GeoGraph cannot start: the SQLite database at '{path}' cannot be used", server.Output);
        Assert.DoesNotContain("   at ", server.Output);
    }
}
