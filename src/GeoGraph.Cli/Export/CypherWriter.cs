using GeoGraph.Core.Storage;
using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Cli.Export;

/// <summary><c>--format cypher</c>: the Neo4j store's own model as MERGE statements (<see cref="CypherExport"/>).</summary>
public sealed class CypherWriter(TextWriter output, IReadOnlyList<string> header) : IExportWriter
{
    /// <summary>The comment that opens every export (a generated file such as cypher/seed.cypher says more).</summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "GeoGraph graph as Cypher, written by `geograph export --format cypher`.",
        "Every statement MERGEs, so running the script again changes nothing. Apply cypher/schema.cypher",
        "first for its constraints and indexes (the Neo4j store does at start-up); schema statements",
        "cannot share a transaction with these. Run with `geograph cypher --file <this file>`, or paste",
        "into Neo4j Browser.",
    ];

    private readonly CypherExport _export = new(output);
    private bool _started;

    public int Statements => _export.Statements;

    public async Task WriteAsync(StoreChunk chunk)
    {
        if (!_started)
        {
            _started = true;
            await _export.WriteHeaderAsync(header);
        }
        await _export.WriteAsync(chunk);
    }

    public async Task CompleteAsync()
    {
        if (!_started) await _export.WriteHeaderAsync(header);
        await output.FlushAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
