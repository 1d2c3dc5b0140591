using GeoGraph.Core.Errors;
using GeoGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

/// <summary>
/// A bulk write session (<see cref="SqliteGraphStore.BeginBulkAsync"/>): one connection, one
/// immediate transaction begun and committed with plain SQL, so Microsoft.Data.Sqlite sees no
/// transaction object and the store's commands run in it as they are. Batches are savepoints in it
/// (<see cref="SqliteGraphStore.ApplyAsync"/>). One caller at a time.
/// </summary>
internal sealed class SqliteBulkSession(SqliteConnection connection) : IBulkSession
{
    public SqliteConnection Connection { get; } = connection;

    public IGraphStore Store { get; set; } = null!;

    public Task CommitAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        EnsureInTransaction(Connection);
        Execute("COMMIT;");
        Begin();
        return Task.CompletedTask;
    }

    public void Begin() => Execute("BEGIN IMMEDIATE;");

    public ValueTask DisposeAsync()
    {
        try
        {
            // What was not committed is discarded.
            if (!IsAutocommit(Connection)) Execute("ROLLBACK;");
        }
        finally
        {
            Connection.Dispose();
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Whether the connection is outside any transaction (SQLite's autocommit mode).</summary>
    public static bool IsAutocommit(SqliteConnection c) => SQLitePCL.raw.sqlite3_get_autocommit(c.Handle) != 0;

    /// <summary>
    /// Refuses to go on when the session's transaction is gone (SQLite rolls a transaction back on
    /// some I/O errors): a batch would otherwise be written statement by statement, not all or nothing.
    /// </summary>
    public static void EnsureInTransaction(SqliteConnection c)
    {
        if (IsAutocommit(c))
            throw GeoGraphException.StoreUnavailable(
                "the bulk write session's transaction was rolled back by an earlier failure; nothing since its last commit was kept",
                new InvalidOperationException("no transaction is active on the bulk session's connection"));
    }

    private void Execute(string sql)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
