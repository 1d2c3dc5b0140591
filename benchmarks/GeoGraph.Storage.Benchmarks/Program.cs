using BenchmarkDotNet.Running;
using GeoGraph.Storage.Benchmarks;

// "-- explain": query plans and rough timings of the store's main queries on the benchmark graph.
// Anything else goes to BenchmarkDotNet (e.g. "-- --filter '*'").
if (args is ["explain"])
{
    Explain.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SqliteStoreBenchmarks).Assembly).Run(args);
