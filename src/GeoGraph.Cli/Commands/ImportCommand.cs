using System.CommandLine;
using System.Threading.Channels;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Countries;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Seed;
using GeoGraph.Core.Storage;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph import [--store …] [--seed] &lt;bundle.json|dir&gt;…</c>: each file is one bundle,
/// ingested through the <see cref="Core.Ingestion.Ingestor"/> — validated, then applied in one
/// transaction, all or nothing; a directory stands for its <c>*.json</c> files in name order. A
/// refused bundle is reported with its failing fields and does not stop the others.
/// </summary>
public static class ImportCommand
{
    public const string DefaultActor = "import";

    /// <summary>
    /// Bundles per commit by default: about 50,000 relations of synthetic bundles. Fewer commits
    /// write each index page to the WAL fewer times (docs/decisions.md); a crash loses at most the
    /// bundles since the last commit, which importing again restores (the same bundle twice changes nothing).
    /// </summary>
    public const int DefaultCommitEvery = 25;

    /// <summary>
    /// A large SQLite page cache unless configured otherwise (<c>Storage__Sqlite__CacheSizeMiB</c>):
    /// each bundle inserts into indexes spread over the whole file, and the default 2 MiB cache
    /// made a million-relation import re-read and spill pages all the time (see bench/results.md).
    /// A checkpoint every 64 MiB of WAL rather than every 4 MiB (<c>Storage__Sqlite__WalAutocheckpointPages</c>):
    /// a bundle's commit writes more than 4 MiB, so by default each commit was followed by a
    /// checkpoint copying its pages again; now a page rewritten by several bundles is copied once.
    /// Statement journals in memory (<c>Storage__Sqlite__TempStoreInMemory</c>): they were most of
    /// the import's writes (see SqliteStoreOptions.TempStoreInMemory).
    /// </summary>
    private static readonly Dictionary<string, string?> ImportDefaults = new()
    {
        ["Storage:Sqlite:CacheSizeMiB"] = "512",
        ["Storage:Sqlite:WalAutocheckpointPages"] = "16384",
        ["Storage:Sqlite:TempStoreInMemory"] = "true",
    };

