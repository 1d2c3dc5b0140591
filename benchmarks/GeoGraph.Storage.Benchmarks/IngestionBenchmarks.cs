using BenchmarkDotNet.Attributes;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Countries;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Synthetic;
using GeoGraph.Core.Vocabulary;
using GeoGraph.Storage.Sqlite;

namespace GeoGraph.Storage.Benchmarks;

/// <summary>
/// One synthetic bundle as <c>geograph import</c> takes it (issue 8): 2,000 relations citing 100
/// articles with their texts, from the S = 10 graph. <see cref="Prepare"/> is the part that needs
/// no store (validation, quotes against the texts); <see cref="Ingest"/> is all of it — prepare,
/// check against the store, write in one transaction — into a store holding the graph's nodes.
/// Divide 2,000 by the mean for relations per second of one core.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 8, invocationCount: 1)]
public class IngestionBenchmarks
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "geograph-bench", $"ingest-{Environment.ProcessId}-{Guid.NewGuid():N}");
    private string _template = "";
    private Bundle _bundle = null!;
    private SqliteGraphStore _store = null!;
    private Ingestor _ingestor = null!;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_directory);
        var chunks = SyntheticGraph.Chunks(SyntheticGraphOptions.ForScale(10)).Select(SyntheticBundles.ToBundle).ToArray();
        _bundle = chunks.First(b => b.Relations.Count > 0);
        // The nodes (and only the nodes) stored once; each iteration ingests into a copy.
        _template = Path.Combine(_directory, "nodes.db");
        using (var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = _template }))
        {
            var ingestor = IngestorFor(store);
            foreach (var nodes in chunks.TakeWhile(b => b.Relations.Count == 0))
                ingestor.IngestAsync(nodes, "bench").GetAwaiter().GetResult();
        }
        Console.WriteLine($"// bundle: {_bundle.Articles.Count} articles, {_bundle.Relations.Count} relations, {_bundle.Relations.Sum(r => r.Citations!.Count)} citations");
    }

    private static Ingestor IngestorFor(SqliteGraphStore store) => new(store, RelationVocabulary.Default, CountryCatalog.Default, TimeProvider.System);

    [IterationSetup]
    public void FreshStore()
    {
        var path = Path.Combine(_directory, $"run-{Guid.NewGuid():N}.db");
        File.Copy(_template, path);
        _store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = path, CacheSizeMiB = 512, TempStoreInMemory = true, CheckOnOpen = false });
        _ingestor = IngestorFor(_store);
    }

    [IterationCleanup]
    public void DropStore()
    {
        _store.Dispose();
        foreach (var file in Directory.GetFiles(_directory, "run-*")) File.Delete(file);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark]
    public Task<PreparedBundle> Prepare() => _ingestor.PrepareAsync(_bundle);

    [Benchmark]
    public Task<IngestionResult> Ingest() => _ingestor.IngestAsync(_bundle, "bench");
}
