using GeoGraph.Cli.Tests.Support;
using GeoGraph.Core.Ids;
using GeoGraph.Testing;

namespace GeoGraph.Cli.Tests;

/// <summary><c>geograph verify</c> with the founding article (skipped where ../shared/articles is absent, required in CI).</summary>
public sealed class VerifyCommandTests : IDisposable
{
    private const string Article = "article:21064a8d1731bc87";
    private const string Title = "‘Unaware of facts’: Beijing denies link between its rare earths restrictions and Pakistan’s gift to Trump";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string ArticleFile()
    {
        var path = _dir.File("article.txt");
        Directory.CreateDirectory(_dir.Path);
        // Written with CRLF line ends: verify normalises as ingestion does.
        File.WriteAllText(path, FoundingArticle.Text().Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n");
        return path;
    }

    private static Task<IReadOnlyList<string>> CitationsAsync(string db) =>
        Stores.SnapshotAsync(db).ContinueWith(t => (IReadOnlyList<string>)t.Result.Where(l => l.StartsWith("citation ", StringComparison.Ordinal)).ToArray(),
            TaskScheduler.Default);

    [Fact]
    public async Task The_founding_article_matches_all_52_seed_citations_and_storing_it_verifies_them()
    {
        var text = ArticleFile();
        var db = await Stores.SeededAsync(_dir);
        Assert.All(await CitationsAsync(db), c => Assert.Contains(" verified=False ", c, StringComparison.Ordinal));

        var run = await Geograph.RunAsync("verify", "--store", Stores.Sqlite(db), "--article-text", text);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal(
            [
                $"{Article} '{Title}': 52 citations in 43 relations; 52 match their quotes, 0 do not",
                "stored the text (1 article text added): 52 of 52 citations now verified",
            ],
            run.Lines);
        var citations = await CitationsAsync(db);
        Assert.Equal(52, citations.Count);
        Assert.All(citations, c => Assert.Contains(" verified=True ", c, StringComparison.Ordinal));

        var again = await Geograph.RunAsync("verify", "--store", Stores.Sqlite(db), "--article-text", text);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("the store already holds this text", again.Lines[^1]);
    }

    [Fact]
    public async Task A_tampered_quote_is_reported_with_its_relation_and_what_the_text_holds_there_and_exits_1()
    {
        var text = ArticleFile();
        var db = await Stores.SeededAsync(_dir);
        var bundle = _dir.File("tampered.json");
        await File.WriteAllTextAsync(bundle, $$"""
            { "format": "geograph-bundle/1", "articles": [], "entities": [], "claims": [],
              "relations": [{ "type": "CRITICIZES", "subject": "country:PK", "object": "country:IN",
                "citations": [{ "article": "{{Article}}", "quote": "Beijing admits link", "start": 20, "end": 39, "stance": "ASSERTS" }] }] }
            """, TestContext.Current.CancellationToken);
        Assert.Equal(0, (await Geograph.RunAsync("import", "--store", Stores.Sqlite(db), bundle)).ExitCode);
        var tampered = ContentIds.ForRelation(GeoGraph.Core.Vocabulary.RelationVocabulary.Default, "CRITICIZES", "country:PK", "country:IN", [], null, null);

        var run = await Geograph.RunAsync("verify", "--store", Stores.Sqlite(db), "--article-text", text);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal($"{Article} '{Title}': 53 citations in 44 relations; 52 match their quotes, 1 do not", run.Lines[0]);
        Assert.Equal(
            [$"  {tampered} [20,39): expected 'Beijing admits link', the text there is 'Beijing denies link' (the quote does not occur in the text)"],
            run.ErrorLines);
        Assert.Equal("stored the text (1 article text added): 52 of 53 citations now verified", run.Lines[1]);
        Assert.Single(await CitationsAsync(db), c => c.Contains(tampered, StringComparison.Ordinal) && c.Contains(" verified=False ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_store_only_checks()
    {
        var text = ArticleFile();
        var db = await Stores.SeededAsync(_dir);
        var before = await Stores.SnapshotAsync(db);

        var run = await Geograph.RunAsync("verify", "--store", Stores.Sqlite(db), "--article-text", text, "--no-store");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("--no-store: the text was not stored", run.Lines[^1]);
        Assert.Equal(before, await Stores.SnapshotAsync(db));
    }

    [Fact]
    public async Task A_text_no_stored_article_has_exits_1_naming_its_id()
    {
        var db = await Stores.SeededAsync(_dir);
        var other = _dir.File("other.txt");
        await File.WriteAllTextAsync(other, "Some other article.", TestContext.Current.CancellationToken);
        var id = ContentIds.ForArticle(ContentIds.Sha256Hex("Some other article."));

        var run = await Geograph.RunAsync("verify", "--store", Stores.Sqlite(db), "--article-text", other);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith($"geograph verify: sqlite:{db} holds no article with this text ({id}, SHA-256 ", run.Error);
    }

    [Fact]
    public async Task A_missing_text_file_is_a_usage_error()
    {
        var run = await Geograph.RunAsync("verify", "--store", Stores.Sqlite(_dir.File("x.db")), "--article-text", _dir.File("none.txt"));
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith($"geograph verify: cannot read {_dir.File("none.txt")}", run.Error);
    }
}
