using BenchmarkDotNet.Running;
using GeoGraph.Storage.Benchmarks;

// "build-db <path> <entities> <articles> <relations>" writes a synthetic graph to a database file
// (for load runs of the API against it); anything else goes to BenchmarkDotNet (e.g. "--filter '*'").
if (args is ["build-db", var path, var entities, var articles, var relations])
{
    SyntheticStore.Build(path, new GeoGraph.Core.Synthetic.SyntheticGraphOptions
    {
        Seed = 42, Entities = int.Parse(entities), Articles = int.Parse(articles), Relations = int.Parse(relations), BatchSize = 10_000,
    });
    return;
}
// "measure <db> [runs] [hub]": a hub's neighbourhood (bounded and as it was) and relations by type, timed (Measure.cs).
if (args is ["measure", var db, ..])
{
    await Measure.RunAsync(db, args.Length > 2 ? int.Parse(args[2]) : 100, args.Length > 3 ? args[3] : "country:US");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SqliteStoreBenchmarks).Assembly).Run(args);