    public static Command Create(CliContext context)
    {
        var store = CliConfiguration.StoreOption("--store", "the store to import into (default: the configured one)");
        var seed = new Option<bool>("--seed") { Description = "first apply the seed (every ISO country, then the founding article's bundle), as the API does at start-up" };
        var actor = new Option<string>("--actor")
        {
            Description = "who the imported relations are recorded as recorded by",
            DefaultValueFactory = _ => DefaultActor,
        };
        var commitEvery = new Option<int>("--commit-every")
        {
            Description = "bundles applied per commit where the store can hold one transaction across them (SQLite); each bundle stays all or nothing. 1: commit each bundle",
            DefaultValueFactory = _ => DefaultCommitEvery,
            HelpName = "bundles",
        };
        var paths = new Argument<string[]>("bundles")
        {
            Description = "bundle files (geograph-bundle/1 JSON), or directories of them (their *.json, in name order)",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "bundle.json|dir",
        };
        var command = new Command("import", "Import bundles into a store, each in one transaction (all or nothing).") { store, seed, actor, commitEvery, paths };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(paths) ?? []).Length == 0 && !result.GetValue(seed))
                result.AddError("give bundle files or directories to import, or --seed.");
        });
        command.SetAction((parsed, ct) => CliApp.GuardAsync(context, "import", () => RunAsync(context,
            parsed.GetValue(store), parsed.GetValue(seed), parsed.GetValue(actor)!, parsed.GetValue(commitEvery), parsed.GetValue(paths) ?? [], ct)));
        return command;
    }

    /// <summary>The bundle files the arguments name, in order; a path that does not exist is a usage error.</summary>
    public static IReadOnlyList<string> BundleFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
                throw CliException.Usage($"{path}: no such file or directory");
        }
        return files;
    }

    /// <summary>Reads, parses and validates one bundle file (on a pool thread; a failure surfaces when awaited).</summary>
    private static Task<PreparedBundle> PrepareAsync(Ingestor ingestor, string file, CancellationToken ct) => Task.Run(async () =>
        await ingestor.PrepareAsync(BundleJson.Read(await File.ReadAllTextAsync(file, ct).ConfigureAwait(false)), ct).ConfigureAwait(false), ct);

    private static async Task<int> RunAsync(CliContext context, Storage.StoreLocation? location, bool seed, string actor, int commitEvery,
        IReadOnlyList<string> paths, CancellationToken ct)
    {
        if (commitEvery < 1) throw CliException.Usage("--commit-every must be 1 or more");
        var files = BundleFiles(paths);
        if (files.Count == 0 && !seed) throw CliException.Usage($"no *.json bundles in {string.Join(", ", paths)}");

        await using var target = await CliStore.OpenAsync(context, location, mustExist: false, ct, ImportDefaults).ConfigureAwait(false);
        var ingestor = target.Ingestor(context.Clock);
        var (imported, unchanged, refused) = (0, 0, 0);
        await CliProgress.RunAsync(context, $"importing into {target.Description}", files.Count + (seed ? 1 : 0), async progress =>
        {
            if (seed)
            {
                var seeded = await SeedData.ApplyAsync(target.Store, ingestor, CountryCatalog.Default, context.Clock, ct).ConfigureAwait(false);
                await progress.LineAsync($"seed: {Report.Count(seeded.CountriesCreated, "country", "countries")} created; bundle: {Report.Changes(seeded.Bundle.Applied)}")
                    .ConfigureAwait(false);
                progress.Advance();
            }
            // Reading, parsing and validating a bundle needs no store: the next one is prepared on
            // another core while this one is checked against the store and applied, in file order.
            var prepared = Channel.CreateBounded<(string File, Task<PreparedBundle> Bundle)>(1);
            var reader = Task.Run(async () =>
            {
                try
                {
                    foreach (var file in files)
                        await prepared.Writer.WriteAsync((file, PrepareAsync(ingestor, file, ct)), ct).ConfigureAwait(false);
                }
                finally
                {
                    prepared.Writer.Complete();
                }
            }, ct);
            // Bundles are applied in a bulk session where the store has one: each stays all or
            // nothing (a savepoint), and they are committed together every commitEvery bundles.
            // A bundle is reported once it is committed, so "imported" always means durable.
            await using var bulk = files.Count > 1 && commitEvery > 1 && target.Store is IBulkWrites writes
                ? await writes.BeginBulkAsync(ct).ConfigureAwait(false) : null;
            var bundleIngestor = bulk is null ? ingestor : new Ingestor(bulk.Store, target.Vocabulary, CountryCatalog.Default, context.Clock);
            var reports = new List<Func<Task>>();
            var uncommitted = 0;
            async Task CommitAsync()
            {
                if (bulk is not null) await bulk.CommitAsync(ct).ConfigureAwait(false);
                foreach (var report in reports) await report().ConfigureAwait(false);
                (reports, uncommitted) = ([], 0);
            }
            await foreach (var (file, bundle) in prepared.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                try
                {
                    var result = await bundleIngestor.IngestAsync(await bundle.ConfigureAwait(false), actor, ct).ConfigureAwait(false);
                    if (result.Changed) imported++;
                    else unchanged++;
                    reports.Add(() => progress.LineAsync($"{(result.Changed ? "imported" : "unchanged")} {file}: {Report.Changes(result.Applied)}"));
                }
                catch (GeoGraphException e) when (e.Code != ErrorCodes.StoreUnavailable)
                {
                    refused++;
                    reports.Add(() => progress.ProblemAsync($"refused {file}: {e.Code}, {Report.Count(e.Fields.Count, "failing field")}",
                        e.Fields.Select(f => $"{f.Field}: {f.Message}")));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    refused++;
                    reports.Add(() => progress.ProblemAsync($"refused {file}: cannot read it", [e.Message]));
                }
                reports.Add(() => { progress.Advance(); return Task.CompletedTask; });
                if (bulk is null || ++uncommitted == commitEvery) await CommitAsync().ConfigureAwait(false);
            }
            await CommitAsync().ConfigureAwait(false);
            await reader.ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);

        if (files.Count > 0)
            await context.Out.WriteLineAsync($"{Report.Count(files.Count, "bundle")}: {imported} imported, {unchanged} unchanged, {refused} refused").ConfigureAwait(false);
        return refused > 0 ? ExitCodes.Failure : ExitCodes.Ok;
    }
}
