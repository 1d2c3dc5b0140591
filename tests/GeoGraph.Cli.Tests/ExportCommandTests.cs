using System.Text.RegularExpressions;
using System.Xml.Linq;
using GeoGraph.Cli.Export;
using GeoGraph.Cli.Tests.Support;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Testing;

namespace GeoGraph.Cli.Tests;

/// <summary><c>geograph export</c> of the seed and of the storage contract's graph, each format read back.</summary>
public sealed partial class ExportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A bundle does not carry when or by whom things were recorded; import records its own.</summary>
    private static IEnumerable<string> WithoutRecording(IEnumerable<string> snapshot) =>
        snapshot.Select(line => Recording().Replace(line, ""));

    [GeneratedRegex(@" recorded=\S+( by=\S+)?")]
    private static partial Regex Recording();

    [Fact]
    public async Task Json_export_of_the_seed_imports_into_an_empty_store_as_the_same_graph()
    {
        var seed = await Stores.SeededAsync(_dir);
        var json = _dir.File("seed.json");

        var export = await Stores.ExportAsync(seed, "json", json);
        Assert.Matches(@"^exported 267 nodes, 1 article, 43 relations and 52 citations from sqlite:\S+ as json \(1 bundle\) in \d+\.\d\d s$", export.Lines.Single());
        Assert.Equal("", export.Error);

        var copy = _dir.File("copy.db");
        var import = await Geograph.RunAsync("import", "--store", Stores.Sqlite(copy), json);
        Assert.Equal(0, import.ExitCode);
        Assert.Equal($"imported {json}: 1 article, 267 nodes, 43 relations, 52 citations created", import.Lines[0]);

        Assert.Equal(WithoutRecording(await Stores.SnapshotAsync(seed)), WithoutRecording(await Stores.SnapshotAsync(copy)));
    }

    [Fact]
    public async Task Json_export_leaves_retracted_relations_out_says_how_many_on_stderr_and_keeps_article_texts()
    {
        var contract = await Stores.ContractGraphAsync(_dir);

        var run = await Stores.ExportAsync(contract, "json");
        var bundle = BundleJson.Read(run.Out);
        var graph = new Testing.Storage.ContractGraph();
        Assert.Equal(graph.Relations.Count - graph.Retracted.Count, bundle.Relations.Count);
        Assert.DoesNotContain(bundle.Relations, r => graph.Retracted.Any(x => x.Type == r.Type && x.SubjectId == r.Subject && x.ObjectId == r.Object));
        Assert.Equal(graph.Articles.Count(a => a.Text is not null), bundle.Articles.Count(a => a.Text is not null));
        Assert.Equal(
            [$"exported {graph.Nodes.Count} nodes, {graph.Articles.Count} articles, {graph.Relations.Count} relations and {graph.Citations.Count} citations",
             "left out 2 retracted relations: a bundle cannot express a retraction (cypher, graphml, csv and migrate keep them)"],
            run.ErrorLines.Select(l => l.Split(" from ")[0]));
    }

    [Fact]
    public async Task GraphML_of_the_seed_parses_with_a_node_per_node_and_article_and_an_edge_per_relation_and_mention()
    {
        var seed = await Stores.SeededAsync(_dir);
        var file = _dir.File("seed.graphml");

        await Stores.ExportAsync(seed, "graphml", file);

        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var graph = XDocument.Load(file).Root!.Element(ns + "graph")!;
        Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
        var nodes = graph.Elements(ns + "node").ToArray();
        var edges = graph.Elements(ns + "edge").ToArray();
        Assert.Equal(267 + 1, nodes.Length);
        string? Data(XElement e, string key) => e.Elements(ns + "data").SingleOrDefault(d => d.Attribute("key")!.Value == key)?.Value;
        var relations = edges.Where(e => Data(e, "kind") != "MENTIONS").ToArray();
        var mentions = edges.Where(e => Data(e, "kind") == "MENTIONS").ToArray();
        Assert.Equal(43, relations.Length);
        // The article mentions every node the seed's relations connect.
        var connected = relations.SelectMany(e => new[] { e.Attribute("source")!.Value, e.Attribute("target")!.Value }).Distinct().Count();
        Assert.Equal(connected, mentions.Length);
        Assert.Equal(52, relations.Sum(e => int.Parse(Data(e, "citationCount")!, System.Globalization.CultureInfo.InvariantCulture)));
        var ids = nodes.Select(n => n.Attribute("id")!.Value).ToHashSet();
        Assert.All(edges, e => Assert.Subset(ids, new HashSet<string> { e.Attribute("source")!.Value, e.Attribute("target")!.Value }));
        var keys = XDocument.Load(file).Root!.Elements(ns + "key").Select(k => k.Attribute("id")!.Value).ToHashSet();
        Assert.All(nodes.Concat(edges).SelectMany(e => e.Elements(ns + "data")), d => Assert.Contains(d.Attribute("key")!.Value, keys));

        var tariff = relations.Single(e => Data(e, "label") == "THREATENS_TARIFF");
        Assert.Equal(("person:donald-trump", "country:CN", "1"), (tariff.Attribute("source")!.Value, tariff.Attribute("target")!.Value, Data(tariff, "confidence")));
        Assert.Contains("\"quote\":\"threatened to impose 100 per cent tariffs on Chinese goods\"", Data(tariff, "citations"));
    }

    [Fact]
    public async Task GraphML_keeps_retracted_relations_with_their_retraction()
    {
        var contract = await Stores.ContractGraphAsync(_dir);
        var run = await Stores.ExportAsync(contract, "graphml");
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var retracted = XDocument.Parse(run.Out).Descendants(ns + "data").Where(d => d.Attribute("key")!.Value == "retractedAt").ToArray();
        Assert.Equal(2, retracted.Length);
        Assert.All(retracted, d => Assert.Equal("2025-10-20T12:00:00+00:00", d.Value));
    }

    [Fact]
    public async Task Csv_of_the_seed_is_a_file_per_sort_with_a_row_each_in_RFC_4180()
    {
        var seed = await Stores.SeededAsync(_dir);
        var dir = _dir.File("csv");

        await Stores.ExportAsync(seed, "csv", dir);

        var tables = CsvExport.FileNames.ToDictionary(f => f, f => Csv.Parse(File.ReadAllText(Path.Combine(dir, f))));
        Assert.Equal(267, tables["nodes.csv"].Count - 1);
        Assert.Equal(1, tables["articles.csv"].Count - 1);
        Assert.Equal(43, tables["relations.csv"].Count - 1);
        Assert.Equal(52, tables["citations.csv"].Count - 1);
        Assert.All(tables.Values, t => Assert.All(t, row => Assert.Equal(t[0].Length, row.Length)));
        var relations = tables["relations.csv"];
        var count = Array.IndexOf(relations[0], "citationCount");
        Assert.Equal(52, relations.Skip(1).Sum(r => int.Parse(r[count], System.Globalization.CultureInfo.InvariantCulture)));
        // Quotes with commas and curly quotes survive the quoting.
        var seedQuotes = (await Stores.UseAsync(seed, s => s.GetCitationsAsync(
            relations.Skip(1).Select(r => r[0]).ToArray(), TestContext.Current.CancellationToken))).SelectMany(g => g).Select(c => c.Quote).Order();
        var quote = Array.IndexOf(tables["citations.csv"][0], "quote");
        Assert.Equal(seedQuotes, tables["citations.csv"].Skip(1).Select(r => r[quote]).Order());
        Assert.Contains(tables["citations.csv"], r => r[quote].Contains(',', StringComparison.Ordinal));
        Assert.Contains("\r\n", File.ReadAllText(Path.Combine(dir, "nodes.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_fields_with_commas_quotes_or_line_breaks_are_quoted_with_quotes_doubled()
    {
        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\"cr\rhere\"", CsvExport.Row(["plain", "a,b", "say \"hi\"", "two\nlines", null, "cr\rhere"]));
        Assert.Equal([["plain", "a,b", "say \"hi\"", "two\nlines", "", "cr\rhere"]], Csv.Parse(CsvExport.Row(["plain", "a,b", "say \"hi\"", "two\nlines", null, "cr\rhere"]) + "\r\n"));
    }

    [Fact]
    public async Task Csv_needs_a_directory_and_exits_64_without_one()
    {
        var run = await Geograph.RunAsync("export", "--store", Stores.Sqlite(_dir.File("x.db")), "--format", "csv");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("geograph export: --format csv writes several files: give --out <dir>.", run.Error);
    }

    [Fact]
    public async Task Output_goes_into_new_directories_and_an_output_that_cannot_be_written_exits_1()
    {
        var seed = await Stores.SeededAsync(_dir);
        await Stores.ExportAsync(seed, "json", _dir.File("new/dir/seed.json"));
        Assert.True(File.Exists(_dir.File("new/dir/seed.json")));

        await File.WriteAllTextAsync(_dir.File("a-file"), "", TestContext.Current.CancellationToken);
        var run = await Geograph.RunAsync("export", "--store", Stores.Sqlite(seed), "--format", "cypher", "--out", _dir.File("a-file/seed.cypher"));
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("geograph export: ", run.Error);
    }

    [Fact]
    public async Task An_interrupted_export_exits_130()
    {
        var seed = await Stores.SeededAsync(_dir);
        var run = await Geograph.RunAsync(new Dictionary<string, string>(), null, new CancellationToken(canceled: true),
            "export", "--store", Stores.Sqlite(seed), "--format", "json");
        Assert.Equal((ExitCodes.Interrupted, "geograph export: interrupted\n"), (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task An_unknown_format_exits_64()
    {
        var run = await Geograph.RunAsync("export", "--format", "xlsx");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("xlsx", run.Error);
    }

    [Fact]
    public async Task Exporting_a_store_file_that_does_not_exist_exits_2_and_creates_nothing()
    {
        var missing = _dir.File("missing.db");
        var run = await Geograph.RunAsync("export", "--store", Stores.Sqlite(missing), "--format", "cypher");
        Assert.Equal((ExitCodes.ConnectionFailure, $"geograph export: no SQLite store at {missing}\n"), (run.ExitCode, run.Error));
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void A_store_larger_than_one_bundle_becomes_bundles_in_an_order_import_can_follow()
    {
        var now = DateTimeOffset.UnixEpoch;
        var articles = Enumerable.Range(0, 150).Select(i => new Article($"article:{i:x16}", $"t{i}", null, null, null, null, new string('0', 64), 10, null, now)).ToArray();
        var people = Enumerable.Range(0, 5_001).Select(i => new Node($"person:p{i}", NodeKind.Person, $"P {i}", [], null, now)).ToArray();
        var relation = new Relation("rel:0000000000000000", "HOLDS_ROLE", "person:p0", "country:CN", [], null, null, 1, now, "test");
        var citations = Enumerable.Range(0, 60).Select(i => new Citation(relation.Id, articles[0].Id, "q", i, i + 1, null, CitationStance.Asserts, false)).ToArray();
        var export = new BundleExport();
        export.Add(new StoreChunk(articles, [], [], []));
        export.Add(new StoreChunk([], people, [], []));
        export.Add(new StoreChunk([], [], [relation], citations));

        Assert.Equal([100, 50, 0], export.Bundles.Select(b => b.Articles.Count));
        Assert.Equal([0, 5_000, 1], export.Bundles.Select(b => b.Entities.Count));
        var last = export.Bundles[^1];
        Assert.Equal([50, 10], last.Relations.Select(r => r.Citations!.Count));
    }
}
