using BenchmarkDotNet.Attributes;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite;

namespace GeoGraph.Storage.Benchmarks;

/// <summary>
/// Reads (and the idempotent no-op write) on the synthetic graph: each should be an index lookup
/// whose cost follows the rows it returns, not the size of the graph.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
public class SqliteStoreBenchmarks
{
    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    private SyntheticStore _fixture = null!;
    private SqliteGraphStore _store = null!;
    private string _hub = "", _leaf = "", _mid = "", _article = "", _pathFrom = "", _pathTo = "";
    private string _exact = "", _prefix = "", _contains = "";
    private string[] _nodeIds = [], _relationIds = [];
    private IngestionBatch _applied = null!;

    public const string Type = "ASSERTS";
    public static readonly DateOnly ValidAt = new(2020, 6, 15);

    [GlobalSetup]
    public void Setup()
    {
        _fixture = SyntheticStore.OpenCopy();
        _store = _fixture.Store;
        var inputs = BenchmarkInputs.Choose(_fixture);
        (_hub, _leaf, _mid, _article, _pathFrom, _pathTo) = (inputs.Hub, inputs.Leaf, inputs.Mid, inputs.Article, inputs.PathFrom, inputs.PathTo);
        (_exact, _prefix, _contains) = (inputs.Exact, inputs.Prefix, inputs.Contains);
        (_nodeIds, _relationIds) = (inputs.NodeIds, inputs.RelationIds);
        _applied = SyntheticStore.RelationBatch(inputs.People, _article, "applied", 100);
        _store.ApplyAsync(_applied).GetAwaiter().GetResult();
        Console.WriteLine($"// inputs: {inputs}");
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    private static readonly PageRequest Page50 = PageRequest.FirstPage(50);
    private static readonly PageRequest Page500 = PageRequest.FirstPage(500);

    [Benchmark]
    public Task<Page<Relation>> Relations_by_type() => _store.FindRelationsAsync(new RelationFilter(Now, Type: Type), Page50);

    [Benchmark]
    public Task<Page<Relation>> Relations_by_subject_hub() => _store.FindRelationsAsync(new RelationFilter(Now, SubjectId: _hub), Page50);

    [Benchmark]
    public Task<Page<Relation>> Relations_by_subject_leaf() => _store.FindRelationsAsync(new RelationFilter(Now, SubjectId: _leaf), Page50);

    [Benchmark]
    public Task<Page<Relation>> Relations_by_article() => _store.FindRelationsAsync(new RelationFilter(Now, ArticleId: _article), Page50);

    [Benchmark]
    public Task<Page<Relation>> Relations_validAt() => _store.FindRelationsAsync(new RelationFilter(Now, ValidAt: ValidAt), Page50);

    [Benchmark]
    public Task<Page<Relation>> Relations_involves_hub() => _store.FindRelationsAsync(new RelationFilter(Now, InvolvesId: _hub), Page50);

    [Benchmark]
    public Task<Page<Relation>> Relations_page_of_500() => _store.FindRelationsAsync(new RelationFilter(Now), Page500);

    [Benchmark]
    public Task<long> Count_relations_by_type() => _store.CountRelationsAsync(new RelationFilter(Now, Type: Type));

    [Benchmark]
    public Task<Page<Node>> Nodes_search_exact() => _store.FindNodesAsync(new NodeFilter(Search: _exact), Page50);

    [Benchmark]
    public Task<Page<Node>> Nodes_search_prefix() => _store.FindNodesAsync(new NodeFilter(Search: _prefix), Page50);

    [Benchmark]
    public Task<Page<Node>> Nodes_search_contains() => _store.FindNodesAsync(new NodeFilter(Search: _contains), Page50);

    [Benchmark]
    public Task<Page<Node>> Claims_disputed() => _store.FindClaimsAsync(new ClaimFilter(Now, Disputed: true), Page50);

    [Benchmark]
    public Task<IReadOnlyDictionary<string, Node>> GetNodes_100() => _store.GetNodesAsync(_nodeIds);

    [Benchmark]
    public Task<ILookup<string, Citation>> GetCitations_50() => _store.GetCitationsAsync(_relationIds);

    [Benchmark]
    public Task<Subgraph?> Neighborhood_hub_depth2_limit500() =>
        _store.GetNeighborhoodAsync(new NeighborhoodQuery(_hub, 2, 500, new TraversalFilter(Now)));

    [Benchmark]
    public Task<Subgraph?> Neighborhood_mid_depth2_limit500() =>
        _store.GetNeighborhoodAsync(new NeighborhoodQuery(_mid, 2, 500, new TraversalFilter(Now)));

    [Benchmark]
    public Task<GraphPath?> ShortestPath() =>
        _store.FindShortestPathAsync(new PathQuery(_pathFrom, _pathTo, QueryLimits.DefaultMaxHops, new TraversalFilter(Now)));

    [Benchmark]
    public Task<ApplyResult> Apply_100_already_applied() => _store.ApplyAsync(_applied);
}

/// <summary>A fresh 100-relation batch per iteration (new ids), so every measured apply really inserts.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15, invocationCount: 1)]
public class SqliteApplyBenchmarks
{
    private SyntheticStore _fixture = null!;
    private SqliteGraphStore _store = null!;
    private BenchmarkInputs _inputs = null!;
    private IngestionBatch _fresh = null!;
    private int _iteration;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = SyntheticStore.OpenCopy();
        _store = _fixture.Store;
        _inputs = BenchmarkInputs.Choose(_fixture);
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    [IterationSetup]
    public void NewBatch() => _fresh = SyntheticStore.RelationBatch(_inputs.People, _inputs.Article, $"fresh-{_iteration++}", 100);

    [Benchmark]
    public async Task<ApplyResult> Apply_100_new_relations()
    {
        var result = await _store.ApplyAsync(_fresh);
        if (result.RelationsCreated != 100) throw new InvalidOperationException($"expected 100 new relations, got {result.RelationsCreated}");
        return result;
    }
}
