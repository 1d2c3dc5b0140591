using System.Diagnostics;
using GeoGraph.Cli.Commands;
using GeoGraph.Cli.Tests.Support;
using GeoGraph.Core.Model;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Testing;
using GeoGraph.Testing.Bolt;

namespace GeoGraph.Cli.Tests;

/// <summary><c>geograph export --format cypher</c>: literals, the Neo4j store's model, and scripts that run and lint.</summary>
public sealed class CypherExportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Strings_escape_backslash_quote_line_breaks_and_controls_and_keep_other_unicode()
    {
        Assert.Equal(@"'a\\b\'c""d\ne\r\tf\u0001g’h😀\u2028'", CypherExport.String("a\\b'c\"d\ne\r\tf\u0001g’h😀\u2028"));
    }

    [Fact]
    public void Literals_are_typed_as_the_store_binds_them()
    {
        Assert.Equal("1.0", CypherExport.Literal(1.0));
        Assert.Equal("0.85", CypherExport.Literal(0.85));
        Assert.Equal("1E-07", CypherExport.Literal(1e-7));
        Assert.Equal("6010", CypherExport.Literal(6010L));
        Assert.Equal("[true, false]", CypherExport.Literal(new[] { true, false }));
        Assert.Equal("date('2025-10-06')", CypherExport.Literal(new DateOnly(2025, 10, 6)));
        Assert.Equal("datetime('2025-10-14T10:33:00+05:30')", CypherExport.Literal(new DateTimeOffset(2025, 10, 14, 10, 33, 0, TimeSpan.FromHours(5.5))));
        Assert.Equal("datetime('2025-10-14T05:03:00.1234567+00:00')", CypherExport.Literal(new DateTimeOffset(2025, 10, 14, 5, 3, 0, TimeSpan.Zero).AddTicks(1_234_567)));
        Assert.Throws<ArgumentException>(() => CypherExport.Literal(double.NaN));
    }

    [Fact]
    public async Task A_seed_relation_is_one_MERGE_between_its_nodes_with_the_store_properties_citation_lists_and_q_properties()
    {
        var seed = await Stores.SeededAsync(_dir);
        var run = await Stores.ExportAsync(seed, "cypher");
        var statements = CypherScript.Split(run.Out);
        Assert.Equal(1 + 267 + 43 + 1, statements.Count);
        Assert.Contains(
            """
            MATCH (s:Node {id: 'person:donald-trump'})
            MATCH (o:Node {id: 'country:CN'})
            MERGE (s)-[r:THREATENS_TARIFF {id: 'rel:231929e2f26bc922'}]->(o)
            SET r.qualifiers = '[{"key":"goods","value":"Chinese goods"},{"key":"rate","value":"100","number":100,"unit":"percent"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_goods = 'Chinese goods', r.q_rate = '100', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['threatened to impose 100 per cent tariffs on Chinese goods'], r.citationStarts = [1246], r.citationEnds = [1304], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' threatened to impose 100 per cent tariffs on chinese goods '], r.citationQualifiers = ['[{"key":"goods","value":"Chinese goods"}]']
            """,
            statements);
        Assert.Contains(
            """
            MERGE (n:Node {id: 'country:CN'})
            SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'China', n.aliases = ['CHN', 'Beijing'], n.aliasText = '\u0001chn\u0001beijing\u0001', n.searchKey = 'china', n.description = 'ISO 3166-1 CN / CHN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00'), n.externalIds = ['iso3166-alpha2:CN', 'iso3166-alpha3:CHN'], n.externalIdText = '\u0001iso3166-alpha2:CN\u0001iso3166-alpha3:CHN\u0001'
            """,
            statements);
        Assert.Contains(statements, s => s.StartsWith("MERGE (n:Node {id: 'claim:pk-gift-was-gem-ores'})\nSET n:Claim, n.kind = 'CLAIM'", StringComparison.Ordinal));
        var mentions = Assert.Single(statements, s => s.Contains(":MENTIONS]", StringComparison.Ordinal));
        Assert.StartsWith("MATCH (a:Article {id: 'article:21064a8d1731bc87'})\nUNWIND ['claim:cn-export-controls-legitimate-and-protect-peace', ", mentions);
    }

    [Fact]
    public async Task The_script_runs_with_cypher_file_every_statement_in_one_transaction()
    {
        var contract = await Stores.ContractGraphAsync(_dir);
        var script = _dir.File("contract.cypher");
        await Stores.ExportAsync(contract, "cypher", script);

        await using var server = FakeBoltServer.Start();
        var received = new List<string>();
        server.OnConnection(s => s.Login().Serve((query, _) =>
        {
            received.Add(query);
            return ([], []);
        }));
        var run = await Geograph.RunAsync("cypher", "--uri", server.Uri(), "--file", script);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal(CypherScript.Split(await File.ReadAllTextAsync(script, TestContext.Current.CancellationToken)), received);
        Assert.Equal(1, server.Received.Count(m => m.Name == "BEGIN"));
        Assert.Equal(1, server.Received.Count(m => m.Name == "COMMIT"));
        await server.VerifyAsync();
    }

    [Fact]
    public async Task The_export_of_a_graph_with_texts_speakers_validity_and_retractions_passes_cypher_lint()
    {
        var root = RepoRoot();
        if (!Directory.Exists(Path.Combine(root, "tools", "cypher-lint", "node_modules", "@neo4j-cypher")))
            Assert.Skip("cypher-lint is not installed: npm ci --prefix tools/cypher-lint (CI does, before dotnet test)");
        var contract = await Stores.ContractGraphAsync(_dir);
        var export = await Stores.ExportAsync(contract, "cypher");
        Assert.Contains("r.retractedAt = datetime(", export.Out);
        Assert.Contains("a.text = '", export.Out);

        var lint = Process.Start(new ProcessStartInfo("node", [Path.Combine(root, "tools", "cypher-lint", "lint.mjs"), "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await lint.StandardInput.WriteAsync(export.Out);
        lint.StandardInput.Close();
        var output = await lint.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await lint.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(lint.ExitCode == 0, output + await lint.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        Assert.EndsWith(" 0 errors, 0 warnings\n", output);
    }

    [Fact]
    public void A_relation_type_outside_UPPER_SNAKE_is_never_written_into_a_statement()
    {
        var relation = new Relation("rel:0000000000000000", "X]->() DETACH DELETE (n", "person:a", "person:b", [], null, null, 1, DateTimeOffset.UnixEpoch, "t");
        Assert.Throws<ArgumentException>(() => CypherExport.Relation(relation, []));
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GeoGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("GeoGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
