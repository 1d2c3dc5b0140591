using BenchmarkDotNet.Running;
using GeoGraph.Storage.Benchmarks;

// Arguments go to BenchmarkDotNet (e.g. "-- --filter '*'").
BenchmarkSwitcher.FromAssembly(typeof(SqliteStoreBenchmarks).Assembly).Run(args);
