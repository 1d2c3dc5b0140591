using GeoGraph.Cli.Tests.Support;
using GeoGraph.Core.Seed;
using GeoGraph.Testing;
using GeoGraph.Testing.Bolt;

namespace GeoGraph.Cli.Tests;

/// <summary><c>geograph import</c> on the embedded store in a temp directory.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Article = "article:21064a8d1731bc87";

    /// <summary>A bundle adding one person and one relation cited from the seed's article (which it does not repeat).</summary>
    private static string Bundle(string slug, string quote = "Chinese Foreign Ministry spokesperson Lin Jian", int start = 493) => $$"""
        {
          "format": "geograph-bundle/1",
          "articles": [],
          "entities": [{ "id": "person:{{slug}}", "kind": "PERSON", "name": "{{slug}}" }],
          "claims": [],
          "relations": [{
            "type": "HOLDS_ROLE", "subject": "person:{{slug}}", "object": "org:cn-foreign-ministry",
            "citations": [{ "article": "{{Article}}", "quote": "{{quote}}", "start": {{start}}, "end": {{start + quote.Length}}, "stance": "ASSERTS" }]
          }]
        }
        """;

    private string Write(string name, string json)
    {
        var path = _dir.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public async Task Seed_then_a_bundle_each_report_what_they_created()
    {
        var db = Stores.Sqlite(_dir.File("geo.db"));
        var seeded = await Geograph.RunAsync("import", "--store", db, "--seed");
        Assert.Equal(["seed: 250 countries created; bundle: 1 article, 17 nodes, 43 relations, 52 citations created"], seeded.Lines);

        var bundle = Write("one.json", Bundle("zhao-lijian"));
        var run = await Geograph.RunAsync("import", "--store", db, bundle);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"imported {bundle}: 1 node, 1 relation, 1 citation created", "1 bundle: 1 imported, 0 unchanged, 0 refused"], run.Lines);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Importing_the_seed_and_a_bundle_again_changes_nothing()
    {
        var db = Stores.Sqlite(await Stores.SeededAsync(_dir));
        var bundle = Write("one.json", Bundle("zhao-lijian"));
        await Geograph.RunAsync("import", "--store", db, bundle);
        var before = await Stores.SnapshotAsync(db["sqlite:".Length..]);

        var run = await Geograph.RunAsync("import", "--store", db, "--seed", bundle);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["seed: 0 countries created; bundle: nothing changed", $"unchanged {bundle}: nothing changed", "1 bundle: 0 imported, 1 unchanged, 0 refused"],
            run.Lines);
        Assert.Equal(before, await Stores.SnapshotAsync(db["sqlite:".Length..]));
    }

    [Fact]
    public async Task A_directory_is_its_json_files_in_name_order_and_a_refused_bundle_is_reported_with_field_paths_while_the_others_import()
    {
        var db = Stores.Sqlite(await Stores.SeededAsync(_dir));
        var first = Write("bundles/a.json", Bundle("person-a"));
        var bad = Write("bundles/b.json", Bundle("person-b", quote: "a quote the article does not hold", start: 7000));
        var third = Write("bundles/c.json", Bundle("person-c"));
        Write("bundles/notes.txt", "not a bundle");

        var run = await Geograph.RunAsync("import", "--store", db, _dir.File("bundles"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(
            [
                $"imported {first}: 1 node, 1 relation, 1 citation created",
                $"refused {bad}: VALIDATION_FAILED, 1 failing field",
                $"imported {third}: 1 node, 1 relation, 1 citation created",
                "3 bundles: 2 imported, 0 unchanged, 1 refused",
            ],
            run.Lines);
        Assert.Equal(["  relations[0].citations[0].end: is beyond the article text (6010 UTF-16 code units)"], run.ErrorLines);
        var nodes = await Stores.UseAsync(db["sqlite:".Length..], s => s.GetNodesAsync(["person:person-a", "person:person-b", "person:person-c"], TestContext.Current.CancellationToken));
        Assert.Equal(["person:person-a", "person:person-c"], nodes.Keys.Order());
    }

    [Fact]
    public async Task Malformed_json_is_refused_with_the_path_where_it_breaks()
    {
        var db = Stores.Sqlite(await Stores.SeededAsync(_dir));
        var bad = Write("bad.json", """{ "format": "geograph-bundle/1", "articles": [ { "title": 7 } ] }""");

        var run = await Geograph.RunAsync("import", "--store", db, bad);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal($"refused {bad}: VALIDATION_FAILED, 1 failing field", run.Lines[0]);
        Assert.StartsWith("  articles[0].title: malformed bundle JSON", run.Error);
    }

    [Fact]
    public async Task The_seed_bundle_alone_is_refused_on_a_fresh_store_for_the_countries_it_names_and_imports_after_the_countries()
    {
        var db = Stores.Sqlite(_dir.File("geo.db"));
        var seedFile = Write("seed-bundle.json", Core.Bundles.BundleJson.Write(SeedData.LoadBundle()));

        var refused = await Geograph.RunAsync("import", "--store", db, seedFile);
        Assert.Equal(ExitCodes.Failure, refused.ExitCode);
        Assert.Contains(": unknown id 'country:CN': declare it in 'entities' or 'claims', or create it first", refused.Error);

        var seeded = await Geograph.RunAsync("import", "--store", db, "--seed", seedFile);
        Assert.Equal(0, seeded.ExitCode);
        Assert.Equal($"unchanged {seedFile}: nothing changed", seeded.Lines[1]);
    }

    [Theory]
    [InlineData("no-such-file.json")]
    public async Task A_path_that_does_not_exist_is_a_usage_error(string path)
    {
        var run = await Geograph.RunAsync("import", "--store", Stores.Sqlite(_dir.File("geo.db")), _dir.File(path));
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal($"geograph import: {_dir.File(path)}: no such file or directory\n", run.Error);
        Assert.False(File.Exists(_dir.File("geo.db")));
    }

    [Theory]
    [InlineData("postgres://localhost/geo", "'postgres://localhost/geo' names no store")]
    [InlineData("sqlite:", "sqlite: needs a file path")]
    [InlineData("sqlite://x.db", "write sqlite:<path>")]
    [InlineData("neo4j://user:pw@host:7687", "give credentials with Neo4j__User and Neo4j__Password")]
    public async Task A_bad_store_exits_64_naming_the_accepted_forms(string store, string message)
    {
        var run = await Geograph.RunAsync("import", "--store", store, "--seed");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith($"geograph import: --store: ", run.Error);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public async Task A_bad_configured_provider_exits_64()
    {
        var run = await Geograph.RunAsync(new Dictionary<string, string> { ["Storage__Provider"] = "Postgres" }, null, "import", "--seed");
        Assert.Equal((ExitCodes.Usage, "geograph import: Storage:Provider must be Sqlite or Neo4j (got 'Postgres')\n"), (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task A_deployment_vocabulary_that_breaks_a_rule_exits_64_with_one_line()
    {
        Directory.CreateDirectory(_dir.Path);
        var types = _dir.File("types.json");
        File.WriteAllText(types, """{ "types": [ { "type": "THREATENS_TARIFF", "subjectKinds": ["COUNTRY"], "objectKinds": ["COUNTRY"], "phrase": "x", "cameo": null, "description": "x", "plover": null } ] }""");

        var run = await Geograph.RunAsync(new Dictionary<string, string> { ["Vocabulary__Path"] = types }, null, "import", "--store", Stores.Sqlite(_dir.File("geo.db")), "--seed");

        Assert.Equal((ExitCodes.Usage, $"geograph import: Vocabulary:Path '{types}': type THREATENS_TARIFF is already built in; choose another name\n"), (run.ExitCode, run.Error));
        Assert.False(File.Exists(_dir.File("geo.db")));
    }

    [Fact]
    public async Task The_configured_store_is_used_without_store()
    {
        var path = _dir.File("configured.db");
        var run = await Geograph.RunAsync(new Dictionary<string, string> { ["Storage__Sqlite__Path"] = path }, null, "import", "--seed");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task An_unreachable_Neo4j_exits_2_with_the_store_message()
    {
        await using var closed = FakeBoltServer.Start();
        var uri = closed.Uri();
        await closed.DisposeAsync();
        var environment = new Dictionary<string, string> { ["Neo4j__ConnectTimeout"] = "00:00:01", ["Neo4j__OperationTimeout"] = "00:00:02" };

        var run = await Geograph.RunAsync(environment, null, "import", "--store", uri, "--seed");

        Assert.Equal(ExitCodes.ConnectionFailure, run.ExitCode);
        Assert.StartsWith($"geograph import: Neo4j at {uri} ", run.Error);
    }
}
