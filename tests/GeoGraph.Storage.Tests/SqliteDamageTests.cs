using GeoGraph.Core.Errors;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite;
using GeoGraph.Testing;
using GeoGraph.Testing.Storage;

namespace GeoGraph.Storage.Tests;

/// <summary>
/// A database file that cannot be trusted is refused, naming its path: at open (not a database,
/// corrupt, unwritable), and after an operation met corruption (readiness says so from then on).
/// </summary>
public sealed class SqliteDamageTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// A store holding the contract graph, closed, with the root page of its relations table
    /// overwritten: the schema is intact (the file opens), the relations are not.
    /// </summary>
    private async Task<string> DamagedFileAsync()
    {
        var path = _dir.File("damaged.db");
        using (var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = path }))
            await store.ApplyAsync(new ContractGraph().Batch, Ct);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        long page, pageSize;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); SELECT (SELECT rootpage FROM sqlite_schema WHERE name = 'relations'), (SELECT page_size FROM pragma_page_size);";
            await using var r = await cmd.ExecuteReaderAsync(Ct);
            await r.NextResultAsync(Ct);
            Assert.True(await r.ReadAsync(Ct));
            (page, pageSize) = (r.GetInt64(0), r.GetInt64(1));
        }
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Position = (page - 1) * pageSize;
            var garbage = new byte[pageSize];
            new Random(7).NextBytes(garbage);
            await file.WriteAsync(garbage, Ct);
        }
        return path;
    }

    [Fact]
    public async Task A_corrupt_file_is_refused_at_open_naming_its_path()
    {
        var path = await DamagedFileAsync();
        var e = Assert.Throws<GeoGraphException>(() => SqliteGraphStore.Open(new SqliteStoreOptions { Path = path }));
        Assert.Equal(ErrorCodes.StoreUnavailable, e.Code);
        Assert.Contains($"'{path}' is corrupt", e.Message);
        Assert.Contains("Restore it from a backup", e.Message);
    }

    [Fact]
    public async Task Once_an_operation_meets_corruption_the_store_is_not_ready()
    {
        var path = await DamagedFileAsync();
        using var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = path, CheckOnOpen = false });
        await store.CheckReadyAsync(Ct); // the schema pages are intact

        var e = await Assert.ThrowsAsync<GeoGraphException>(async () =>
        {
            for (var pass = 0; pass < 3; pass++)
                await GraphStoreContract.AllAsync((p, c) => store.FindRelationsAsync(new RelationFilter(DateTimeOffset.UtcNow, IncludeRetracted: true), p, c), 500, Ct);
            foreach (var kind in Enum.GetValues<Core.Model.NodeKind>())
                await GraphStoreContract.AllAsync((p, c) => store.FindNodesAsync(new NodeFilter(kind), p, c), 500, Ct);
        });
        Assert.Equal(ErrorCodes.StoreUnavailable, e.Code);

        var ready = await Assert.ThrowsAsync<GeoGraphException>(() => store.CheckReadyAsync(Ct));
        Assert.Contains($"'{path}' is corrupt", ready.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_naming_its_path()
    {
        var path = _dir.File("not-a-database.db");
        Directory.CreateDirectory(_dir.Path);
        File.WriteAllBytes(path, Enumerable.Range(0, 100_000).Select(i => (byte)(i * 31)).ToArray());
        var e = Assert.Throws<GeoGraphException>(() => SqliteGraphStore.Open(new SqliteStoreOptions { Path = path }));
        Assert.Equal(ErrorCodes.StoreUnavailable, e.Code);
        Assert.Contains($"'{path}' cannot be used", e.Message);
    }

    [Theory]
    [InlineData("a-folder")]            // the path names a directory
    [InlineData("a-file/geograph.db")]  // its folder cannot be created: a file is in the way
    public void A_path_where_no_database_can_be_written_is_refused_naming_it(string relative)
    {
        Directory.CreateDirectory(_dir.File("a-folder"));
        File.WriteAllText(_dir.File("a-file"), "not a folder");
        var path = _dir.File(relative);
        var e = Assert.Throws<GeoGraphException>(() => SqliteGraphStore.Open(new SqliteStoreOptions { Path = path }));
        Assert.Equal(ErrorCodes.StoreUnavailable, e.Code);
        Assert.Contains($"'{path}' cannot be used", e.Message);
    }
}
