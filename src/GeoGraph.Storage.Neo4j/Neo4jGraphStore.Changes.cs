using GeoGraph.Bolt;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j;

// The change log: :Change nodes appended by each write as its last statement, numbered under the
// :ChangeCounter's write lock (so in commit order); back-filled once for data that predates it.
public sealed partial class Neo4jGraphStore
{
    private static class ChangeQueries
    {
        public static readonly string Append = CypherStatements.Query("changes_append");
        public static readonly string After = CypherStatements.Query("changes_after");
        public static readonly string OpenLog = CypherStatements.Query("changes_open_log");
        public static readonly string Backfill = CypherStatements.Query("changes_backfill");
    }

    private static async Task AppendChangesAsync(BoltTransaction tx, IReadOnlyList<ChangeEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0) return;
        var rows = entries.Select(e => new Dictionary<string, object?>
        {
            ["kind"] = ChangeLog.Code(e.Kind),
            ["at"] = Neo4jValues.Utc(e.At),
            ["relationId"] = e.RelationId,
            ["entityId"] = e.EntityId,
            ["articleId"] = e.ArticleId,
            ["formerId"] = e.FormerId,
        }).ToArray();
        await QueryAsync(tx, ChangeQueries.Append, new() { ["rows"] = rows }, ct);
    }

    /// <summary>Creates the log's counter when the database has none, back-filling entries for what it already holds.</summary>
    private static async Task OpenChangeLogAsync(BoltSession session, CancellationToken ct) =>
        await session.ExecuteWriteAsync(async tx =>
        {
            var backfill = (await QueryAsync(tx, ChangeQueries.OpenLog, [], ct)).Single().Get<bool>("backfill");
            if (backfill) await QueryAsync(tx, ChangeQueries.Backfill, [], ct);
            return backfill;
        }, null, ct);

    public async Task<Page<Change>> GetChangesAsync(ChangeQuery query, CancellationToken ct = default)
    {
        query = ChangeLog.Check(query);
        var records = await ReadAsync("get_changes", ChangeQueries.After, new()
        {
            ["after"] = query.AfterSequence,
            ["since"] = Neo4jValues.Utc(query.Since),
            ["limit"] = (long)query.First + 1,
        }, ct);
        var fetched = records.Select(r => new Change(r.Get<long>("sequence"), ChangeLog.ParseCode(r.Get<string>("kind")), Neo4jValues.Instant(r["at"]),
            r["relationId"] as string, r["entityId"] as string, r["articleId"] as string, r.Keys.Contains("formerId") ? r["formerId"] as string : null)).ToArray();
        return ChangeLog.Page(fetched, query.First);
    }
}
