using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite;
using GeoGraph.Testing.Storage;

namespace GeoGraph.Storage.Tests;

/// <summary>
/// SQLite's bulk write session (IBulkWrites, used by <c>geograph import</c>): batches share one
/// transaction, each stays all or nothing, and only a commit makes them visible and durable.
/// </summary>
public sealed class SqliteBulkSessionTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "geograph-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteGraphStore> _stores = [];
    private readonly ContractGraph _graph = new();

    private SqliteGraphStore Open(string name)
    {
        var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = Path.Combine(_directory, name + ".db"), TempStoreInMemory = true });
        _stores.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp file is not a test failure.
        }
    }

    /// <summary>The contract graph applied the ordinary way, one transaction: what a session must end up with.</summary>
    private async Task<IReadOnlyList<string>> ExpectedAsync()
    {
        var reference = Open("reference");
        await reference.ApplyAsync(_graph.Batch, Ct);
        return await StoreSnapshot.TakeAsync(reference, Ct);
    }

    /// <summary>A batch the store refuses half-way: its first relation is new, its second names a node nobody has.</summary>
    private IngestionBatch HalfBad()
    {
        var fine = ContractGraph.Rel(_graph.Nodes[0].Id, _graph.Relations[0].Type, _graph.Nodes[1].Id, [], new PartialDate(new DateOnly(2001, 1, 1), DatePrecision.Year));
        var dangling = ContractGraph.Rel(_graph.Nodes[0].Id, _graph.Relations[0].Type, "person:nobody-at-all", []);
        return new IngestionBatch([], [], [fine, dangling], []);
    }

    [Fact]
    public async Task A_session_reads_what_it_applied_and_others_see_it_only_after_the_commit()
    {
        var expected = await ExpectedAsync();
        var store = Open("bulk");
        var empty = await StoreSnapshot.TakeAsync(store, Ct);

        await using var session = await store.BeginBulkAsync(Ct);
        var applied = await session.Store.ApplyAsync(_graph.Batch, Ct);

        Assert.Equal(_graph.Relations.Count, applied.RelationsCreated);
        Assert.Equal(expected, await StoreSnapshot.TakeAsync(session.Store, Ct));
        Assert.Equal(empty, await StoreSnapshot.TakeAsync(store, Ct));
        await session.CommitAsync(Ct);
        Assert.Equal(expected, await StoreSnapshot.TakeAsync(store, Ct));
        // The session goes on in a new transaction: the same batch again changes nothing.
        Assert.False((await session.Store.ApplyAsync(_graph.Batch, Ct)).Changed);
    }

    [Fact]
    public async Task A_batch_refused_inside_a_session_leaves_the_session_as_it_was_and_the_rest_commits()
    {
        var expected = await ExpectedAsync();
        var store = Open("bulk");
        await using var session = await store.BeginBulkAsync(Ct);
        await session.Store.ApplyAsync(_graph.Batch, Ct);

        var refused = await Assert.ThrowsAsync<GeoGraphException>(() => session.Store.ApplyAsync(HalfBad(), Ct));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Equal(expected, await StoreSnapshot.TakeAsync(session.Store, Ct));
        await session.CommitAsync(Ct);
        Assert.Equal(expected, await StoreSnapshot.TakeAsync(store, Ct));
    }

    [Fact]
    public async Task A_session_disposed_without_a_commit_leaves_the_store_as_it_was()
    {
        var store = Open("bulk");
        await store.ApplyAsync(_graph.Batch with { Relations = [], Citations = [] }, Ct);
        var before = await StoreSnapshot.TakeAsync(store, Ct);

        await using (var session = await store.BeginBulkAsync(Ct))
            await session.Store.ApplyAsync(_graph.Batch, Ct);

        Assert.Equal(before, await StoreSnapshot.TakeAsync(store, Ct));
        // The connection went back to the pool out of any transaction: ordinary writes go on.
        await store.ApplyAsync(_graph.Batch, Ct);
        Assert.Equal(await ExpectedAsync(), await StoreSnapshot.TakeAsync(store, Ct));
    }
}
