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

    /// <summary>A store holding the contract graph, closed, with the middle of the file overwritten (its first pages, the schema, intact).</summary>
    private async Task<string> DamagedFileAsync()
    {
        var path = _dir.File("damaged.db");
        using (var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = path }))
        {
            await store.ApplyAsync(new ContractGraph().Batch, Ct);
            // Enough data that the middle of the file is data, whatever the schema's own pages take
            // (a root page for every table and index, so they grow with each migration step).
            foreach (var batch in Testing.Synthetic.SyntheticGraph.Generate(new Testing.Synthetic.SyntheticGraphOptions { Entities = 300, Articles = 100, Relations = 3_000 }))
                await store.ApplyAsync(batch, Ct);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var length = new FileInfo(path).Length;
        Assert.True(length > 16 * 4096, $"the test database is only {length} bytes");
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Position = length / 2;
            var garbage = new byte[length / 4];
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
