using GeoGraph.Cli.Tests.Support;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Testing;

namespace GeoGraph.Cli.Tests;

/// <summary><c>geograph synth</c>: deterministic bundles that <c>geograph import</c> loads, quotes verified against their generated texts.</summary>
public sealed class SynthCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> SynthAsync(string name, int seed = 1)
    {
        var dir = _dir.File(name);
        var run = await Geograph.RunAsync("synth", "--scale", "1", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", dir);
        Assert.True(run.ExitCode == 0, run.ToString());
        return dir;
    }

    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    [Fact]
    public async Task The_same_scale_and_seed_write_the_same_bundles_and_another_seed_other_ones()
    {
        var a = Files(await SynthAsync("a"));
        var b = Files(await SynthAsync("b"));
        var c = Files(await SynthAsync("c", seed: 2));

        Assert.Equal(["nodes-00001.json", "relations-00002.json"], a.Keys.Order());
        Assert.All(a, f => Assert.Equal(f.Value, b[f.Key]));
        Assert.NotEqual(a["relations-00002.json"], c["relations-00002.json"]);
    }

    [Fact]
    public async Task Import_loads_every_relation_with_verified_quotes_retractions_and_disputed_claims_and_a_second_import_changes_nothing()
    {
        var bundles = await SynthAsync("s1");
        var db = _dir.File("synth.db");

        var first = await Geograph.RunAsync("import", "--store", Stores.Sqlite(db), bundles);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal("2 bundles: 2 imported, 0 unchanged, 0 refused", first.Lines[^1]);

        await Stores.UseAsync(db, async store =>
        {
            var now = DateTimeOffset.UtcNow;
            var all = await store.CountRelationsAsync(new RelationFilter(now, IncludeRetracted: true), Ct);
            var inForce = await store.CountRelationsAsync(new RelationFilter(now), Ct);
            Assert.Equal(1_000, all);
            Assert.InRange(all - inForce, 20, 80); // 5% retracted
            Assert.True(await store.CountClaimsAsync(new ClaimFilter(now, Disputed: true), Ct) > 0, "some claims are disputed");
            Assert.Equal(250, await store.CountNodesAsync(new NodeFilter(Kind: NodeKind.Country), Ct));

            // Every quote was verified on import: it stands at its offsets in its article's text.
            var page = await store.FindRelationsAsync(new RelationFilter(now, IncludeRetracted: true), PageRequest.FirstPage(500), Ct);
            var ids = page.Items.Select(i => i.Item.Id).ToList();
            var citations = (await store.GetCitationsAsync(ids, Ct)).SelectMany(g => g).ToList();
            Assert.All(ids, id => Assert.InRange(citations.Count(c => c.RelationId == id), 1, 3));
            var articles = await store.GetArticlesAsync(citations.Select(c => c.ArticleId).Distinct().ToList(), includeText: true, Ct);
            Assert.All(citations, c =>
            {
                Assert.True(c.Verified);
                Assert.True(QuoteCheck.MatchesAt(articles[c.ArticleId].Text!, c.Quote, c.Start, c.End), c.Quote);
            });

            // Heavy-tailed: a great power takes part in many times the relations of the average node.
            var us = await store.CountRelationsAsync(new RelationFilter(now, InvolvesId: "country:US", IncludeRetracted: true), Ct);
            var nodes = await store.CountNodesAsync(new NodeFilter(), Ct) + await store.CountClaimsAsync(new ClaimFilter(now), Ct);
            Assert.True(us > 10 * (2.0 * all / nodes), $"country:US takes part in {us} relations; the mean is {2.0 * all / nodes:F1}");
            return true;
        });

        var before = await Stores.SnapshotAsync(db);
        var second = await Geograph.RunAsync("import", "--store", Stores.Sqlite(db), bundles);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal("2 bundles: 0 imported, 2 unchanged, 0 refused", second.Lines[^1]);
        Assert.Equal(before, await Stores.SnapshotAsync(db));
    }

    [Fact]
    public async Task A_bundle_cannot_retract_a_relation_stored_in_force()
    {
        var bundles = await SynthAsync("s1");
        var db = _dir.File("synth.db");
        Assert.Equal(0, (await Geograph.RunAsync("import", "--store", Stores.Sqlite(db), bundles)).ExitCode);
        var file = Path.Combine(bundles, "relations-00002.json");
        var bundle = BundleJson.Read(await File.ReadAllTextAsync(file, Ct));
        var inForce = bundle.Relations.First(r => r.Retracted is null);
        inForce.Retracted = new BundleRetraction { Reason = "changed my mind" };
        var retracting = _dir.File("retracting.json");
        await File.WriteAllTextAsync(retracting, BundleJson.Write(new Bundle { Articles = bundle.Articles, Relations = [inForce] }), Ct);
        var before = await Stores.SnapshotAsync(db);

        var run = await Geograph.RunAsync("import", "--store", Stores.Sqlite(db), retracting);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("relations[0].retracted: ", run.Error);
        Assert.Contains("is stored and in force", run.Error);
        Assert.Equal(before, await Stores.SnapshotAsync(db));
    }

    [Fact]
    public async Task Synth_refuses_a_directory_that_already_holds_bundles()
    {
        var dir = await SynthAsync("s1");
        var run = await Geograph.RunAsync("synth", "--scale", "1", "--out", dir);
        Assert.Equal(64, run.ExitCode);
        Assert.Contains("already holds *.json files", run.Error);
    }
}
