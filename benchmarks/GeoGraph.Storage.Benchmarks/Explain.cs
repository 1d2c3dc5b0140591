using System.Diagnostics;
using System.Globalization;
using GeoGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Benchmarks;

/// <summary>
/// <c>-- explain</c>: the query plans of the store's main queries on the benchmark graph, and a
/// rough per-query time. The SQL mirrors what SqliteGraphStore builds (Listings.cs, Traversal.cs,
/// SqliteGraphStore.cs at the time of writing); "proposed" rows are alternatives measured on the
/// same private copy, not what the store runs.
/// </summary>
public static class Explain
{
    private const string RelationColumns =
        "r.id, r.type, r.subject_id, r.object_id, r.qualifiers, r.valid_from, r.valid_from_precision, r.valid_to, r.valid_to_precision, "
        + "r.confidence, r.recorded_at, r.recorded_by, r.retracted_at, r.retracted_by, r.retract_reason";
    private const string NodeColumns = "n.id, n.kind, n.name, n.aliases, n.description, n.recorded_at";
    private const string Visible = "(r.recorded_at <= @now) AND (r.retracted_at IS NULL OR r.retracted_at > @now)";

    public static void Run()
    {
        using var fixture = SyntheticStore.OpenCopy();
        var inputs = BenchmarkInputs.Choose(fixture);
        Console.WriteLine($"graph: {SyntheticStore.Options}");
        Console.WriteLine($"inputs: {inputs}");
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = fixture.Path, Pooling = false }.ToString());
        c.Open();
        foreach (var table in new[] { "nodes", "node_aliases", "articles", "relations", "citations" })
            Console.WriteLine($"{table}: {Scalar(c, $"SELECT count(*) FROM {table};")} rows");

        var p = new Dictionary<string, object>
        {
            ["@now"] = DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            ["@type"] = SqliteStoreBenchmarks.Type,
            ["@hub"] = inputs.Hub,
            ["@leaf"] = inputs.Leaf,
            ["@article"] = inputs.Article,
            ["@day"] = SqliteStoreBenchmarks.ValidAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["@claim"] = "CLAIM",
            ["@exact"] = inputs.Exact.ToLowerInvariant(),
            ["@prefix"] = inputs.Prefix.ToLowerInvariant(),
            ["@contains"] = inputs.Contains.ToLowerInvariant(),
            ["@limit"] = 51,
        };

        string Search(string s) =>
            $"WITH matches (node_id, rank) AS (SELECT id, CASE WHEN search_key = {s} THEN 0 WHEN instr(search_key, {s}) = 1 THEN 1 ELSE 2 END FROM nodes WHERE instr(search_key, {s}) > 0 "
            + $"UNION ALL SELECT node_id, CASE WHEN alias_key = {s} THEN 0 WHEN instr(alias_key, {s}) = 1 THEN 1 ELSE 2 END FROM node_aliases WHERE instr(alias_key, {s}) > 0), "
            + "ranked (node_id, rank) AS (SELECT node_id, min(rank) FROM matches GROUP BY node_id) "
            + $"SELECT {NodeColumns}, m.rank FROM ranked m JOIN nodes n ON n.id = m.node_id WHERE (n.kind <> @claim) ORDER BY m.rank, n.id LIMIT @limit;";
        // Proposed: exact and prefix matches through the search-key indexes (a range scan on the
        // BINARY index: key >= s AND key < s || U+10FFFF); the contains scan only runs when those
        // do not fill the page.
        string IndexedPrefix(string s) =>
            $"WITH matches (node_id, rank) AS (SELECT id, CASE WHEN search_key = {s} THEN 0 ELSE 1 END FROM nodes WHERE search_key >= {s} AND search_key < {s} || char(1114111) "
            + $"UNION ALL SELECT node_id, CASE WHEN alias_key = {s} THEN 0 ELSE 1 END FROM node_aliases WHERE alias_key >= {s} AND alias_key < {s} || char(1114111)), "
            + "ranked (node_id, rank) AS (SELECT node_id, min(rank) FROM matches GROUP BY node_id) "
            + $"SELECT {NodeColumns}, m.rank FROM ranked m JOIN nodes n ON n.id = m.node_id WHERE (n.kind <> @claim) ORDER BY m.rank, n.id LIMIT @limit;";
        string Touching(string ids) =>
            $"SELECT {RelationColumns} FROM relations r WHERE (r.id IN (SELECT id FROM relations WHERE subject_id IN {ids} UNION ALL SELECT id FROM relations WHERE object_id IN {ids})) AND {Visible} ORDER BY r.id;";
        string Has(string types) =>
            $"EXISTS (SELECT 1 FROM relations r WHERE r.object_id = n.id AND r.type IN {types} AND r.recorded_at <= @now AND (r.retracted_at IS NULL OR r.retracted_at > @now))";

        var queries = new (string Name, string Sql)[]
        {
            ("relations by type", $"SELECT {RelationColumns}, 0 FROM relations r WHERE (r.type = @type) AND {Visible} ORDER BY r.id LIMIT @limit;"),
            ("relations by subject (hub)", $"SELECT {RelationColumns}, 0 FROM relations r WHERE (r.subject_id = @hub) AND {Visible} ORDER BY r.id LIMIT @limit;"),
            ("relations by article", $"SELECT {RelationColumns}, 0 FROM relations r WHERE (r.id IN (SELECT relation_id FROM citations WHERE article_id = @article)) AND {Visible} ORDER BY r.id LIMIT @limit;"),
            ("relations validAt", $"SELECT {RelationColumns}, 0 FROM relations r WHERE (r.valid_from IS NULL OR r.valid_from <= @day) AND (r.valid_to_end IS NULL OR r.valid_to_end >= @day) AND {Visible} ORDER BY r.id LIMIT @limit;"),
            ("relations involves (hub)", $"SELECT {RelationColumns}, 0 FROM relations r WHERE (r.id IN (SELECT id FROM relations WHERE subject_id = @hub UNION ALL SELECT id FROM relations WHERE object_id = @hub)) AND {Visible} ORDER BY r.id LIMIT @limit;"),
            ("relations page of 500", $"SELECT {RelationColumns}, 0 FROM relations r WHERE {Visible} ORDER BY r.id LIMIT 501;"),
            ("count relations by type", $"SELECT count(*) FROM (SELECT {RelationColumns}, 0 FROM relations r WHERE (r.type = @type) AND {Visible});"),
            ("nodes search exact", Search("@exact")),
            ("nodes search prefix", Search("@prefix")),
            ("nodes search contains", Search("@contains")),
            ("PROPOSED nodes search exact via index", IndexedPrefix("@exact")),
            ("PROPOSED nodes search prefix via index", IndexedPrefix("@prefix")),
            ("claims disputed", $"SELECT {NodeColumns}, 0 FROM nodes n WHERE (n.kind = @claim) AND ({Has("('ASSERTS', 'SPECULATES')")} AND {Has("('DENIES', 'DENIES_LINK')")}) ORDER BY n.id LIMIT @limit;"),
            ("get nodes (IN list)", $"SELECT {NodeColumns} FROM nodes n WHERE n.id IN ({string.Join(", ", inputs.NodeIds.Take(100).Select(Quote))});"),
            ("get citations (IN list)", $"SELECT c.relation_id, c.article_id, c.quote, c.start_offset, c.end_offset, c.speaker_id, c.stance, c.verified FROM citations c WHERE c.relation_id IN ({string.Join(", ", inputs.RelationIds.Select(Quote))}) ORDER BY c.relation_id, c.article_id, c.start_offset, c.end_offset;"),
            ("traversal: relations touching the hub", Touching("(@hub)")),
            // Proposed: two id-ordered index ranges merged, so a page of a hub's relations reads ~first rows per side.
            ("PROPOSED relations involves (hub) as a merge of two ordered ranges",
                $"SELECT * FROM (SELECT {RelationColumns}, 0 FROM relations r WHERE r.subject_id = @hub AND {Visible} "
                + $"UNION SELECT {RelationColumns}, 0 FROM relations r WHERE r.object_id = @hub AND {Visible}) ORDER BY 1 LIMIT @limit;"),
        };

        foreach (var (name, sql) in queries)
        {
            Console.WriteLine();
            Console.WriteLine($"== {name}: {Time(c, sql, p, out var rows):F3} ms, {rows} rows");
            using var cmd = Command(c, "EXPLAIN QUERY PLAN " + sql, p);
            using var r = cmd.ExecuteReader();
            var depth = new Dictionary<long, int> { [0] = 0 };
            while (r.Read())
            {
                var d = depth.GetValueOrDefault(r.GetInt64(1)) + 1;
                depth[r.GetInt64(0)] = d;
                Console.WriteLine($"   {new string(' ', 2 * d)}{r.GetString(3)}");
            }
        }

        // What the traversals read: one query per level for the relations touching the frontier.
        foreach (var (start, label) in new[] { (inputs.Hub, "hub"), (inputs.Mid, "mid-degree node") })
        {
            var reached = new List<string> { start };
            var frontier = new List<string> { start };
            var read = 0L;
            for (var depth = 0; depth < 2 && reached.Count < 500; depth++)
            {
                read += frontier.Chunk(500).Sum(chunk => Convert.ToInt64(Scalar(c,
                    $"SELECT count(*) FROM relations WHERE id IN (SELECT id FROM relations WHERE subject_id IN ({string.Join(", ", chunk.Select(Quote))}) "
                    + $"UNION ALL SELECT id FROM relations WHERE object_id IN ({string.Join(", ", chunk.Select(Quote))}));"), CultureInfo.InvariantCulture));
                var level = fixture.Store.GetNeighborhoodAsync(new NeighborhoodQuery(start, depth + 1, 500, new TraversalFilter())).GetAwaiter().GetResult()!;
                frontier = level.Nodes.Select(n => n.Id).Except(reached).ToList();
                reached.AddRange(frontier);
            }
            Console.WriteLine($"neighbourhood of {label} {start}, depth 2, limit 500: {reached.Count} nodes, reading {read} relation rows "
                + $"(of {Scalar(c, "SELECT count(*) FROM relations;")}).");
        }

        // Proposed: a covering index for counts by type (the visibility columns ride along), measured on this private copy.
        Console.WriteLine();
        var countSql = $"SELECT count(*) FROM (SELECT {RelationColumns}, 0 FROM relations r WHERE (r.type = @type) AND {Visible});";
        Console.WriteLine($"count by type before: {Time(c, countSql, p, out _):F3} ms");
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "CREATE INDEX ix_scratch_type_visible ON relations (type, id, recorded_at, retracted_at);";
            cmd.ExecuteNonQuery();
        }
        Console.WriteLine($"count by type with (type, id, recorded_at, retracted_at): {Time(c, countSql, p, out _):F3} ms");
        using (var plan = Command(c, "EXPLAIN QUERY PLAN " + countSql, p))
        using (var r = plan.ExecuteReader())
            while (r.Read()) Console.WriteLine($"     {r.GetString(3)}");
    }

    private static string Quote(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static SqliteCommand Command(SqliteConnection c, string sql, Dictionary<string, object> p)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (k, v) in p)
            if (sql.Contains(k + " ", StringComparison.Ordinal) || sql.Contains(k + ")", StringComparison.Ordinal) || sql.Contains(k + ";", StringComparison.Ordinal)
                || sql.Contains(k + ",", StringComparison.Ordinal))
                cmd.Parameters.AddWithValue(k, v);
        return cmd;
    }

    /// <summary>Median of 7 runs of the query, reading every row.</summary>
    private static double Time(SqliteConnection c, string sql, Dictionary<string, object> p, out int rows)
    {
        var times = new List<double>();
        rows = 0;
        for (var i = 0; i < 7; i++)
        {
            using var cmd = Command(c, sql, p);
            var sw = Stopwatch.StartNew();
            using var r = cmd.ExecuteReader();
            rows = 0;
            while (r.Read()) rows++;
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        return times.Order().ElementAt(times.Count / 2);
    }
}
