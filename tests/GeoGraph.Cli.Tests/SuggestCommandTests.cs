using GeoGraph.Cli.Tests.Support;
using GeoGraph.Core.Bundles;
using GeoGraph.Testing;

namespace GeoGraph.Cli.Tests;

/// <summary><c>geograph suggest</c>: a draft bundle on stdout, candidates on stderr, the store only read.</summary>
public sealed class SuggestCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Suggest_prints_a_draft_of_the_founding_article_that_import_accepts_alone_and_leaves_the_store_as_it_was()
    {
        var db = await Stores.SeededAsync(_dir);
        var article = _dir.File("article.txt");
        File.WriteAllText(article, FoundingArticle.Text().Replace("\n", "\r\n", StringComparison.Ordinal));
        var before = await Stores.SnapshotAsync(db);

        var run = await Geograph.RunAsync("suggest", article, "--store", Stores.Sqlite(db), "--published-at", "2025-10-14T10:33:00+05:30");

        Assert.Equal(0, run.ExitCode);
        var draft = BundleJson.Read(run.Out);
        Assert.Equal("article:21064a8d1731bc87", Assert.Single(draft.Articles).Id);
        Assert.Equal(new DateTimeOffset(2025, 10, 14, 10, 33, 0, TimeSpan.FromHours(5.5)), draft.Articles[0].PublishedAt);
        Assert.Contains(draft.Relations, r => (r.Type, r.Subject, r.Object) == ("THREATENS_TARIFF", "person:donald-trump", "country:CN"));
        Assert.Contains(draft.Entities, e => e.Id == "person:lin-jian");
        Assert.StartsWith("article:21064a8d1731bc87: 17 entities (0 proposed)", run.Error);
        Assert.Contains("person:donald-trump THREATENS_TARIFF country:CN  0.85 THREATENS_TARIFF/threaten-rate-tariffs", run.Error);
        Assert.Equal(before, await Stores.SnapshotAsync(db));

        var bundle = _dir.File("draft.json");
        File.WriteAllText(bundle, run.Out);
        // Into a new store: the draft declares every entity it uses, known ones included, so it stands alone.
        var imported = await Geograph.RunAsync("import", "--store", Stores.Sqlite(_dir.File("fresh.db")), bundle);
        Assert.True(imported.ExitCode == 0, imported.ToString());
    }

    [Fact]
    public async Task A_bad_date_is_a_usage_error()
    {
        var article = _dir.File("a.txt");
        Directory.CreateDirectory(_dir.Path);
        File.WriteAllText(article, "Brazil sent its first shipment of soybeans to Egypt.");

        var run = await Geograph.RunAsync("suggest", article, "--published-at", "last week");

        Assert.Equal(64, run.ExitCode);
        Assert.Contains("--published-at 'last week'", run.Error);
    }
}
