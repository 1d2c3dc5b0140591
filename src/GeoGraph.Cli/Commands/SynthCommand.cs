using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Synthetic;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph synth --scale S --out &lt;dir&gt; [--seed N]</c>: a synthetic graph of 1000·S
/// relations (<see cref="SyntheticGraphOptions.ForScale"/>) written as geograph-bundle/1 files
/// that <c>geograph import &lt;dir&gt;</c> loads in name order: <c>nodes-*.json</c>, then
/// <c>relations-*.json</c> (each a group of at most 100 articles with their text and the relations
/// citing them). The same scale and seed always write the same files.
/// </summary>
public static class SynthCommand
{
    /// <summary>Compact (not indented): the bundles at S = 1000 are large enough as they are.</summary>
    private static readonly JsonSerializerOptions Compact = new(BundleJson.Options) { WriteIndented = false };

    public static Command Create(CliContext context)
    {
        var scale = new Option<int>("--scale")
        {
            Description = "S: 40·S persons, 10·S organisations, 200 commodities, 20·S events, 5·S claims, 50·S articles, 1000·S relations (and the 249 countries)",
            Required = true,
        };
        scale.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 100_000) r.AddError("--scale must be between 1 and 100000.");
        });
        var output = new Option<string>("--out") { Description = "the directory to write the bundles to (created; must hold no *.json yet)", Required = true, HelpName = "dir" };
        var seed = new Option<int>("--seed") { Description = "the random seed: the same scale and seed write the same bundles", DefaultValueFactory = _ => 1 };
        var command = new Command("synth", "Generate a synthetic graph at a scale, as bundles that import loads.") { scale, output, seed };
        command.SetAction((parsed, ct) => CliApp.GuardAsync(context, "synth", () =>
            RunAsync(context, parsed.GetValue(scale), parsed.GetValue(output)!, parsed.GetValue(seed), ct)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, int scale, string outDir, int seed, CancellationToken ct)
    {
        if (Directory.Exists(outDir) && Directory.EnumerateFiles(outDir, "*.json").Any())
            throw CliException.Usage($"{outDir} already holds *.json files: give an empty or new directory");
        Directory.CreateDirectory(outDir);

        var clock = Stopwatch.StartNew();
        var options = SyntheticGraphOptions.ForScale(scale, seed);
        var (nodes, articles, relations, retracted, citations, files, bytes) = (0, 0, 0, 0, 0, 0, 0L);
        foreach (var chunk in SyntheticGraph.Chunks(options))
        {
            ct.ThrowIfCancellationRequested();
            var name = chunk.Relations.Count == 0 ? $"nodes-{++files:D5}.json" : $"relations-{++files:D5}.json";
            var path = Path.Combine(outDir, name);
            await using (var stream = File.Create(path))
                await JsonSerializer.SerializeAsync(stream, SyntheticBundles.ToBundle(chunk), Compact, ct).ConfigureAwait(false);
            bytes += new FileInfo(path).Length;
            nodes += chunk.Nodes.Count;
            articles += chunk.Articles.Count;
            relations += chunk.Relations.Count;
            retracted += chunk.Relations.Count(r => r.RetractedAt is not null);
            citations += chunk.Citations.Count;
        }
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"scale {scale}, seed {seed}: {nodes:N0} nodes, {articles:N0} articles, {relations:N0} relations ({retracted:N0} retracted), {citations:N0} citations")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"wrote {Report.Count(files, "bundle")} ({bytes / 1e6:0.0} MB) to {outDir} in {Report.Seconds(clock.Elapsed)}")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
