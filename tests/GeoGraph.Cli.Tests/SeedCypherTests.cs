using GeoGraph.Cli.Commands;
using GeoGraph.Cli.Export;
using GeoGraph.Cli.Tests.Support;
using GeoGraph.Testing;

namespace GeoGraph.Cli.Tests;

/// <summary>
/// cypher/seed.cypher is the seed as the Cypher exporter writes it: <c>geograph import --seed</c>
/// into an empty store at <see cref="Stores.SeedInstant"/>, then <c>geograph export --format
/// cypher</c>, under a header of its own. This test regenerates it and fails when the committed
/// file differs.
/// </summary>
public sealed class SeedCypherTests : IDisposable
{
    public const string UpdateVariable = "GEOGRAPH_UPDATE_SEED_CYPHER";

    public static readonly IReadOnlyList<string> Header =
    [
        "GeoGraph's seed as Cypher: every ISO 3166-1 country, then the founding article's bundle",
        "(src/GeoGraph.Core/Seed/seed-bundle.json), as the API seeds an empty store, written by",
        "`geograph export --format cypher` in the Neo4j store's own model.",
        "",
        "Generated: do not edit. tests/GeoGraph.Cli.Tests/SeedCypherTests.cs regenerates it and fails",
        $"when this file differs; to update it: {UpdateVariable}=1 dotnet test --project tests/GeoGraph.Cli.Tests",
        "Every recordedAt is 2025-10-14T05:03:00Z (the founding article's publication, 10:33 IST), so the",
        "file does not depend on the day it is made.",
        "",
        "Every statement MERGEs, so running it again changes nothing. Apply cypher/schema.cypher first.",
        "Run: geograph cypher --file cypher/seed.cypher (or paste into Neo4j Browser).",
    ];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string CommittedPath => Path.Combine(CypherExportTests.RepoRoot(), "cypher", "seed.cypher");

    [Fact]
    public async Task Committed_seed_cypher_is_what_the_exporter_writes_for_the_seed()
    {
        var seed = await Stores.SeededAsync(_dir);
        var export = await Stores.ExportAsync(seed, "cypher");

        // The export with its generic header swapped for the seed's.
        var generic = string.Concat(CypherWriter.Header.Select(l => ("// " + l).TrimEnd() + "\n")) + "\n";
        Assert.StartsWith(generic, export.Out);
        var generated = string.Concat(Header.Select(l => ("// " + l).TrimEnd() + "\n")) + "\n" + export.Out[generic.Length..];

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            await File.WriteAllTextAsync(CommittedPath, generated, TestContext.Current.CancellationToken);
        var committed = File.Exists(CommittedPath) ? (await File.ReadAllTextAsync(CommittedPath, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n") : "";
        Assert.True(committed == generated,
            $"cypher/seed.cypher differs from the exporter's output for the seed. If the change is on purpose, run {UpdateVariable}=1 dotnet test --project tests/GeoGraph.Cli.Tests and commit the file.");
    }

    [Fact]
    public void Committed_seed_cypher_holds_the_seed_in_statements_cypher_file_runs()
    {
        var statements = CypherScript.Split(File.ReadAllText(CommittedPath));
        Assert.Equal(250 + 17, statements.Count(s => s.StartsWith("MERGE (n:Node", StringComparison.Ordinal)));
        Assert.Equal(43, statements.Count(s => s.Contains("MERGE (s)-[r:", StringComparison.Ordinal)));
        Assert.Single(statements, s => s.Contains("MERGE (a:Article", StringComparison.Ordinal));
        Assert.Single(statements, s => s.Contains("-[:MENTIONS]->", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Contains('$', StringComparison.Ordinal));
    }
}
