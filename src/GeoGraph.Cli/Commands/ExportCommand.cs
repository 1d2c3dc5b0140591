using System.CommandLine;
using System.Diagnostics;
using System.Text;
using GeoGraph.Cli.Export;
using GeoGraph.Core.Storage;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph export [--store …] --format json|cypher|graphml|csv [--out file|dir]</c>: everything
/// the store holds, read through the port in pages (<see cref="StoreDump"/>), written in one format.
/// Data goes to <c>--out</c> or stdout; the summary goes to stderr when the data is on stdout.
/// </summary>
public static class ExportCommand
{
    public static readonly string[] Formats = ["json", "cypher", "graphml", "csv"];

    public static Command Create(CliContext context)
    {
        var store = CliConfiguration.StoreOption("--store", "the store to export (default: the configured one)");
        var format = new Option<string>("--format")
        {
            Description = "json: bundles (geograph-bundle/1) that import takes back, retracted relations left out; "
                          + "cypher: MERGE statements of the Neo4j model; graphml: for Gephi and yEd; csv: nodes, articles, relations and citations files",
            DefaultValueFactory = _ => "json",
        }.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out")
        {
            Description = "where to write: a file, or a directory (csv always; json when the store needs several bundles); default stdout",
            HelpName = "file|dir",
        };
        var command = new Command("export", "Export everything a store holds: json, cypher, graphml or csv.") { store, format, output };
        command.Validators.Add(result =>
        {
            if (result.GetValue(format) == "csv" && result.GetValue(output) is null)
                result.AddError("--format csv writes several files: give --out <dir>.");
        });
        command.SetAction((parsed, ct) => CliApp.GuardAsync(context, "export", () =>
            RunAsync(context, parsed.GetValue(store), parsed.GetValue(format)!, parsed.GetValue(output), ct)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, Storage.StoreLocation? location, string format, string? outPath, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var source = await CliStore.OpenAsync(context, location, mustExist: true, ct).ConfigureAwait(false);

        StreamWriter? file = null;
        if (outPath is not null && format is "cypher" or "graphml")
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            file = new StreamWriter(outPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        await using (file)
        {
            var text = (TextWriter?)file ?? context.Out;
            await using IExportWriter writer = format switch
            {
                "json" => new BundleWriter(context.Out, outPath, source.Vocabulary),
                "cypher" => new CypherWriter(text, CypherWriter.Header),
                "graphml" => new GraphMlExport(text),
                _ => new CsvExport(outPath!),
            };
            var census = new StoreCensus();
            await foreach (var chunk in StoreDump.ReadAsync(source.Store, ct).ConfigureAwait(false))
            {
                census.Add(chunk);
                await writer.WriteAsync(chunk).ConfigureAwait(false);
            }
            await writer.CompleteAsync().ConfigureAwait(false);

            var summary = outPath is null ? context.Error : context.Out;
            var nodes = Enum.GetValues<Core.Model.NodeKind>().Sum(census.Nodes);
            var written = writer switch
            {
                CypherWriter c => $" ({Report.Count(c.Statements, "statement")})",
                GraphMlExport g => $" ({Report.Count(g.Nodes, "node")}, {Report.Count(g.Edges, "edge")} with MENTIONS)",
                CsvExport c => $" ({Report.Count(c.Rows, "row")} in {string.Join(", ", CsvExport.FileNames)})",
                BundleWriter b => $" ({Report.Count(b.Export.Bundles.Count, "bundle")})",
                _ => "",
            };
            await summary.WriteLineAsync(
                $"exported {Report.Count(nodes, "node")}, {Report.Count(census.Articles, "article")}, {Report.Count(census.Relations, "relation")} "
                + $"and {Report.Count(census.Citations, "citation")} from {source.Description} as {format}{written} in {Report.Seconds(clock.Elapsed)}").ConfigureAwait(false);
            if (writer is BundleWriter bundles)
            {
                if (bundles.Export.RetractedLeftOut > 0)
                    await context.Error.WriteLineAsync(
                        $"left out {Report.Count(bundles.Export.RetractedLeftOut, "retracted relation")}: a bundle cannot express a retraction (cypher, graphml, csv and migrate keep them)")
                        .ConfigureAwait(false);
                if (bundles.Export.UncitedLeftOut > 0)
                    await context.Error.WriteLineAsync(
                        $"left out {Report.Count(bundles.Export.UncitedLeftOut, "relation")} without a citation: a bundle cannot hold one").ConfigureAwait(false);
            }
        }
        return ExitCodes.Ok;
    }
}
