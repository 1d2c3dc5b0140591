using System.Globalization;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Conditions;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

// The analysts' reads: timelines, relation counts and degrees, each one query (per chunk of ids).
public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Core's <see cref="TimelineDates"/> rule over a relations row aliased <paramref name="r"/>:
    /// valid_from, else the calendar day (as published, in the article's own offset: the text's
    /// first ten characters) of the earliest citing article by instant (julianday reads the offset).
    /// </summary>
    private static string TimelineDay(string r) =>
        $"CASE WHEN {r}.valid_from IS NOT NULL THEN {r}.valid_from ELSE ("
        + $"SELECT substr(a.published_at, 1, 10) FROM citations c JOIN articles a ON a.id = c.article_id "
        + $"WHERE c.relation_id = {r}.id AND a.published_at IS NOT NULL "
        + "ORDER BY julianday(a.published_at), substr(a.published_at, 1, 10) LIMIT 1) END";

    public Task<Page<TimelineEntry>> FindTimelineAsync(TimelineQuery query, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        query = QueryLimits.Check(query);
        return RunAsync("find_timeline", async (c, ct) =>
        {
            var (sql, rows) = TimelineRows(query, page.After);
            var items = new List<PagedItem<TimelineEntry>>();
            await using var cmd = sql.Command(c, $"{rows} ORDER BY day, id LIMIT {sql.Param(page.First + 1)};");
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                items.Add(TimelineEntry.Paged(SqlValues.ParseDate(r.GetString(SqlValues.RelationColumnCount)), SqlValues.ReadRelation(r)));
            return Page<TimelineEntry>.From(items, page.First);
        }, ct);
    }

    public Task<long> CountTimelineAsync(TimelineQuery query, CancellationToken ct = default)
    {
        query = QueryLimits.Check(query);
        return RunAsync("count_timeline", async (c, ct) =>
        {
            var (sql, rows) = TimelineRows(query, after: null);
            await using var cmd = sql.Command(c, $"SELECT count(*) FROM ({rows});");
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }, ct);
    }

    /// <summary>The entity's dated relations in the date range after the cursor: the relation columns, then the day.</summary>
    private static (SqlBuilder Sql, string Rows) TimelineRows(TimelineQuery query, PageKey? after)
    {
        var sql = new SqlBuilder();
        var id = sql.Param(query.Id);
        sql.Where($"r.id IN (SELECT id FROM relations WHERE subject_id = {id} UNION ALL SELECT id FROM relations WHERE object_id = {id})");
        if (query.Types is { Count: > 0 } types) sql.Where($"r.type IN {sql.InList(types)}");
        VisibleAt(sql, query.KnownAt, query.IncludeRetracted);
        var dated = $"SELECT {SqlValues.RelationColumns}, {TimelineDay("r")} AS day FROM relations r{sql.WhereClause()}";

        var outer = new List<string> { "day IS NOT NULL" };
        if (query.From is { } from) outer.Add($"day >= {sql.Param(SqlValues.Date(from))}");
        if (query.To is { } to) outer.Add($"day <= {sql.Param(SqlValues.Date(to))}");
        if (after is { } key)
        {
            var day = sql.Param(SqlValues.Date(DateOnly.FromDayNumber(key.Rank)));
            outer.Add($"(day > {day} OR (day = {day} AND id > {sql.Param(key.Id)}))");
        }
        return (sql, $"SELECT * FROM ({dated}) WHERE {string.Join(" AND ", outer)}");
    }

    public Task<IReadOnlyList<RelationBucket>> CountRelationsByAsync(RelationCountQuery query, CancellationToken ct = default)
    {
        query = QueryLimits.Check(query);
        return RunAsync<IReadOnlyList<RelationBucket>>("count_relations_by", async (c, ct) =>
        {
            var listing = RelationQuery(query.Filter, null);
            var sql = listing.Sql;
            // One column per key, NULL when not grouped by, in RelationBucketKey's order.
            var period = query.Has(RelationGroupKey.Month) ? $"substr({TimelineDay("g")}, 1, 7)"
                : query.Has(RelationGroupKey.Year) ? $"substr({TimelineDay("g")}, 1, 4)" : null;
            string?[] keys =
            [
                query.Has(RelationGroupKey.Type) ? "g.type" : null,
                query.Has(RelationGroupKey.Subject) ? "g.subject_id" : null,
                query.Has(RelationGroupKey.Object) ? "g.object_id" : null,
                query.Has(RelationGroupKey.SubjectKind) ? "(SELECT kind FROM nodes WHERE id = g.subject_id)" : null,
                query.Has(RelationGroupKey.ObjectKind) ? "(SELECT kind FROM nodes WHERE id = g.object_id)" : null,
                period,
            ];
            var columns = keys.Select((k, i) => $"{k ?? "NULL"} AS k{i}");
            var grouped = keys.Select((k, i) => k is null ? null : $"k{i}").OfType<string>().ToArray();
            // Undated relations (a NULL period) sort after every period.
            var order = grouped.SelectMany(k => k == "k5" ? new[] { "k5 IS NULL", "k5" } : [k]);
            var text = $"SELECT k0, k1, k2, k3, k4, k5, count(*) AS n FROM (SELECT {string.Join(", ", columns)} FROM ({listing.Rows}) g) "
                + $"GROUP BY {string.Join(", ", grouped)} ORDER BY n DESC, {string.Join(", ", order)} LIMIT {sql.Param(query.First)};";
            var buckets = new List<RelationBucket>();
            await using var cmd = sql.Command(c, text);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                string? At(int i) => r.IsDBNull(i) ? null : r.GetString(i);
                var key = new RelationBucketKey(At(0), At(1), At(2),
                    At(3) is { } sk ? SqlValues.ParseKind(sk) : null, At(4) is { } ok ? SqlValues.ParseKind(ok) : null, At(5));
                buckets.Add(new RelationBucket(key, r.GetInt64(6)));
            }
            return buckets;
        }, ct);
    }

    public Task<IReadOnlyDictionary<string, long>> CountDegreesAsync(IReadOnlyCollection<string> nodeIds, TraversalFilter filter, CancellationToken ct = default)
    {
        filter = QueryLimits.Check(filter);
        return RunAsync<IReadOnlyDictionary<string, long>>("count_degrees", async (c, ct) =>
        {
            var degrees = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var chunk in SqlBuilder.Chunks(nodeIds))
            {
                var sql = new SqlBuilder();
                var inList = sql.InList(chunk);
                if (filter.Types is { Count: > 0 } types) sql.Where($"r.type IN {sql.InList(types)}");
                if (filter.ValidAt is { } day) sql.Where(RelationConditions.Where(sql, new RelationCondition.ValidAt(day)));
                VisibleAt(sql, filter.KnownAt, includeRetracted: false);
                var conditions = sql.WhereClause("AND");
                // As ExpandAsync lists them: OUT as subject, IN as object, BOTH either, a self-loop once.
                var sides = new List<string>();
                if (filter.Direction != TraversalDirection.In)
                    sides.Add($"SELECT r.subject_id AS node FROM relations r WHERE r.subject_id IN {inList}{conditions}");
                if (filter.Direction != TraversalDirection.Out)
                    sides.Add($"SELECT r.object_id AS node FROM relations r WHERE r.object_id IN {inList}{conditions}"
                        + (filter.Direction == TraversalDirection.Both ? " AND r.subject_id <> r.object_id" : ""));
                await using var cmd = sql.Command(c, $"SELECT node, count(*) FROM ({string.Join(" UNION ALL ", sides)}) GROUP BY node;");
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct)) degrees[r.GetString(0)] = r.GetInt64(1);
            }
            return degrees;
        }, ct);
    }
}
