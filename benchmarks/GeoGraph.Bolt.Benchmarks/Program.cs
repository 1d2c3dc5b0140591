using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(GeoGraph.Bolt.Benchmarks.RecordDecodingBenchmarks).Assembly).Run(args);
