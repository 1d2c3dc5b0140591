using System.Diagnostics;
using System.Globalization;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace GeoGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, so many readers run alongside one writer.
/// Every operation takes a connection from Microsoft.Data.Sqlite's pool and returns it, so one
/// instance serves concurrent requests. Writes take the write lock up front (BEGIN IMMEDIATE).
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IBulkWrites, IDisposable
{
    public static readonly ActivitySource ActivitySource = new("GeoGraph.Storage.Sqlite");

    private readonly string _connectionString;
    private readonly string _connectionPragmas;

    /// <summary>The native connections <see cref="_connectionPragmas"/> already ran on (weakly held: the pool owns them).</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();
    private static readonly object Configured = new();

    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    /// <summary>The first corruption an operation met: from then on the store says it is not ready.</summary>
    private volatile string? _corruption;
    /// <summary>Which qualifiers identify a fact: relation ids are recomputed with it when entities merge.</summary>
    private readonly RelationVocabulary _vocabulary;

    /// <summary>The bulk session this instance is the view of (every call runs on its connection), or null.</summary>
    private readonly SqliteBulkSession? _bulk;

    /// <summary>A bulk session's view of <paramref name="store"/> (<see cref="BeginBulkAsync"/>).</summary>
    private SqliteGraphStore(SqliteGraphStore store, SqliteBulkSession bulk)
    {
        (_connectionString, _connectionPragmas, _vocabulary, Path) = (store._connectionString, store._connectionPragmas, store._vocabulary, store.Path);
        _bulk = bulk;
    }

    /// <summary>
    /// A session on one pooled connection holding one immediate transaction; each batch applied
    /// through its store is a savepoint in it (<see cref="IBulkWrites"/>). A bulk import commits
    /// every few dozen bundles instead of after each: SQLite writes every page a transaction
    /// dirtied to the WAL at its commit, and a bundle's relations, keyed by content hashes, dirty
    /// pages all over each index, so per-bundle commits rewrote the indexes again and again.
    /// </summary>
    public Task<IBulkSession> BeginBulkAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var connection = OpenConnection();
        try
        {
            var session = new SqliteBulkSession(connection);
            session.Begin();
            session.Store = new SqliteGraphStore(this, session);
            return Task.FromResult<IBulkSession>(session);
        }
        catch (SqliteException e) when (TryTranslate(e) is { } translated)
        {
            connection.Dispose();
            throw translated;
        }
    }

    private SqliteGraphStore(SqliteStoreOptions options, RelationVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
        // Per-connection settings (journal_mode=WAL is persistent in the file and set once at open).
        _connectionPragmas =
            $"PRAGMA synchronous = {(options.SynchronousFull ? "FULL" : "NORMAL")}; "
            + $"PRAGMA busy_timeout = {((long)options.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)};"
            + (options.CacheSizeMiB is > 0 and var mib ? $" PRAGMA cache_size = {(-1024L * mib).ToString(CultureInfo.InvariantCulture)};" : "")
            + (options.WalAutocheckpointPages is > 0 and var pages ? $" PRAGMA wal_autocheckpoint = {pages.ToString(CultureInfo.InvariantCulture)};" : "")
            + (options.TempStoreInMemory ? " PRAGMA temp_store = MEMORY;" : "");
        Path = options.Path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens (creating when missing) the database at <see cref="SqliteStoreOptions.Path"/>, checks
    /// its integrity (<see cref="SqliteStoreOptions.CheckOnOpen"/>) and brings its schema up to date.
    /// A file that cannot be used — unreadable, unwritable, not a database, corrupt — is refused with
    /// STORE_UNAVAILABLE naming the path and what to do.
    /// </summary>
    public static SqliteGraphStore Open(SqliteStoreOptions options, ILogger? logger = null, RelationVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        var store = new SqliteGraphStore(options, vocabulary ?? RelationVocabulary.Default);
        try
        {
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(options.Path));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            using var connection = store.OpenConnection();
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                var mode = wal.ExecuteScalar() as string;
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                    throw new InvalidOperationException($"SQLite refused WAL journal mode (got '{mode}')");
            }
            if (options.CheckOnOpen) CheckIntegrity(connection, options.Path, logger);
            SqliteSchema.Migrate(connection);
        }
        catch (Exception e) when (e is not GeoGraphException)
        {
            store.Dispose();
            if (e is SqliteException { SqliteErrorCode: SqliteCorrupt } corrupt)
                throw GeoGraphException.StoreUnavailable(
                    $"the SQLite database at '{options.Path}' is corrupt ({corrupt.Message}); GeoGraph will not serve from it. Restore it from a backup, or point Storage:Sqlite:Path at another file", e);
            var reason = e is SqliteException sqlite ? $"{sqlite.Message} (SQLite error {sqlite.SqliteErrorCode})" : e.Message;
            throw GeoGraphException.StoreUnavailable(
                $"the SQLite database at '{options.Path}' cannot be used: {reason}. Check that the file is a GeoGraph database and that this process may read and write it and its folder", e);
        }
        catch
        {
            store.Dispose();
            throw;
        }
        return store;
    }

    /// <summary><c>PRAGMA quick_check</c>: "ok", or the first problems found, which refuse the file.</summary>
    private static void CheckIntegrity(SqliteConnection connection, string path, ILogger? logger)
    {
        var watch = Stopwatch.StartNew();
        var problems = new List<string>();
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA quick_check(5);";
            using var r = check.ExecuteReader();
            while (r.Read()) problems.Add(r.GetString(0));
        }
        if (problems is ["ok"])
        {
            logger?.LogInformation("SQLite database {Path}: integrity check (quick_check) passed in {Milliseconds} ms", path, watch.ElapsedMilliseconds);
            return;
        }
        throw GeoGraphException.StoreUnavailable(
            $"the SQLite database at '{path}' is corrupt ({string.Join("; ", problems)}); GeoGraph will not serve from it. Restore it from a backup, or point Storage:Sqlite:Path at another file",
            new InvalidDataException(string.Join("\n", problems)));
    }

    /// <summary>Closes the pooled connections to this file (so it can be moved or deleted).</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            // The pool hands back the same native connection many times: its settings stay, so they
            // are applied once per native connection rather than on every open (two statements
            // prepared and run per store call otherwise).
            if (!_configured.TryGetValue(connection.Handle!, out _))
            {
                using var cmd = connection.CreateCommand();
                cmd.CommandText = _connectionPragmas;
                cmd.ExecuteNonQuery();
                _configured.AddOrUpdate(connection.Handle!, Configured);
            }
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs one store operation on a pooled connection, translating SQLite failures.</summary>
    private async Task<T> RunAsync<T>(string operation, Func<SqliteConnection, CancellationToken, Task<T>> body, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var activity = ActivitySource.StartActivity("sqlite." + operation);
        try
        {
            if (_bulk is not null) return await body(_bulk.Connection, ct);
            await using var connection = OpenConnection();
            return await body(connection, ct);
        }
        catch (SqliteException e) when (TryTranslate(e) is { } translated)
        {
            // Any other SQLite error is not caught at all, so it keeps its own stack trace.
            if (e.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase) _corruption ??= e.Message;
            throw translated;
        }
    }

    /// <summary>
    /// The one place SQLite error codes become GeoGraph errors; null for the codes that have no
    /// GeoGraph meaning (those propagate untouched).
    /// </summary>
    private static GeoGraphException? TryTranslate(SqliteException e) => e.SqliteErrorCode switch
    {
        // SQLITE_CONSTRAINT_FOREIGNKEY: the batch refers to something neither stored nor in the batch.
        19 when e.SqliteExtendedErrorCode == 787 => GeoGraphException.Validation(
            "batch", "refers to a node, relation or article that is neither stored nor in the batch"),
        // BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, PROTOCOL, NOTADB, PERM.
        5 or 6 or 8 or 10 or 11 or 13 or 14 or 15 or 26 or 3 => GeoGraphException.StoreUnavailable(
            $"the SQLite store is unavailable: {e.Message}", e),
        _ => null,
    };

    /// <summary>Any failure to read the schema is STORE_UNAVAILABLE, whatever SQLite or the file system said.</summary>
    public async Task CheckReadyAsync(CancellationToken ct = default)
    {
        // A damaged page may be far from the schema this check reads; once any operation met one,
        // the store is not ready until GeoGraph restarts on a sound file (which Open checks).
        if (_corruption is { } corruption)
            throw GeoGraphException.StoreUnavailable(
                $"the SQLite database at '{Path}' is corrupt ({corruption}); restore it from a backup and restart GeoGraph",
                new InvalidDataException(corruption));
        try
        {
            await RunAsync("ready", async (c, ct) =>
            {
                await using var cmd = c.CreateCommand();
                cmd.CommandText = "SELECT count(*) FROM sqlite_schema WHERE name = 'nodes';";
                if (Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) != 1)
                    throw GeoGraphException.StoreUnavailable("the SQLite store has no schema", new InvalidOperationException("missing table 'nodes'"));
                return true;
            }, ct);
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw GeoGraphException.StoreUnavailable($"the SQLite store at '{Path}' is unavailable: {e.Message}", e);
        }
    }

    public Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        RunAsync<IReadOnlyDictionary<string, Node>>("get_nodes", async (c, ct) =>
        {
            var found = await LoadNodesAsync(c, null, ids, ct);
            if (found.Count == ids.Count) return found;
            // Ids merged into other entities answer the survivor (one hop: redirects are kept flat).
            var redirects = await NodeRedirectsAsync(c, null, ids.Where(id => !found.ContainsKey(id)).ToArray(), ct);
            if (redirects.Count == 0) return found;
            var survivors = await LoadNodesAsync(c, null, redirects.Values.Distinct(StringComparer.Ordinal), ct);
            foreach (var (former, id) in redirects)
                if (survivors.TryGetValue(id, out var node)) found[former] = node;
            return found;
        }, ct);

    public Task<ILookup<string, Node>> FindNodesByExternalIdsAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default) =>
        RunAsync("find_nodes_by_external_ids", async (c, ct) =>
        {
            var found = new List<(string Key, Node Node)>();
            foreach (var chunk in SqlBuilder.Chunks(keys.Distinct(StringComparer.Ordinal)))
            {
                var sql = new SqlBuilder();
                await using var cmd = sql.Command(c,
                    $"SELECT {SqlValues.NodeColumns}, x.external_key FROM node_external_ids x JOIN nodes n ON n.id = x.node_id "
                    + $"WHERE x.external_key IN {sql.InList(chunk)} ORDER BY x.external_key, n.id;", null);
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct)) found.Add((r.GetString(SqlValues.NodeColumnCount), SqlValues.ReadNode(r)));
            }
            return found.ToLookup(f => f.Key, f => f.Node, StringComparer.Ordinal);
        }, ct);

    public Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, bool includeText = false, CancellationToken ct = default) =>
        RunAsync<IReadOnlyDictionary<string, Article>>("get_articles", async (c, ct) =>
        {
            var result = new Dictionary<string, Article>(StringComparer.Ordinal);
            foreach (var chunk in SqlBuilder.Chunks(ids))
            {
                var sql = new SqlBuilder();
                var text = includeText ? ", a.text" : "";
                await using var cmd = sql.Command(c, $"SELECT {SqlValues.ArticleColumns}{text} FROM articles a WHERE a.id IN {sql.InList(chunk)};");
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct))
                {
                    var article = SqlValues.ReadArticle(r, includeText ? SqlValues.ArticleColumnCount : null);
                    result[article.Id] = article;
                }
            }
            return result;
        }, ct);

    public Task<IReadOnlyDictionary<string, Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        RunAsync<IReadOnlyDictionary<string, Relation>>("get_relations", async (c, ct) =>
        {
            var result = new Dictionary<string, Relation>(StringComparer.Ordinal);
            foreach (var chunk in SqlBuilder.Chunks(ids))
            {
                var sql = new SqlBuilder();
                await using var cmd = sql.Command(c, $"SELECT {SqlValues.RelationColumns} FROM relations r WHERE r.id IN {sql.InList(chunk)};");
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct))
                {
                    var relation = SqlValues.ReadRelation(r);
                    result[relation.Id] = relation;
                }
            }
            if (result.Count == ids.Count) return result;
            // Former ids (the id rule changed, an end was merged) answer the relation they became.
            var redirects = await RelationRedirectsAsync(c, null, ids.Where(id => !result.ContainsKey(id)).ToArray(), ct);
            foreach (var (former, id) in redirects)
            {
                if (!result.TryGetValue(id, out var current))
                {
                    var sql = new SqlBuilder();
                    await using var cmd = sql.Command(c, $"SELECT {SqlValues.RelationColumns} FROM relations r WHERE r.id = {sql.Param(id)};");
                    await using var r = await cmd.ExecuteReaderAsync(ct);
                    if (!await r.ReadAsync(ct)) continue;
                    current = SqlValues.ReadRelation(r);
                }
                result[former] = current;
            }
            return result;
        }, ct);

    public Task<ILookup<string, Citation>> GetCitationsAsync(IReadOnlyCollection<string> relationIds, CancellationToken ct = default) =>
        RunAsync("get_citations", (c, ct) => LoadCitationsAsync(c, null, relationIds, ct), ct);

    public Task<ILookup<string, Relation>> GetIncomingRelationsAsync(
        IReadOnlyCollection<string> objectIds, IReadOnlyCollection<string> types, DateTimeOffset knownAt, CancellationToken ct = default) =>
        IncomingRelationsAsync(objectIds, QueryLimits.DistinctTypes(types), knownAt, ct);

    private Task<ILookup<string, Relation>> IncomingRelationsAsync(
        IReadOnlyCollection<string> objectIds, string[] types, DateTimeOffset knownAt, CancellationToken ct) =>
        RunAsync("get_incoming_relations", async (c, ct) =>
        {
            var relations = new List<Relation>();
            foreach (var chunk in SqlBuilder.Chunks(objectIds))
            {
                var sql = new SqlBuilder();
                sql.Where($"r.object_id IN {sql.InList(chunk)}");
                if (types.Length > 0) sql.Where($"r.type IN {sql.InList(types)}");
                VisibleAt(sql, knownAt, includeRetracted: false);
                await using var cmd = sql.Command(c, $"SELECT {SqlValues.RelationColumns} FROM relations r{sql.WhereClause()} ORDER BY r.object_id, r.id;");
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct)) relations.Add(SqlValues.ReadRelation(r));
            }
            return relations.ToLookup(x => x.ObjectId, StringComparer.Ordinal);
        }, ct);

    private static async Task<Dictionary<string, Node>> LoadNodesAsync(
        SqliteConnection c, SqliteTransaction? tx, IEnumerable<string> ids, CancellationToken ct)
    {
        var result = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var chunk in SqlBuilder.Chunks(ids))
        {
            var sql = new SqlBuilder();
            await using var cmd = sql.Command(c, $"SELECT {SqlValues.NodeColumns} FROM nodes n WHERE n.id IN {sql.InList(chunk)};", tx);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var node = SqlValues.ReadNode(r);
                result[node.Id] = node;
            }
        }
        return result;
    }

    /// <summary>Relation visibility as of <paramref name="knownAt"/>: recorded by then, and not yet retracted unless asked.</summary>
    private static void VisibleAt(SqlBuilder sql, DateTimeOffset knownAt, bool includeRetracted) =>
        sql.Where(Visible(sql, knownAt, includeRetracted));

    /// <summary>The condition <see cref="VisibleAt"/> adds, on its own (for a subquery).</summary>
    private static string Visible(SqlBuilder sql, DateTimeOffset knownAt, bool includeRetracted)
    {
        var k = sql.Param(SqlValues.Timestamp(knownAt));
        return includeRetracted ? $"r.recorded_at <= {k}" : $"r.recorded_at <= {k} AND (r.retracted_at IS NULL OR r.retracted_at > {k})";
    }
}
