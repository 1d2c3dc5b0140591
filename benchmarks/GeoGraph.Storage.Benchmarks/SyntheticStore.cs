using System.Diagnostics;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite;
using GeoGraph.Core.Synthetic;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Benchmarks;

/// <summary>
/// The benchmark graph: ~20,000 nodes and 100,000 relations from <see cref="SyntheticGraph"/>,
/// built once into a file under the temp directory keyed by the generator options, then copied
/// for each benchmark process so writes in one benchmark never leak into the next run.
/// </summary>
public sealed class SyntheticStore : IDisposable
{
    public static readonly SyntheticGraphOptions Options = new() { Seed = 42, Entities = 20_000, Articles = 10_000, Relations = 100_000 };

    public static string CacheDirectory => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "geograph-bench");

    public static string CachedPath => System.IO.Path.Combine(CacheDirectory, $"synthetic-{Options.CacheKey}.db");

    private readonly string _runDirectory;

    private SyntheticStore(string runDirectory, SqliteGraphStore store)
    {
        _runDirectory = runDirectory;
        Store = store;
    }

    public SqliteGraphStore Store { get; }

    public string Path => Store.Path;

    /// <summary>A private copy of the cached graph (building the cache first when missing).</summary>
    public static SyntheticStore OpenCopy()
    {
        EnsureCached();
        var runDirectory = System.IO.Path.Combine(CacheDirectory, $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(runDirectory);
        var path = System.IO.Path.Combine(runDirectory, "store.db");
        File.Copy(CachedPath, path);
        return new SyntheticStore(runDirectory, SqliteGraphStore.Open(new SqliteStoreOptions { Path = path }));
    }

    public static void EnsureCached()
    {
        if (File.Exists(CachedPath)) return;
        Directory.CreateDirectory(CacheDirectory);
        Build(CachedPath, Options);
    }

    /// <summary>Writes the graph the options generate to <paramref name="path"/> (replacing it), WAL folded in.</summary>
    public static void Build(string path, SyntheticGraphOptions options)
    {
        var building = path + $".building-{Environment.ProcessId}";
        var clock = Stopwatch.StartNew();
        int relations = 0, citations = 0;
        using (var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = building }))
        {
            foreach (var batch in SyntheticGraph.Generate(options))
            {
                store.ApplyAsync(batch).GetAwaiter().GetResult();
                relations += batch.Relations.Count;
                citations += batch.Citations.Count;
            }
        }
        // Fold the WAL into the file so a plain copy of the .db is the whole graph. No ANALYZE:
        // the store never runs it, so the planner here works without statistics, as in production.
        using (var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString()))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            cmd.ExecuteNonQuery();
        }
        File.Move(building, path, overwrite: true);
        foreach (var suffix in new[] { "-wal", "-shm" })
            if (File.Exists(building + suffix)) File.Delete(building + suffix);
        Console.WriteLine($"// built {path}: {relations} relations, {citations} citations in {clock.Elapsed.TotalSeconds:F1} s");
    }

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            Directory.Delete(_runDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Read-only SQL on the copy, for choosing benchmark inputs (hubs, leaves, ids).</summary>
    public List<string> Strings(string sql)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var result = new List<string>();
        while (r.Read()) result.Add(r.GetString(0));
        return result;
    }

    /// <summary>
    /// <paramref name="count"/> new relations between existing people, cited by an existing
    /// article; <paramref name="tag"/> goes into a qualifier, so a new tag means new relation ids.
    /// </summary>
    public static IngestionBatch RelationBatch(IReadOnlyList<string> people, string articleId, string tag, int count)
    {
        var at = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var relations = new Relation[count];
        var citations = new Citation[count];
        for (var i = 0; i < count; i++)
        {
            var subject = people[(2 * i) % people.Count];
            var obj = people[(2 * i + 1) % people.Count];
            Qualifier[] qualifiers = [new("channel", $"{tag}-{i}", null, null, null)];
            var id = GeoGraph.Core.Ids.ContentIds.ForRelation(GeoGraph.Core.Vocabulary.RelationVocabulary.Default, "COMMUNICATES_WITH", subject, obj, qualifiers, null, null);
            relations[i] = new Relation(id, "COMMUNICATES_WITH", subject, obj, qualifiers, null, null, 0.9, at, "bench");
            citations[i] = new Citation(id, articleId, "They spoke by phone.", 100, 120, null, CitationStance.Asserts, false);
        }
        return new IngestionBatch([], [], relations, citations);
    }
}
