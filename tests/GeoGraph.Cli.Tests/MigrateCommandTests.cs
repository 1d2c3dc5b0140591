using GeoGraph.Cli.Tests.Support;
using GeoGraph.Core.Vocabulary;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Testing;
using GeoGraph.Testing.Bolt;

namespace GeoGraph.Cli.Tests;

/// <summary><c>geograph migrate</c>: SQLite to SQLite, compared item by item; SQLite to the Neo4j store on the fake Bolt server.</summary>
public sealed class MigrateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Migrating_the_seed_to_a_new_SQLite_file_gives_an_identical_store_and_a_second_run_changes_nothing()
    {
        var seed = await Stores.SeededAsync(_dir);
        var copy = _dir.File("copy.db");

        var first = await Geograph.RunAsync("migrate", "--from", Stores.Sqlite(seed), "--to", Stores.Sqlite(copy));

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(await Stores.SnapshotAsync(seed), await Stores.SnapshotAsync(copy));
        Assert.Equal(
            [
                "copied 1 article: 1 article created",
                "copied 250 nodes (COUNTRY): 250 nodes created",
                "copied 4 nodes (PERSON): 4 nodes created",
                "copied 6 nodes (ORGANIZATION): 6 nodes created",
                "copied 2 nodes (COMMODITY): 2 nodes created",
                "copied 1 node (EVENT): 1 node created",
                "copied 4 nodes (CLAIM): 4 nodes created",
                "copied 43 relations with 52 citations: 43 relations, 52 citations created",
            ],
            first.Lines[..8]);
        Assert.Matches(@"^migrated sqlite:\S+seed\.db to sqlite:\S+copy\.db in \d+\.\d\d s: 1 article, 267 nodes, 43 relations, 52 citations created$", first.Lines[8]);
        Assert.Equal(
            [
                "                            from        to",
                "nodes COUNTRY                250       250",
                "nodes PERSON                   4         4",
                "nodes ORGANIZATION             6         6",
                "nodes COMMODITY                2         2",
                "nodes EVENT                    1         1",
                "nodes CLAIM                    4         4",
                "articles                       1         1",
                "article texts                  0         0",
                "relations                     43        43",
                "retracted relations            0         0",
                "citations                     52        52",
                "verified citations             0         0",
            ],
            first.Lines[9..22]);
        Assert.StartsWith("counts match", first.Lines[22]);

        var second = await Geograph.RunAsync("migrate", "--from", Stores.Sqlite(seed), "--to", Stores.Sqlite(copy));

        Assert.Equal(0, second.ExitCode);
        Assert.All(second.Lines[..8], line => Assert.EndsWith(": nothing changed", line));
        Assert.EndsWith(": nothing changed", second.Lines[8]);
        Assert.Equal(await Stores.SnapshotAsync(seed), await Stores.SnapshotAsync(copy));
    }

    [Fact]
    public async Task Ids_recording_times_retractions_texts_and_verified_citations_survive_a_migration()
    {
        var contract = await Stores.ContractGraphAsync(_dir);
        var copy = _dir.File("copy.db");

        var run = await Geograph.RunAsync("migrate", "--from", Stores.Sqlite(contract), "--to", Stores.Sqlite(copy));

        Assert.True(run.ExitCode == 0, run.ToString());
        var snapshot = await Stores.SnapshotAsync(copy);
        Assert.Equal(await Stores.SnapshotAsync(contract), snapshot);
        Assert.Equal(2, snapshot.Count(l => l.Contains("reason='not supported by the article'", StringComparison.Ordinal)));
        Assert.Contains(run.Lines, l => l == "retracted relations            2         2");
    }

    [Fact]
    public async Task A_target_that_held_other_data_differs_in_its_counts_and_exits_1()
    {
        var seed = await Stores.SeededAsync(_dir);
        var contract = await Stores.ContractGraphAsync(_dir);

        var run = await Geograph.RunAsync("migrate", "--from", Stores.Sqlite(contract), "--to", Stores.Sqlite(seed));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains(run.Lines, l => l.StartsWith("relations ", StringComparison.Ordinal) && l.EndsWith("   differs", StringComparison.Ordinal));
        Assert.StartsWith("geograph migrate: the counts differ: ", run.Error);
    }

    [Fact]
    public async Task Migrating_to_Neo4j_sends_every_node_article_relation_and_citation_of_the_seed_through_the_stores_apply_statements()
    {
        var seed = await Stores.SeededAsync(_dir);
        var expected = await Stores.SnapshotAsync(seed);
        var applied = new Neo4jApplyLog();
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Login().Serve(applied.Answer));
        var environment = new Dictionary<string, string>
        {
            ["Neo4j__User"] = "neo4j",
            ["Neo4j__Password"] = "secret",
            ["Neo4j__ApplySchema"] = "false",
        };

        var run = await Geograph.RunAsync(environment, null, "migrate", "--from", Stores.Sqlite(seed), "--to", server.Uri());

        Assert.Equal(expected.Where(l => l.StartsWith("relation ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).Order(), applied.RelationIds.Order());
        Assert.Equal(expected.Where(l => l.StartsWith("node ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).Order(), applied.NodeIds.Order());
        Assert.Equal(["article:21064a8d1731bc87"], applied.ArticleIds);
        Assert.Equal(52, applied.Citations);
        var connected = expected.Where(l => l.StartsWith("relation ", StringComparison.Ordinal)).SelectMany(l => new[] { l.Split(' ')[2], l.Split(' ')[4] }).Distinct();
        Assert.Equal(connected.Count(), applied.Mentions);
        // The target's change log records the copy: every article, node and relation once.
        Assert.Equal((1, 267, 43), (applied.ChangeKinds.Count(k => k == "ARTICLE_RECORDED"), applied.ChangeKinds.Count(k => k == "ENTITY_RECORDED"),
            applied.ChangeKinds.Count(k => k == "RELATION_RECORDED")));
        Assert.Equal(311, applied.ChangeKinds.Count);
        Assert.Contains(run.Lines, l => l.StartsWith("copied 43 relations with 52 citations: 43 relations, 52 citations created", StringComparison.Ordinal));
        // The fake server keeps nothing, so the count of the Neo4j side finds it empty: the check reports it and fails.
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("relations                     43         0   differs", run.Lines);
        Assert.All(server.Received.Where(m => m.Name == "LOGON"), m => Assert.Equal("secret", m.Extra["credentials"]));
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_source_file_that_does_not_exist_exits_2_and_the_same_store_twice_exits_64()
    {
        var missing = await Geograph.RunAsync("migrate", "--from", Stores.Sqlite(_dir.File("none.db")), "--to", Stores.Sqlite(_dir.File("copy.db")));
        Assert.Equal((ExitCodes.ConnectionFailure, $"geograph migrate: no SQLite store at {_dir.File("none.db")}\n"), (missing.ExitCode, missing.Error));

        var same = await Geograph.RunAsync("migrate", "--from", Stores.Sqlite(_dir.File("a.db")), "--to", Stores.Sqlite(_dir.File("a.db")));
        Assert.Equal(ExitCodes.Usage, same.ExitCode);
        Assert.StartsWith("geograph migrate: --from and --to name the same store.", same.Error);

        var neither = await Geograph.RunAsync("migrate");
        Assert.Equal(ExitCodes.Usage, neither.ExitCode);
        Assert.Contains("Option '--from' is required.", neither.Error);
    }

    /// <summary>
    /// Answers the Neo4j store's write statements as a server holding nothing yet would (nothing
    /// locked is stored; every row is written) and notes what each carried. Reads find nothing.
    /// </summary>
    private sealed class Neo4jApplyLog
    {
        private static readonly string[] Types = RelationVocabulary.Default.All.Select(t => t.Type).ToArray();
        private static readonly string LockArticles = CypherStatements.Query("apply_lock_articles");
        private static readonly string CreateArticles = CypherStatements.Query("apply_create_articles");
        private static readonly string LockNodes = CypherStatements.Query("apply_lock_nodes");
        private static readonly string WriteNodes = CypherStatements.Query("apply_write_nodes");
        private static readonly HashSet<string> MergeRelations = Types.Select(t => CypherStatements.ForType(CypherStatements.Query("apply_merge_relations"), t)).ToHashSet();
        private static readonly HashSet<string> LockCitations = Types.Select(t => CypherStatements.ForType(CypherStatements.Query("apply_lock_citations"), t)).ToHashSet();
        private static readonly string WriteCitations = CypherStatements.Query("apply_write_citations");
        private static readonly string Mentioning = CypherStatements.Query("apply_mentions");
        private static readonly string AppendChanges = CypherStatements.Query("changes_append");

        public List<string> ArticleIds { get; } = [];
        public List<string> NodeIds { get; } = [];
        public List<string> RelationIds { get; } = [];
        public int Citations { get; private set; }
        public int Mentions { get; private set; }
        public List<string> ChangeKinds { get; } = [];

        public (string[] Fields, object?[][] Rows) Answer(string query, IReadOnlyDictionary<string, object?> parameters)
        {
            var rows = parameters.TryGetValue("rows", out var r) ? ((object?[])r!).Cast<IReadOnlyDictionary<string, object?>>().ToArray() : [];
            var ids = parameters.TryGetValue("ids", out var i) ? ((object?[])i!).Cast<string>().ToArray() : [];
            // Locking creates a bare placeholder for each id not stored yet: here, all of them.
            if (query == LockArticles) return (["id", "creating", "hasText"], ids.Select(id => new object?[] { id, true, false }).ToArray());
            if (query == CreateArticles) return Written("created", rows, ArticleIds);
            if (query == LockNodes)
                return (["id", "creating", "kind", "name", "aliases", "description", "recordedAt"],
                    ids.Select(id => new object?[] { id, true, null, null, null, null, null }).ToArray());
            if (query == WriteNodes) return Written("written", rows, NodeIds);
            if (MergeRelations.Contains(query))
            {
                RelationIds.AddRange(rows.Select(row => (string)row["id"]!));
                return (["matched", "createdIds", "stored"], [[(long)rows.Length, rows.Select(row => row["id"]).ToArray(), Array.Empty<object?>()]]);
            }
            if (LockCitations.Contains(query))
                return (["relationId", "elementId", "articleIds", "quotes", "starts", "ends", "speakerIds", "stances", "verified"],
                    ids.Select(id => new object?[] { id, "5:" + id, Array.Empty<object?>(), Array.Empty<object?>(), Array.Empty<object?>(),
                        Array.Empty<object?>(), Array.Empty<object?>(), Array.Empty<object?>(), Array.Empty<object?>() }).ToArray());
            if (query == WriteCitations)
            {
                Citations += rows.Sum(row => ((object?[])row["quotes"]!).Length);
                return (["written"], [[(long)rows.Length]]);
            }
            if (query == AppendChanges)
            {
                ChangeKinds.AddRange(rows.Select(row => (string)row["kind"]!));
                return (["appended", "last"], [[(long)rows.Length, (long)ChangeKinds.Count]]);
            }
            if (query == Mentioning)
            {
                Mentions += rows.Length;
                return (["mentions"], [[(long)rows.Length]]);
            }
            return ([], []);
        }

        private static (string[], object?[][]) Written(string field, IReadOnlyDictionary<string, object?>[] rows, List<string> ids)
        {
            ids.AddRange(rows.Select(row => (string)row["id"]!));
            return ([field], [[(long)rows.Length]]);
        }
    }
}
