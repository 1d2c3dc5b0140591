using System.Reflection;
using GeoGraph.Api.Hosting;
using GeoGraph.Core.Countries;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using GeoGraph.Storage.Sqlite;
using GeoGraph.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Tests;

public sealed class SeedOnStartupTests
{
    /// <summary>An <see cref="IGraphStore"/> that is unavailable for its first calls, then forwards to a real store.</summary>
    public class UnavailableAtFirst : DispatchProxy
    {
        public IGraphStore Inner { get; set; } = null!;
        public int FailuresLeft;

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            if (Interlocked.Decrement(ref FailuresLeft) >= 0)
                throw GeoGraphException.StoreUnavailable("Neo4j is not up yet", new IOException("connection refused"));
            return method!.Invoke(Inner, args);
        }
    }

    [Fact]
    public async Task A_store_unavailable_at_start_up_gets_the_seed_once_it_answers()
    {
        using var directory = new TempDirectory();
        using var sqlite = SqliteGraphStore.Open(new SqliteStoreOptions { Path = directory.File("geograph.db") });
        var store = DispatchProxy.Create<IGraphStore, UnavailableAtFirst>();
        ((UnavailableAtFirst)(object)store).Inner = sqlite;
        ((UnavailableAtFirst)(object)store).FailuresLeft = 2;
        var state = new SeedState();
        var seeding = new SeedOnStartup(store, new Ingestor(store, RelationVocabulary.Default, CountryCatalog.Default, TimeProvider.System),
            CountryCatalog.Default, TimeProvider.System, state, Options.Create(new SeedOptions()), NullLogger<SeedOnStartup>.Instance);

        await seeding.StartAsync(TestContext.Current.CancellationToken);
        Assert.True(state.Pending);
        while (state.Pending) await Task.Delay(50, TestContext.Current.CancellationToken);
        await seeding.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(43, await sqlite.CountRelationsAsync(new RelationFilter(DateTimeOffset.UtcNow), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_store_that_states_a_seed_fact_otherwise_starts_unseeded_and_unchanged()
    {
        var ct = TestContext.Current.CancellationToken;
        using var directory = new TempDirectory();
        using var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = directory.File("geograph.db") });
        var ingestor = new Ingestor(store, RelationVocabulary.Default, CountryCatalog.Default, TimeProvider.System);
        // One seed fact, recorded with another confidence (as a synthetic or imported graph may hold it).
        var bundle = Core.Seed.SeedData.LoadBundle();
        var fact = bundle.Relations[0];
        fact.Confidence = (fact.Confidence ?? 1.0) > 0.5 ? 0.25 : 0.75;
        bundle.Relations = [fact];
        await store.ApplyAsync(IngestionBatch.OfNodes(CountryCatalog.Default.ToNodes(DateTimeOffset.UtcNow).ToArray(), NodeWrite.Merge), ct);
        await ingestor.IngestAsync(bundle, "analyst", ct);
        var before = await store.CountRelationsAsync(new RelationFilter(DateTimeOffset.UtcNow), ct);
        var state = new SeedState();
        var seeding = new SeedOnStartup(store, ingestor, CountryCatalog.Default, TimeProvider.System, state,
            Options.Create(new SeedOptions()), NullLogger<SeedOnStartup>.Instance);

        await seeding.StartAsync(ct);
        await seeding.StopAsync(ct);

        Assert.False(state.Pending);
        Assert.Equal(1, before);
        Assert.Equal(before, await store.CountRelationsAsync(new RelationFilter(DateTimeOffset.UtcNow), ct));
    }
}
