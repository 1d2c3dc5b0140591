using System.CommandLine;
using System.Diagnostics;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph migrate --from &lt;store&gt; --to &lt;store&gt;</c>: copies everything, at the domain
/// level, through the port — the source read in pages (<see cref="StoreDump"/>), each page written
/// as one batch (<see cref="IGraphWriter.ApplyAsync"/>), so ids, recording times and actors,
/// retractions and verified citations survive; a batch that is already there changes nothing, so
/// a second run (or a run after an interruption) only completes what is missing. Then both sides
/// are counted and compared: exit 1 when the counts differ.
/// </summary>
public static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var from = CliConfiguration.StoreOption("--from", "the store to copy from (it must exist)", required: true);
        var to = CliConfiguration.StoreOption("--to", "the store to copy into (created when it is a new SQLite file)", required: true);
        var command = new Command("migrate", "Copy everything from one store to another, then compare their counts.") { from, to };
        command.Validators.Add(result =>
        {
            if (result.GetValue(from) is { } f && f == result.GetValue(to))
                result.AddError("--from and --to name the same store.");
        });
        command.SetAction((parsed, ct) => CliApp.GuardAsync(context, "migrate", () =>
            RunAsync(context, parsed.GetValue(from)!, parsed.GetValue(to)!, ct)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, StoreLocation fromLocation, StoreLocation toLocation, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var source = await CliStore.OpenAsync(context, fromLocation, mustExist: true, ct).ConfigureAwait(false);
        await using var target = await CliStore.OpenAsync(context, toLocation, mustExist: false, ct).ConfigureAwait(false);

        var total = context.Interactive ? await TotalAsync(source.Store, ct).ConfigureAwait(false) : 0;
        var sent = new StoreCensus();
        var changed = await CliProgress.RunAsync(context, $"copying {source.Description} to {target.Description}", total, async progress =>
        {
            var changes = Report.Nothing;
            await foreach (var chunk in StoreDump.ReadAsync(source.Store, ct).ConfigureAwait(false))
            {
                sent.Add(chunk);
                var applied = await target.Store.ApplyAsync(chunk.ToBatch(), ct).ConfigureAwait(false);
                changes = Report.Sum(changes, applied);
                await progress.LineAsync($"copied {Describe(chunk)}: {Report.Changes(applied)}").ConfigureAwait(false);
                progress.Advance(chunk.Articles.Count + chunk.Nodes.Count + chunk.Relations.Count);
            }
            return changes;
        }).ConfigureAwait(false);
        var copied = clock.Elapsed;

        var received = await StoreDump.CountAsync(target.Store, ct).ConfigureAwait(false);
        await context.Out.WriteLineAsync($"migrated {source.Description} to {target.Description} in {Report.Seconds(copied)}: {Report.Changes(changed)}")
            .ConfigureAwait(false);
        await context.Out.WriteLineAsync($"{"",-22}{"from",10}{"to",10}").ConfigureAwait(false);
        var differ = false;
        foreach (var ((name, count), (_, targetCount)) in sent.Rows().Zip(received.Rows()))
        {
            differ |= count != targetCount;
            await context.Out.WriteLineAsync($"{name,-22}{count,10}{targetCount,10}{(count == targetCount ? "" : "   differs")}").ConfigureAwait(false);
        }
        if (!differ)
        {
            await context.Out.WriteLineAsync($"counts match (counted in {Report.Seconds(clock.Elapsed - copied)})").ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        await context.Error.WriteLineAsync(
            $"geograph migrate: the counts differ: {target.Description} does not hold exactly what {source.Description} holds "
            + "(it held other data before, or a write was lost)").ConfigureAwait(false);
        return ExitCodes.Failure;
    }

    /// <summary>Items to copy, for the progress bar: nodes of every kind, articles, relations (retracted too).</summary>
    private static async Task<double> TotalAsync(IGraphReader store, CancellationToken ct)
    {
        long total = await store.CountArticlesAsync(null, ct).ConfigureAwait(false)
                     + await store.CountRelationsAsync(StoreDump.AllRelations, ct).ConfigureAwait(false);
        foreach (var kind in Enum.GetValues<NodeKind>())
            total += await store.CountNodesAsync(new NodeFilter(kind), ct).ConfigureAwait(false);
        return total;
    }

    private static string Describe(StoreChunk chunk) =>
        chunk.Articles.Count > 0 ? Report.Count(chunk.Articles.Count, "article")
        : chunk.Nodes.Count > 0 ? $"{Report.Count(chunk.Nodes.Count, "node")} ({chunk.Nodes[0].Kind.ToString().ToUpperInvariant()})"
        : $"{Report.Count(chunk.Relations.Count, "relation")} with {Report.Count(chunk.Citations.Count, "citation")}";
}
