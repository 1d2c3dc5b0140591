using System.Diagnostics;
using System.Reflection;
using System.Globalization;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite;
using GeoGraph.Testing.Storage;

namespace GeoGraph.Storage.Benchmarks;

/// <summary>
/// "measure &lt;db&gt; [runs]": the neighbourhood of a hub (depth 2, limit 200) and a hub's relations
/// by type (the bench mix's queries) against a database file, run one after another: wall time per
/// run (median, p99, max) and process CPU time per run, with the load average beside them (the
/// machine is shared, so CPU per run is the figure load distorts least). The neighbourhood runs
/// both as built (GraphTraversal) and as it was (ReferenceTraversal: every relation of each
/// frontier node), on the same file.
/// </summary>
public static class Measure
{
    public static async Task RunAsync(string path, int runs, string hub)
    {
        using var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = path });
        var now = DateTimeOffset.UtcNow;
        var neighborhood = new NeighborhoodQuery(hub, 2, 200, new TraversalFilter(now));
        var byType = new RelationFilter(now, Type: "DEVELOPS_TIES_WITH", InvolvesId: hub, ValidAt: new DateOnly(2020, 6, 1));
        Console.WriteLine($"{path}, hub {hub}, {runs} runs each, load average before: {LoadAverage()}");
        await TimeAsync("neighborhood(depth 2, limit 200), bounded", runs, async () =>
        {
            var sub = await store.GetNeighborhoodAsync(neighborhood);
            return $"{sub!.Nodes.Count} nodes, {sub.Relations.Count} relations";
        });
        var traced = DispatchProxy.Create<IGraphReader, TracingReader>();
        ((TracingReader)(object)traced).Inner = store;
        await traced.GetNeighborhoodAsync(neighborhood);
        // Its two port calls on their own: the first page of the hub, and the relations between it and the answer's nodes.
        var reached = (await store.GetNeighborhoodAsync(neighborhood))!.Nodes.Select(n => n.Id).ToArray();
        await TimeAsync("  of which: expand_page(hub, 199)", runs, async () =>
            $"{(await store.ExpandPageAsync([hub], neighborhood.Filter, 199)).Values.Sum(l => l.Count)} relations");
        await TimeAsync("  of which: relations_between(hub, answer, 1001)", runs, async () =>
            $"{(await store.GetRelationsBetweenAsync([hub], reached, neighborhood.Filter, 1001)).Count} relations");
        await TimeAsync("  of which: get_nodes(answer)", runs, async () => $"{(await store.GetNodesAsync(reached)).Count} nodes");
        await TimeAsync("neighborhood(depth 2, limit 200), reference (reads every relation)", Math.Max(1, runs / 10), async () =>
        {
            var sub = await ReferenceTraversal.GetNeighborhoodAsync(store, neighborhood, default);
            return $"{sub!.Nodes.Count} nodes, {sub.Relations.Count} relations";
        });
        await TimeAsync("relations(where: {type, involves, validAt}, first: 50)", runs, async () =>
        {
            var page = await store.FindRelationsAsync(byType, new PageRequest(50, null));
            return $"{page.Items.Count} relations";
        });
    }

    private static async Task TimeAsync(string name, int runs, Func<Task<string>> run)
    {
        var answer = await run(); // warm: plans, page cache
        await run();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var walls = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            walls.Add(clock.Elapsed.TotalMilliseconds);
        }
        process.Refresh();
        var cpuPerRun = (process.TotalProcessorTime - cpu).TotalMilliseconds / runs;
        walls.Sort();
        double At(double q) => walls[Math.Min(walls.Count - 1, (int)Math.Ceiling(q * walls.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name}: {answer}; wall p50 {At(0.5):F1} ms, p99 {At(0.99):F1} ms, max {walls[^1]:F1} ms; CPU {cpuPerRun:F1} ms/run; load {LoadAverage()}"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>Prints each store call of one traversal with its wall time (what a run spends where).</summary>
    public class TracingReader : DispatchProxy
    {
        public IGraphReader Inner { get; set; } = null!;

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            var clock = Stopwatch.StartNew();
            var result = method!.Invoke(Inner, args);
            if (result is Task task)
                task.ContinueWith(_ => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    call {method.Name}({string.Join(", ", args!.Select(a => a is System.Collections.ICollection c ? $"[{c.Count}]" : a?.ToString()))}): {clock.Elapsed.TotalMilliseconds:F1} ms")),
                    TaskScheduler.Default).Wait();
            return result;
        }
    }
}
