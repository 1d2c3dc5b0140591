using BenchmarkDotNet.Attributes;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Conditions;
using GeoGraph.Storage.Sqlite;

namespace GeoGraph.Storage.Benchmarks;

/// <summary>
/// relations(where:, orderBy:) on the synthetic graph: composed conditions should cost what their
/// most selective index costs; an explicit order over the whole graph computes every relation's key
/// (no index holds citation counts), so it is measured against the same order narrowed by a node.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
public class SqliteConditionBenchmarks
{
    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    private SyntheticStore _fixture = null!;
    private SqliteGraphStore _store = null!;
    private string _hub = "", _speaker = "";

    private static readonly PageRequest Page50 = PageRequest.FirstPage(50);

    private static RelationOrder By(RelationOrderField field, SortDirection direction) => RelationOrder.Of([new(field, direction)]);

    [GlobalSetup]
    public void Setup()
    {
        _fixture = SyntheticStore.OpenCopy();
        _store = _fixture.Store;
        _hub = BenchmarkInputs.Choose(_fixture).Hub;
        // The speaker quoted in most citations.
        _speaker = _fixture.Strings("SELECT speaker_id FROM citations WHERE speaker_id IS NOT NULL GROUP BY speaker_id ORDER BY count(*) DESC, speaker_id LIMIT 1;")[0];
        Console.WriteLine($"// hub {_hub}, speaker {_speaker}");
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    [Benchmark]
    public Task<Page<Relation>> Speaker() => _store.FindRelationsAsync(new RelationFilter(Now, Where: new RelationCondition.SpokenBy(_speaker)), Page50);

    [Benchmark]
    public Task<Page<Relation>> Or_of_types_not_person_subject() => _store.FindRelationsAsync(new RelationFilter(Now, Where: RelationCondition.And([
        new RelationCondition.Any([new RelationCondition.TypeIn(["ASSERTS"]), new RelationCondition.TypeIn(["DENIES"])]),
        new RelationCondition.Not(new RelationCondition.SubjectKindIs(NodeKind.Person))])), Page50);

    [Benchmark]
    public Task<Page<Relation>> Dated_in_2020_min_confidence() => _store.FindRelationsAsync(new RelationFilter(Now, Where: RelationCondition.And([
        new RelationCondition.Dated(true), new RelationCondition.ValidDuring(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)),
        new RelationCondition.MinConfidence(0.8)])), Page50);

    [Benchmark]
    public Task<Page<Relation>> Hub_by_citation_count() =>
        _store.FindRelationsAsync(new RelationFilter(Now, Where: new RelationCondition.Involves(_hub), Order: By(RelationOrderField.CitationCount, SortDirection.Desc)), Page50);

    [Benchmark]
    public Task<Page<Relation>> All_by_valid_from_desc() =>
        _store.FindRelationsAsync(new RelationFilter(Now, Order: By(RelationOrderField.ValidFrom, SortDirection.Desc)), Page50);

    [Benchmark]
    public Task<Page<Relation>> All_by_citation_count() =>
        _store.FindRelationsAsync(new RelationFilter(Now, Order: By(RelationOrderField.CitationCount, SortDirection.Desc)), Page50);

    [Benchmark]
    public Task<Page<Relation>> All_by_first_reported() =>
        _store.FindRelationsAsync(new RelationFilter(Now, Order: By(RelationOrderField.FirstReported, SortDirection.Asc)), Page50);
}
