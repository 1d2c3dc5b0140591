using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite;
using GeoGraph.Testing;
using GeoGraph.Testing.Storage;

namespace GeoGraph.Cli.Tests.Support;

/// <summary>SQLite store files for the CLI's tests, each in the test's own temp directory.</summary>
public static class Stores
{
    /// <summary>
    /// When the seed is recorded in these tests and in cypher/seed.cypher: the founding article's
    /// publication (14 Oct 2025, 10:33 IST), so generated files never depend on when they were made.
    /// </summary>
    public static readonly DateTimeOffset SeedInstant = new(2025, 10, 14, 5, 3, 0, TimeSpan.Zero);

    public static string Sqlite(string path) => "sqlite:" + path;

    /// <summary>A store file holding the seed, made by <c>geograph import --seed</c> at <see cref="SeedInstant"/>.</summary>
    public static async Task<string> SeededAsync(TempDirectory dir, string name = "seed.db")
    {
        var path = dir.File(name);
        var run = await Geograph.RunAsync(new Dictionary<string, string>(), new ManualClock(SeedInstant), "import", "--store", Sqlite(path), "--seed");
        Assert.True(run.ExitCode == 0, run.ToString());
        return path;
    }

    /// <summary>A store file holding the storage contract's graph, its two retractions done: texts, unverified citations, speakers, retractions.</summary>
    public static async Task<string> ContractGraphAsync(TempDirectory dir, string name = "contract.db")
    {
        var path = dir.File(name);
        var graph = new ContractGraph();
        await UseAsync(path, async store =>
        {
            await store.ApplyAsync(graph.Batch, TestContext.Current.CancellationToken);
            foreach (var r in graph.Retracted)
                await store.RetractRelationAsync(r.Id, "not supported by the article", "contract-editor", ContractGraph.TRetract, TestContext.Current.CancellationToken);
            return true;
        });
        return path;
    }

    /// <summary><c>geograph export</c> of a store file, to stdout or <paramref name="output"/>; it must succeed.</summary>
    public static async Task<CliRun> ExportAsync(string path, string format, string? output = null)
    {
        string[] args = ["export", "--store", Sqlite(path), "--format", format, .. output is null ? Array.Empty<string>() : ["--out", output]];
        var run = await Geograph.RunAsync(args);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }

    /// <summary>Everything the store file holds, one line per item (<see cref="StoreSnapshot"/>).</summary>
    public static Task<IReadOnlyList<string>> SnapshotAsync(string path) =>
        UseAsync(path, store => StoreSnapshot.TakeAsync(store, TestContext.Current.CancellationToken));

    public static async Task<T> UseAsync<T>(string path, Func<IGraphStore, Task<T>> use)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = path });
        return await use(store);
    }
}
