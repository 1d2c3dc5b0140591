using GeoGraph.Core.Errors;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite;
using GeoGraph.Testing.Storage;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Tests;

/// <summary>The storage contract on SQLite (a file per test), plus what only SQLite has: WAL, schema, reopening.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContract, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "geograph-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteGraphStore> _stores = [];

    private string DbPath => Path.Combine(_directory, "nested", "geograph.db");

    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult<IGraphStore>(Open());

    private SqliteGraphStore Open(bool synchronousFull = false)
    {
        var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = DbPath, SynchronousFull = synchronousFull });
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

    private static async Task<string> PragmaAsync(string path, string pragma)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"PRAGMA {pragma};";
        return Convert.ToString(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    [Fact]
    public async Task Opening_creates_the_directory_and_a_WAL_database_at_schema_version_2()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(DbPath)));
        Open();
        Assert.True(File.Exists(DbPath));
        Assert.Equal("wal", await PragmaAsync(DbPath, "journal_mode"));
        Assert.Equal("2", await PragmaAsync(DbPath, "user_version"));
    }

    [Fact]
    public async Task Reopening_keeps_the_schema_and_the_data()
    {
        var first = Open();
        await first.ApplyAsync(Graph.Batch, Ct);
        await first.RetractRelationAsync(Graph.RAD.Id, "wrong", "editor", ContractGraph.TRetract, Ct);
        var before = await StoreSnapshot.TakeAsync(first, Ct);
        first.Dispose();

        var second = Open(synchronousFull: true);
        await second.CheckReadyAsync(Ct);
        Assert.Equal("2", await PragmaAsync(DbPath, "user_version"));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(second, Ct));
        Assert.Equal(new ApplyResult(0, 0, 0, 0, 0, 0), await second.ApplyAsync(Graph.Batch, Ct));
    }

    /// <summary>Relation indexes as schema version 1 created them (version 2 widened them).</summary>
    private const string Version1Indexes = """
        DROP INDEX ix_relations_type_id;
        DROP INDEX ix_relations_subject_id;
        DROP INDEX ix_relations_object_id;
        DROP INDEX ix_relations_object_type;
        CREATE INDEX ix_relations_type_id ON relations (type, id);
        CREATE INDEX ix_relations_subject_id ON relations (subject_id, id);
        CREATE INDEX ix_relations_object_id ON relations (object_id, id);
        CREATE INDEX ix_relations_object_type ON relations (object_id, type);
        PRAGMA user_version = 1;
        """;

    private static async Task<string[]> IndexColumnsAsync(string path, string index)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name FROM pragma_index_info(@index) ORDER BY seqno;";
        cmd.Parameters.AddWithValue("@index", index);
        var columns = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await r.ReadAsync(TestContext.Current.CancellationToken)) columns.Add(r.GetString(0));
        return columns.ToArray();
    }

    [Fact]
    public async Task A_version_1_database_upgrades_in_place_to_covering_relation_indexes()
    {
        // A file as GeoGraph with schema version 1 left it, holding data.
        var old = Open();
        await old.ApplyAsync(Graph.Batch, Ct);
        await old.RetractRelationAsync(Graph.RAD.Id, "wrong", "editor", ContractGraph.TRetract, Ct);
        var before = await StoreSnapshot.TakeAsync(old, Ct);
        old.Dispose();
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString()))
        {
            await connection.OpenAsync(Ct);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = Version1Indexes;
            await cmd.ExecuteNonQueryAsync(Ct);
        }
        Assert.Equal("1", await PragmaAsync(DbPath, "user_version"));
        Assert.Equal(["type", "id"], await IndexColumnsAsync(DbPath, "ix_relations_type_id"));

        var upgraded = Open();
        Assert.Equal("2", await PragmaAsync(DbPath, "user_version"));
        Assert.Equal(["type", "id", "recorded_at", "retracted_at"], await IndexColumnsAsync(DbPath, "ix_relations_type_id"));
        Assert.Equal(["subject_id", "id", "recorded_at", "retracted_at"], await IndexColumnsAsync(DbPath, "ix_relations_subject_id"));
        Assert.Equal(["object_id", "id", "recorded_at", "retracted_at"], await IndexColumnsAsync(DbPath, "ix_relations_object_id"));
        Assert.Equal(["object_id", "type", "recorded_at", "retracted_at"], await IndexColumnsAsync(DbPath, "ix_relations_object_type"));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(upgraded, Ct));
        Assert.Equal(3, await upgraded.CountRelationsAsync(new RelationFilter(Type: "IMPORTS"), Ct));
        Assert.Equal(Graph.Relations.Count - 1, await upgraded.CountRelationsAsync(new RelationFilter(), Ct)); // A–D retracted

        // Opening again does nothing more.
        Open();
        Assert.Equal("2", await PragmaAsync(DbPath, "user_version"));
    }

    [Fact]
    public async Task Two_stores_on_one_file_see_each_others_writes()
    {
        var writer = Open();
        var reader = Open();
        await writer.ApplyAsync(Graph.Batch, Ct);
        Assert.Equal(Graph.Nodes.Count - 3, await reader.CountNodesAsync(new NodeFilter(), Ct));
    }

    [Fact]
    public async Task Readers_run_alongside_a_write_and_see_it_all_or_not_at_all()
    {
        var store = Open();
        await store.ApplyAsync(Graph.Batch, Ct);
        var before = Graph.Nodes.Count - 3;
        var added = Enumerable.Range(0, 2000)
            .Select(i => new GeoGraph.Core.Model.Node($"org:bulk-{i:D4}", GeoGraph.Core.Model.NodeKind.Organization, $"Bulk {i}", [$"b{i}"], null, ContractGraph.T1))
            .ToArray();

        using var stop = new CancellationTokenSource();
        var counts = new System.Collections.Concurrent.ConcurrentBag<long>();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            do
            {
                counts.Add(await store.CountNodesAsync(new NodeFilter(), Ct));
                var page = await store.FindNodesAsync(new NodeFilter(), new PageRequest(500, null), Ct);
                Assert.True(page.Items.Count is > 0 and <= 500);
            }
            while (!stop.IsCancellationRequested);
        }, Ct)).ToArray();

        var write = await store.ApplyAsync(IngestionBatch.OfNodes(added), Ct);
        await Task.Delay(50, Ct);
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Equal(2000, write.NodesCreated);
        Assert.NotEmpty(counts);
        Assert.All(counts, c => Assert.True(c == before || c == before + 2000, $"a reader saw {c} nodes"));
        Assert.Equal(before + 2000, await store.CountNodesAsync(new NodeFilter(), Ct));
    }

    [Fact]
    public async Task Concurrent_writers_are_serialised_not_refused()
    {
        var store = Open();
        var writes = Enumerable.Range(0, 8).Select(i => Task.Run(() => store.ApplyAsync(IngestionBatch.OfNodes(
            [new GeoGraph.Core.Model.Node($"org:writer-{i}", GeoGraph.Core.Model.NodeKind.Organization, $"Writer {i}", [], null, ContractGraph.T0)]), Ct), Ct));
        var results = await Task.WhenAll(writes);
        Assert.All(results, r => Assert.Equal(1, r.NodesCreated));
        Assert.Equal(8, await store.CountNodesAsync(new NodeFilter(), Ct));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_reported_as_store_unavailable()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DbPath)!);
        await File.WriteAllTextAsync(DbPath, new string('x', 8192), Ct);
        var e = Assert.Throws<GeoGraphException>(() => Open());
        Assert.Equal(ErrorCodes.StoreUnavailable, e.Code);
    }

    [Fact]
    public void Default_path_is_under_local_application_data()
    {
        Assert.Equal(
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "geograph", "geograph.db"),
            SqliteStoreOptions.DefaultPath);
        Assert.Equal(SqliteStoreOptions.DefaultPath, new SqliteStoreOptions().Path);
    }
}
