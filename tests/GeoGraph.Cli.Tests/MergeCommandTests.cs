using GeoGraph.Cli.Tests.Support;
using GeoGraph.Testing;

namespace GeoGraph.Cli.Tests;

/// <summary><c>geograph merge</c> on the seed plus a second report that recorded Donald Trump again (docs/examples/second-report.json).</summary>
public sealed class MergeCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<string> SeedAndSecondReportAsync()
    {
        var path = await Stores.SeededAsync(_dir);
        var report = Path.Combine(CypherExportTests.RepoRoot(), "docs", "examples", "second-report.json");
        var import = await Geograph.RunAsync("import", "--store", Stores.Sqlite(path), report);
        Assert.True(import.ExitCode == 0, import.ToString());
        return path;
    }

    [Fact]
    public async Task Merge_prints_what_moved_and_the_old_id_then_resolves_to_the_survivor()
    {
        var path = await SeedAndSecondReportAsync();

        var run = await Geograph.RunAsync("merge", "person:trump", "person:donald-trump", "--store", Stores.Sqlite(path));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [$"merged person:trump into person:donald-trump 'Donald Trump' in sqlite:{path}",
             "moved 3 relations: 1 re-keyed, 2 merged into a relation already there",
             "  rel:6a501860a4ea9612 -> rel:231929e2f26bc922 (merged)",
             "  rel:2d400338a6500c32 -> rel:600c899fb6d98501",
             "  rel:a60571dcc3ed9ee8 -> rel:c50051e8940b926c (merged)",
             "aliases added: President Trump",
             "external ids added: wikidata:Q22686"], run.Lines);
        Assert.Equal("", run.Error);
        var node = await Stores.UseAsync(path, s => s.GetNodesAsync(["person:trump"], TestContext.Current.CancellationToken));
        Assert.Equal("person:donald-trump", node["person:trump"].Id);
    }

    [Fact]
    public async Task A_refused_merge_exits_1_with_the_apis_code_and_changes_nothing()
    {
        var path = await SeedAndSecondReportAsync();
        var before = await Stores.SnapshotAsync(path);

        async Task Refused(string from, string into, string error)
        {
            var run = await Geograph.RunAsync("merge", from, into, "--store", Stores.Sqlite(path));
            Assert.Equal((1, ""), (run.ExitCode, run.Out));
            Assert.Equal($"geograph merge: {error}", run.ErrorLines[0]);
        }

        await Refused("person:trump", "org:eu", "VALIDATION_FAILED: into: 'org:eu' is an ORGANIZATION and 'person:trump' a PERSON: only entities of one kind are merged");
        await Refused("person:nobody", "person:donald-trump", "NOT_FOUND: no node, relation or article has id 'person:nobody'");
        await Refused("person:trump", "person:trump", "VALIDATION_FAILED: into: is 'person:trump', the entity being merged: name another entity to merge it into");
        await Refused("Trump", "person:donald-trump", "VALIDATION_FAILED: from: must be a node id: " + Core.Ids.NodeIds.FormatDescription);
        Assert.Equal(before, await Stores.SnapshotAsync(path));

        await Geograph.RunAsync("merge", "person:trump", "person:donald-trump", "--store", Stores.Sqlite(path));
        await Refused("person:trump", "person:donald-trump", "VALIDATION_FAILED: from: 'person:trump' was already merged into 'person:donald-trump'");
    }

    [Fact]
    public async Task Merge_needs_both_ids_and_an_existing_store()
    {
        var usage = await Geograph.RunAsync("merge", "person:trump");
        Assert.Equal(64, usage.ExitCode);

        var missing = await Geograph.RunAsync("merge", "person:trump", "person:donald-trump", "--store", Stores.Sqlite(_dir.File("none.db")));
        Assert.Equal(2, missing.ExitCode);
        Assert.False(File.Exists(_dir.File("none.db")));
    }

    [Fact]
    public async Task A_merged_country_stays_merged_when_the_seed_runs_again()
    {
        var path = await Stores.SeededAsync(_dir);
        var merged = await Geograph.RunAsync("merge", "country:AX", "country:FI", "--store", Stores.Sqlite(path));
        Assert.True(merged.ExitCode == 0, merged.ToString());

        var reseeded = await Geograph.RunAsync("import", "--store", Stores.Sqlite(path), "--seed");

        Assert.True(reseeded.ExitCode == 0, reseeded.ToString());
        var node = await Stores.UseAsync(path, s => s.GetNodesAsync(["country:AX"], TestContext.Current.CancellationToken));
        Assert.Equal("country:FI", node["country:AX"].Id);
    }
}
