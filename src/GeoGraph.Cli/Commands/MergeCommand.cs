using System.CommandLine;
using GeoGraph.Core.Storage;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph merge &lt;from&gt; &lt;into&gt; [--store …]</c>: merges entity <c>from</c> into entity
/// <c>into</c> (one entity recorded twice), as the API's <c>mergeEntities</c> does — the store's
/// one-transaction merge under Core's <see cref="EntityMerges"/> rules, which also refuse it (an id
/// that is not a node id, the same id twice, unknown or already merged ids, other kinds, claims:
/// exit 1 with the API's error code). Prints what moved: each relation's former and new id (and
/// whether it became one with a relation already there), the aliases and external ids the survivor gained.
/// </summary>
public static class MergeCommand
{
    /// <summary>Who the change log says merged (the API records the key's id).</summary>
    public const string Actor = "merge";

    public static Command Create(CliContext context)
    {
        var store = CliConfiguration.StoreOption("--store", "the store holding both entities (default: the configured one)");
        var from = new Argument<string>("from") { Description = "the entity that goes: its id keeps resolving to <into>" };
        var into = new Argument<string>("into") { Description = "the entity that stays (an id merged before leads to its survivor)" };
        var command = new Command("merge", "Merge one entity into another: relations move (ids recomputed), names become aliases, the old id keeps resolving.")
        {
            from, into, store,
        };
        command.SetAction((parsed, ct) => CliApp.GuardAsync(context, "merge", () =>
            RunAsync(context, parsed.GetValue(store), parsed.GetValue(from)!, parsed.GetValue(into)!, ct)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, Storage.StoreLocation? location, string from, string into, CancellationToken ct)
    {
        await using var target = await CliStore.OpenAsync(context, location, mustExist: true, ct).ConfigureAwait(false);
        var result = await target.Store.MergeEntitiesAsync(new EntityMergeRequest(from, into, Actor, context.Clock.GetUtcNow()), ct).ConfigureAwait(false);
        var merged = result.RelationsMoved.Count(m => m.Merged);
        await context.Out.WriteLineAsync($"merged {result.FromId} into {result.Into.Id} '{result.Into.Name}' in {target.Description}").ConfigureAwait(false);
        await context.Out.WriteLineAsync(
            $"moved {Report.Count(result.RelationsMoved.Count, "relation")}: {result.RelationsMoved.Count - merged} re-keyed, {merged} merged into a relation already there")
            .ConfigureAwait(false);
        foreach (var move in result.RelationsMoved)
            await context.Out.WriteLineAsync($"  {move.FormerId} -> {move.Id}{(move.Merged ? " (merged)" : "")}").ConfigureAwait(false);
        await context.Out.WriteLineAsync($"aliases added: {List(result.AliasesAdded)}").ConfigureAwait(false);
        await context.Out.WriteLineAsync($"external ids added: {List(result.ExternalIdsAdded.Select(x => x.Key))}").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static string List(IEnumerable<string> items) => string.Join(", ", items) is { Length: > 0 } joined ? joined : "none";
}
