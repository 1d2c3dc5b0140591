using GeoGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

// The change log: entries appended inside each write transaction (the one writer numbers them in
// commit order), read by sequence.
public sealed partial class SqliteGraphStore
{
    private static async Task AppendChangesAsync(SqliteConnection c, SqliteTransaction? tx, IReadOnlyList<ChangeEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0) return;
        await using var insert = Prepare(c, tx,
            "INSERT INTO changes (kind, at, relation_id, entity_id, article_id, former_id) VALUES (@kind, @at, @relation_id, @entity_id, @article_id, @former_id);",
            "@kind", "@at", "@relation_id", "@entity_id", "@article_id", "@former_id");
        foreach (var e in entries)
        {
            Bind(insert, ChangeLog.Code(e.Kind), SqlValues.Timestamp(e.At), SqlValues.Nullable(e.RelationId), SqlValues.Nullable(e.EntityId), SqlValues.Nullable(e.ArticleId),
                SqlValues.Nullable(e.FormerId));
            insert.ExecuteNonQuery();
        }
    }

    public Task<Page<Change>> GetChangesAsync(ChangeQuery query, CancellationToken ct = default)
    {
        query = ChangeLog.Check(query);
        return RunAsync("get_changes", async (c, ct) =>
        {
            var sql = new SqlBuilder();
            sql.Where($"sequence > {sql.Param(query.AfterSequence)}");
            if (query.Since is { } since) sql.Where($"at >= {sql.Param(SqlValues.Timestamp(since))}");
            await using var cmd = sql.Command(c,
                $"SELECT sequence, kind, at, relation_id, entity_id, article_id, former_id FROM changes{sql.WhereClause()} ORDER BY sequence LIMIT {sql.Param(query.First + 1)};");
            await using var r = await cmd.ExecuteReaderAsync(ct);
            var fetched = new List<Change>();
            while (await r.ReadAsync(ct))
                fetched.Add(new Change(r.GetInt64(0), ChangeLog.ParseCode(r.GetString(1)), SqlValues.ParseTimestamp(r.GetString(2)),
                    r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6)));
            return ChangeLog.Page(fetched, query.First);
        }, ct);
    }
}
