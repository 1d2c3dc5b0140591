using GeoGraph.Core.Errors;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Vocabulary;
using GeoGraph.Core.Model;
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

    /// <summary>The schema version a file reaches when opened (SqliteSchema's number of steps).</summary>

    private string DbPath => Path.Combine(_directory, "nested", "geograph.db");

    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult<IGraphStore>(Open());

    private SqliteGraphStore Open(bool synchronousFull = false, TimeSpan? busyTimeout = null)
    {
        var options = new SqliteStoreOptions { Path = DbPath, SynchronousFull = synchronousFull };
        if (busyTimeout is { } timeout) options.BusyTimeout = timeout;
        var store = SqliteGraphStore.Open(options);
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

    private static Task<string> PragmaAsync(string path, string pragma) => ScalarAsync(path, $"PRAGMA {pragma};");

    /// <summary>The first value <paramref name="sql"/> answers, run on the file directly (not through a store).</summary>
    private static async Task<string> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    /// <summary>A file as an older GeoGraph left it: the contract graph written, then <paramref name="downgrade"/> run on it.</summary>
    private async Task<IReadOnlyList<string>> OlderVersionAsync(string downgrade, bool retract = false)
    {
        var old = Open();
        await old.ApplyAsync(Graph.Batch, Ct);
        if (retract) await old.RetractRelationAsync(Graph.RAD.Id, "wrong", "editor", ContractGraph.TRetract, Ct);
        var before = await StoreSnapshot.TakeAsync(old, Ct);
        old.Dispose();
        await ScalarAsync(DbPath, downgrade);
        // A file from before external ids holds none: the upgrade starts every node without them.
        return downgrade.Contains("DROP TABLE node_external_ids", StringComparison.Ordinal)
            ? before.Select(line => System.Text.RegularExpressions.Regex.Replace(line, " externalIds=\\[[^\\]]*\\]", "")).ToArray()
            : before;
    }

    [Fact]
    public async Task Opening_creates_the_directory_and_a_WAL_database_at_the_current_schema_version()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(DbPath)));
        Open();
        Assert.True(File.Exists(DbPath));
        Assert.Equal("wal", await PragmaAsync(DbPath, "journal_mode"));
        Assert.Equal(CurrentVersion, await PragmaAsync(DbPath, "user_version"));
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
        Assert.Equal(CurrentVersion, await PragmaAsync(DbPath, "user_version"));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(second, Ct));
        Assert.Equal(new ApplyResult(0, 0, 0, 0, 0, 0), await second.ApplyAsync(Graph.Batch, Ct));
    }

    private static readonly string CurrentVersion = SqliteSchema.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What schema version 11 changed (ids and kinds in the trigram table), undone: a version 10 file.</summary>
    private const string Version10 = """
        DROP TRIGGER node_trigrams_node_insert;
        DROP TRIGGER node_trigrams_node_update;
        DROP TRIGGER node_trigrams_node_delete;
        DROP TRIGGER node_trigrams_alias_insert;
        DROP TRIGGER node_trigrams_alias_delete;
        DROP TABLE node_trigrams;
        """ + SqliteGraphStore.NodeTrigramsStep + """
        PRAGMA user_version = 10;
        """;

    /// <summary>What schema version 10 added (unique external ids), taken away again: a version 9 file.</summary>
    private const string Version9 = Version10 + """
        DROP INDEX ux_node_external_ids_key;
        PRAGMA user_version = 9;
        """;

    /// <summary>What schema version 9 changed (traversal and hub-by-type indexes), undone: a version 8 file.</summary>
    private const string Version8 = Version9 + """
        DROP INDEX ix_relations_subject_object;
        DROP INDEX ix_relations_object_subject;
        DROP INDEX ix_relations_subject_type_id;
        DROP INDEX ix_relations_object_type_id;
        CREATE INDEX ix_relations_object_type ON relations (object_id, type, recorded_at, retracted_at);
        PRAGMA user_version = 8;
        """;

    /// <summary>What schema version 8 added (external ids), taken away again: a version 7 file.</summary>
    private const string Version7 = Version8 + """
        DROP TABLE node_external_ids;
        ALTER TABLE nodes DROP COLUMN external_ids;
        PRAGMA user_version = 7;
        """;

    /// <summary>What schema version 7 added (the trigram index of node keys), taken away again: a version 6 file.</summary>
    private const string Version6 = Version7 + """
        DROP TRIGGER node_trigrams_node_insert;
        DROP TRIGGER node_trigrams_node_update;
        DROP TRIGGER node_trigrams_node_delete;
        DROP TRIGGER node_trigrams_alias_insert;
        DROP TRIGGER node_trigrams_alias_delete;
        DROP TABLE node_trigrams;
        PRAGMA user_version = 6;
        """;

    /// <summary>What schema version 6 added (citation qualifiers, redirects, changes' former ids), taken away again: a version 5 file.</summary>
    private const string Version5 = Version6 + """
        DROP TABLE relation_redirects;
        DROP TABLE node_redirects;
        ALTER TABLE changes DROP COLUMN former_id;
        ALTER TABLE citations DROP COLUMN qualifiers;
        PRAGMA user_version = 5;
        """;

    /// <summary>What schema version 4 added (the change log), taken away again: a version 3 file.</summary>
    private const string Version3 = Version5 + """
        DROP TABLE changes;
        PRAGMA user_version = 3;
        """;

    /// <summary>What schema version 3 added (the search tables, published_ms), taken away again: a version 2 file.</summary>
    private const string Version2 = Version3 + """
        DROP TABLE citation_words;
        DROP TABLE article_words;
        ALTER TABLE articles DROP COLUMN published_ms;
        PRAGMA user_version = 2;
        """;

    /// <summary>Relation indexes as schema version 1 created them (version 2 widened them), on a version 2 file.</summary>
    private const string Version1Indexes = Version2 + """
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
        var before = await OlderVersionAsync(Version1Indexes, retract: true);
        Assert.Equal("1", await PragmaAsync(DbPath, "user_version"));
        Assert.Equal(["type", "id"], await IndexColumnsAsync(DbPath, "ix_relations_type_id"));

        var upgraded = Open();
        Assert.Equal(CurrentVersion, await PragmaAsync(DbPath, "user_version"));
        Assert.Equal(["type", "id", "recorded_at", "retracted_at"], await IndexColumnsAsync(DbPath, "ix_relations_type_id"));
        Assert.Equal(["subject_id", "id", "recorded_at", "retracted_at"], await IndexColumnsAsync(DbPath, "ix_relations_subject_id"));
        Assert.Equal(["object_id", "id", "recorded_at", "retracted_at"], await IndexColumnsAsync(DbPath, "ix_relations_object_id"));
        Assert.Empty(await IndexColumnsAsync(DbPath, "ix_relations_object_type")); // replaced by version 9's (object_id, type, id, …)
        Assert.Equal(before, await StoreSnapshot.TakeAsync(upgraded, Ct));
        Assert.Equal(3, await upgraded.CountRelationsAsync(new RelationFilter(Now, Type: "IMPORTS"), Ct));
        Assert.Equal(Graph.Relations.Count - 1, await upgraded.CountRelationsAsync(new RelationFilter(Now), Ct)); // A–D retracted

        // Opening again does nothing more.
        Open();
        Assert.Equal(CurrentVersion, await PragmaAsync(DbPath, "user_version"));
    }

    [Fact]
    public async Task A_version_8_database_gains_the_pair_and_type_indexes_and_answers_neighbourhoods_as_before()
    {
        var before = await OlderVersionAsync(Version8, retract: true);
        Assert.Equal("8", await PragmaAsync(DbPath, "user_version"));
        Assert.Equal(["object_id", "type", "recorded_at", "retracted_at"], await IndexColumnsAsync(DbPath, "ix_relations_object_type"));
        Assert.Empty(await IndexColumnsAsync(DbPath, "ix_relations_subject_object"));

        var upgraded = Open();
        Assert.Equal(CurrentVersion, await PragmaAsync(DbPath, "user_version"));
        Assert.Equal(["subject_id", "object_id", "id", "recorded_at", "retracted_at"], await IndexColumnsAsync(DbPath, "ix_relations_subject_object"));
        Assert.Equal(["object_id", "subject_id", "id", "recorded_at", "retracted_at"], await IndexColumnsAsync(DbPath, "ix_relations_object_subject"));
        Assert.Equal(["subject_id", "type", "id", "recorded_at", "retracted_at"], await IndexColumnsAsync(DbPath, "ix_relations_subject_type_id"));
        Assert.Equal(["object_id", "type", "id", "recorded_at", "retracted_at"], await IndexColumnsAsync(DbPath, "ix_relations_object_type_id"));
        Assert.Empty(await IndexColumnsAsync(DbPath, "ix_relations_object_type"));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(upgraded, Ct));

        // The traversals and the by-type listing read the upgraded file as the reference reads it.
        foreach (var start in new[] { ContractGraph.A, ContractGraph.CN, ContractGraph.US })
            for (var depth = 1; depth <= 3; depth++)
            {
                var query = new NeighborhoodQuery(start, depth, 4, new TraversalFilter(Now), RelationLimit: 3);
                var expected = await ReferenceTraversal.GetNeighborhoodAsync(upgraded, query, Ct);
                var actual = await upgraded.GetNeighborhoodAsync(query, Ct);
                Assert.Equal(expected!.Nodes.Select(n => n.Id), actual!.Nodes.Select(n => n.Id));
                Assert.Equal(expected.Relations.Select(r => r.Id), actual.Relations.Select(r => r.Id));
                Assert.Equal(expected.RelationsTruncated, actual.RelationsTruncated);
            }
        var imports = Graph.Relations.Where(r => r.Type == "IMPORTS" && (r.SubjectId == ContractGraph.RareEarths || r.ObjectId == ContractGraph.RareEarths))
            .Select(r => r.Id).Order(StringComparer.Ordinal);
        Assert.Equal(imports, (await upgraded.FindRelationsAsync(new RelationFilter(Now, Type: "IMPORTS", InvolvesId: ContractGraph.RareEarths), new PageRequest(50, null), Ct)).Items.Select(i => i.Item.Id));
    }

    [Fact]
    public async Task A_version_7_database_gains_external_ids_every_stored_node_starting_with_none()
    {
        var before = await OlderVersionAsync(Version7);
        Assert.Equal("7", await PragmaAsync(DbPath, "user_version"));

        var upgraded = Open();
        Assert.Equal(CurrentVersion, await PragmaAsync(DbPath, "user_version"));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(upgraded, Ct));
        Assert.All((await upgraded.GetNodesAsync(Graph.Nodes.Select(n => n.Id).ToArray(), Ct)).Values, n => Assert.Empty(n.ExternalIds));

        // A node written after the upgrade carries its ids and is found by them.
        var china = Graph.NodeOf(ContractGraph.CN) with { ExternalIds = [new ExternalId("wikidata", "Q148")] };
        await upgraded.ApplyAsync(IngestionBatch.OfNodes([china], NodeWrite.Replace), Ct);
        Assert.Equal(ContractGraph.CN, Assert.Single((await upgraded.FindNodesByExternalIdsAsync(["wikidata:Q148"], Ct))["wikidata:Q148"]).Id);
    }

    [Fact]
    public async Task A_version_2_database_upgrades_to_word_search_over_the_quotes_and_texts_it_already_holds()
    {
        var before = await OlderVersionAsync(Version2);
        Assert.Equal("2", await PragmaAsync(DbPath, "user_version"));

        var upgraded = Open();
        Assert.Equal(CurrentVersion, await PragmaAsync(DbPath, "user_version"));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(upgraded, Ct));
        // Every stored quote is indexed (one row each), and so is every stored text.
        Assert.Equal(Graph.Citations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await ScalarAsync(DbPath, "SELECT count(*) FROM citation_words"));
        var lin = await upgraded.FindCitationsAsync(new CitationFilter(Now, Search: "gem ores"), CitationOrder.Relevance, PageRequest.FirstPage(), Ct);
        Assert.Equal(Graph.RDenies.Id, Assert.Single(lin.Items).Item.RelationId);
        var found = await upgraded.FindArticlesAsync(new ArticleFilter("ironclad friendship"), PageRequest.FirstPage(), Ct);
        Assert.Equal(new PageKey(3, Graph.Beijing.Id), Assert.Single(found.Items).Key);
        Assert.Equal(Graph.Beijing.PublishedAt!.Value.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            await ScalarAsync(DbPath, $"SELECT published_ms FROM articles WHERE id = '{Graph.Beijing.Id}'"));
    }

    [Fact]
    public async Task A_version_5_database_recomputes_relation_ids_merging_one_fact_worded_twice_and_keeping_every_citation()
    {
        // Before version 6 every qualifier was part of a relation's id (the old rule is the new one
        // with no describing keys): the same 100% tariff threat, worded "on Chinese goods" in one
        // source and "on all Chinese imports" in another, was two relations beside the contract
        // graph's own (rate only); a topic of talks made an id of its own.
        var g = Graph;
        var oldRule = new RelationVocabulary(RelationVocabulary.Default.All.Select(t => t with { DescribingQualifiers = [] }));
        var rate = new Qualifier("rate", "100", 100, "percent", null);
        Relation Old(string type, string subject, string obj, Qualifier[] qualifiers, DateTimeOffset at, PartialDate? from = null) =>
            new(ContentIds.ForRelation(oldRule, type, subject, obj, qualifiers, from, null), type, subject, obj,
                qualifiers.OrderBy(q => q.Key, StringComparer.Ordinal).ToArray(), from, null, 0.9, at, "analyst");
        var october = g.RTariff.ValidFrom;
        var onGoods = Old("THREATENS_TARIFF", ContractGraph.Trump, ContractGraph.CN, [rate, new("goods", "Chinese goods", null, null, null)], ContractGraph.T1, october);
        var onImports = Old("THREATENS_TARIFF", ContractGraph.Trump, ContractGraph.CN, [rate, new("goods", "all Chinese imports", null, null, null)], ContractGraph.T1.AddDays(1), october);
        var talks = Old("COMMUNICATES_WITH", ContractGraph.A, ContractGraph.B, [new("topic", "trade", null, null, null)], ContractGraph.T1);
        Citation Cite(Relation r, Article a, int start) => new(r.Id, a.Id, "quoted", start, start + 6, null, CitationStance.Asserts, false);
        var old = Open();
        await old.ApplyAsync(g.Batch, Ct);
        await old.ApplyAsync(new IngestionBatch([], [], [onGoods, onImports, talks],
            [Cite(onGoods, g.Tariffs, 0), Cite(onImports, g.Beijing, 10), Cite(onImports, g.Chain, 20), Cite(talks, g.Chain, 30)]), Ct);
        old.Dispose();
        await ScalarAsync(DbPath, Version5);
        Assert.NotEqual(g.RTariff.Id, onGoods.Id);

        var upgraded = Open();
        Assert.Equal(CurrentVersion, await PragmaAsync(DbPath, "user_version"));

        // The three readings are one fact now, under the id the contract graph gives it; the former
        // ids find it, and it is as first recorded (the contract graph's, at T0).
        var found = await upgraded.GetRelationsAsync([onGoods.Id, onImports.Id, g.RTariff.Id], Ct);
        Assert.Equal([g.RTariff.Id, g.RTariff.Id, g.RTariff.Id], new[] { onGoods.Id, onImports.Id, g.RTariff.Id }.Select(id => found[id].Id));
        Assert.Equal(StoreSnapshot.Describe(g.RTariff), StoreSnapshot.Describe(found[onGoods.Id]));
        // Every citation is kept, each with how its source worded the goods.
        var citations = (await upgraded.GetCitationsAsync([g.RTariff.Id], Ct))[g.RTariff.Id].ToArray();
        Assert.Equal(g.Citations.Count(c => c.RelationId == g.RTariff.Id) + 3, citations.Length);
        Assert.Equal(["Chinese goods"], citations.Single(c => c.ArticleId == g.Tariffs.Id && c.End == 6).Qualifiers.Select(q => q.Value));
        Assert.All(citations.Where(c => c.ArticleId != g.Tariffs.Id), c => Assert.Equal(["all Chinese imports"], c.Qualifiers.Select(q => q.Value)));
        // The talks only changed id; their citation keeps the topic.
        var newTalks = ContentIds.ForRelation(RelationVocabulary.Default, talks);
        Assert.Equal(newTalks, found.Count == 3 ? (await upgraded.GetRelationsAsync([talks.Id], Ct))[talks.Id].Id : null);
        Assert.Equal(["trade"], Assert.Single((await upgraded.GetCitationsAsync([newTalks], Ct))[newTalks]).Qualifiers.Select(q => q.Value));
        Assert.Equal(g.Relations.Count + 1, await upgraded.CountRelationsAsync(new RelationFilter(Now, IncludeRetracted: true), Ct));
        // The change log says where each former id went.
        var moved = (await ChangesAsync(upgraded, pageSize: 500)).Where(c => c.Kind == ChangeKind.RelationIdChanged)
            .Select(c => (c.FormerId, c.RelationId)).Order().ToArray();
        Assert.Equal(new (string?, string?)[] { (onGoods.Id, g.RTariff.Id), (onImports.Id, g.RTariff.Id), (talks.Id, newTalks) }.Order().ToArray(), moved);
        // A relation stored under the new rule from the start never moved.
        Assert.Equal(g.RGifted.Id, (await upgraded.GetRelationsAsync([g.RGifted.Id], Ct))[g.RGifted.Id].Id);
    }

    [Fact]
    public async Task A_version_10_database_gains_ids_and_kinds_in_its_trigram_index_that_writes_keep_in_step()
    {
        var before = await OlderVersionAsync(Version10);
        Assert.Equal("10", await PragmaAsync(DbPath, "user_version"));

        var store = Open();
        Assert.Equal(CurrentVersion, await PragmaAsync(DbPath, "user_version"));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store, Ct));
        // Every node once, under its own id and kind.
        Assert.Equal("0", await ScalarAsync(DbPath,
            "SELECT count(*) FROM nodes n LEFT JOIN node_trigrams t ON t.rowid = n.rowid WHERE t.id IS NOT n.id OR t.kind IS NOT n.kind"));
        Assert.Equal(Graph.Nodes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), await ScalarAsync(DbPath, "SELECT count(*) FROM node_trigrams"));

        // A rename, a new alias and a new node are found at once, under their ids.
        var trump = Graph.Nodes.Single(n => n.Id == ContractGraph.Trump);
        await store.ApplyAsync(IngestionBatch.OfNodes([trump with { Name = "Forty-seventh President", Aliases = ["POTUS Trump"] }], NodeWrite.Replace), Ct);
        await store.ApplyAsync(IngestionBatch.OfNodes([new Node("person:new-trigram", NodeKind.Person, "Quillon Zephyrine", ["Q. Zeph"], null, Now)]), Ct);
        async Task<string[]> Found(string search) =>
            (await store.FindNodesAsync(new NodeFilter(Search: search), new PageRequest(500, null), Ct)).Items.Select(i => i.Item.Id).ToArray();
        Assert.Equal([trump.Id], await Found("tus tr"));
        Assert.Equal(["person:new-trigram"], await Found("lon zeph"));
        Assert.Equal("person:new-trigram|PERSON", await ScalarAsync(DbPath, "SELECT id || '|' || kind FROM node_trigrams WHERE node_trigrams MATCH '\"zeph\"'"));
    }

    [Fact]
    public async Task A_version_6_database_gains_a_trigram_index_of_names_and_aliases_that_writes_keep_in_step()
    {
        var before = await OlderVersionAsync(Version6);
        Assert.Equal("6", await PragmaAsync(DbPath, "user_version"));

        var store = Open();
        Assert.Equal(CurrentVersion, await PragmaAsync(DbPath, "user_version"));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store, Ct));
        // One row per node, holding its name and alias keys.
        Assert.Equal(Graph.Nodes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), await ScalarAsync(DbPath, "SELECT count(*) FROM node_trigrams"));
        async Task<string[]> Found(string search) =>
            (await store.FindNodesAsync(new NodeFilter(Search: search), new PageRequest(500, null), Ct)).Items.Select(i => i.Item.Id).ToArray();
        var trump = Graph.Nodes.Single(n => n.Id == ContractGraph.Trump);
        Assert.Contains(trump.Id, await Found("onald"));

        // A rename and a new alias are found by what they now contain, and no longer by what they held.
        await store.ApplyAsync(IngestionBatch.OfNodes([trump with { Name = "Forty-seventh President", Aliases = ["POTUS Trump"] }], NodeWrite.Replace), Ct);
        Assert.DoesNotContain(trump.Id, await Found("onald"));
        Assert.Equal([trump.Id], await Found("seventh"));
        Assert.Equal([trump.Id], await Found("tus tr"));
        Assert.Equal(1, await store.CountNodesAsync(new NodeFilter(Search: "tus tr"), Ct));
        // A new node is found at once.
        await store.ApplyAsync(IngestionBatch.OfNodes([new Node("person:new-trigram", NodeKind.Person, "Quillon Zephyrine", ["Q. Zeph"], null, Now)]), Ct);
        Assert.Equal(["person:new-trigram"], await Found("lon zeph"));
        Assert.Equal(["person:new-trigram"], await Found(". zep"));
        Assert.Equal(Graph.Nodes.Count + 1, int.Parse(await ScalarAsync(DbPath, "SELECT count(*) FROM node_trigrams"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_version_3_database_gains_a_change_log_back_filled_in_recorded_order()
    {
        // A file as GeoGraph with schema version 3 left it: the contract graph (C–D recorded at T1),
        // A–D retracted, and no change log.
        var old = Open();
        await old.ApplyAsync(Graph.Batch, Ct);
        await old.RetractRelationAsync(Graph.RAD.Id, "wrong", "editor", ContractGraph.TRetract, Ct);
        old.Dispose();
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString()))
        {
            await connection.OpenAsync(Ct);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = Version3;
            await cmd.ExecuteNonQueryAsync(Ct);
        }

        var upgraded = Open();
        Assert.Equal(CurrentVersion, await PragmaAsync(DbPath, "user_version"));
        var changes = await ChangesAsync(upgraded, pageSize: 500);

        // At each instant: articles, then nodes, then relations, each by id; a retraction at its time.
        var t0 = ContractGraph.T0;
        var expected = Graph.Articles.Select(a => a.Id).Order(StringComparer.Ordinal).Select(id => (ChangeKind.ArticleRecorded, t0, (string?)null, (string?)null, (string?)id))
            .Concat(Graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal).Select(id => (ChangeKind.EntityRecorded, t0, (string?)null, (string?)id, (string?)null)))
            .Concat(Graph.Relations.Where(r => r.RecordedAt == t0).Select(r => r.Id).Order(StringComparer.Ordinal).Select(id => (ChangeKind.RelationRecorded, t0, (string?)id, (string?)null, (string?)null)))
            .Append((ChangeKind.RelationRecorded, ContractGraph.T1, Graph.RCD.Id, null, null))
            .Append((ChangeKind.RelationRetracted, ContractGraph.TRetract, Graph.RAD.Id, null, null))
            .ToArray();
        Assert.Equal(expected, changes.Select(c => (c.Kind, c.At, c.RelationId, c.EntityId, c.ArticleId)).ToArray());
        Assert.Equal(Enumerable.Range(1, expected.Length).Select(i => (long)i), changes.Select(c => c.Sequence));

        // Writes go on numbering after the back-filled entries.
        await upgraded.RetractRelationAsync(Graph.RAB.Id, "wrong", "editor", ContractGraph.TRetract, Ct);
        Assert.Equal(expected.Length + 1, Assert.Single(await ChangesAsync(upgraded, after: expected.Length)).Sequence);
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
            .Select(i => new Node($"org:bulk-{i:D4}", NodeKind.Organization, $"Bulk {i}", [$"b{i}"], null, ContractGraph.T1))
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
            [new Node($"org:writer-{i}", NodeKind.Organization, $"Writer {i}", [], null, ContractGraph.T0)]), Ct), Ct));
        var results = await Task.WhenAll(writes);
        Assert.All(results, r => Assert.Equal(1, r.NodesCreated));
        Assert.Equal(8, await store.CountNodesAsync(new NodeFilter(), Ct));
    }

    [Fact]
    public async Task Concurrent_merges_into_one_node_keep_every_alias()
    {
        var store = Open();
        var race = new Node("person:race", NodeKind.Person, "Race", [], null, ContractGraph.T0);
        await store.ApplyAsync(IngestionBatch.OfNodes([race]), Ct);

        // Each writer sends the node with only its own alias: the store merges under its write lock.
        var writes = Enumerable.Range(0, 20).Select(i => Task.Run(() => store.ApplyAsync(
            IngestionBatch.OfNodes([race with { Aliases = [$"al{i}"], RecordedAt = ContractGraph.T1 }]), Ct), Ct));
        var results = await Task.WhenAll(writes);

        Assert.All(results, r => Assert.Equal(new ApplyResult(0, 0, 0, 1, 0, 0), r));
        var stored = (await store.GetNodesAsync([race.Id], Ct))[race.Id];
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"al{i}").Order(StringComparer.Ordinal), stored.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal("Race", stored.Name);
        Assert.Equal(ContractGraph.T0, stored.RecordedAt);
        for (var i = 0; i < 20; i += 7)
            Assert.Equal([race.Id], await NodeIdsAsync(store, new NodeFilter(Search: $"al{i}")));
    }

    [Fact]
    public async Task A_type_filter_with_more_distinct_types_than_any_vocabulary_is_a_validation_error()
    {
        var store = await SeededStoreAsync();
        var types = Enumerable.Range(0, 40_000).Select(i => $"TYPE_{i}").ToArray();

        var around = await Assert.ThrowsAsync<GeoGraphException>(() => store.GetNeighborhoodAsync(
            new NeighborhoodQuery(ContractGraph.A, 1, 10, new TraversalFilter(Now, Types: types)), Ct));
        var path = await Assert.ThrowsAsync<GeoGraphException>(() => store.FindShortestPathAsync(
            new PathQuery(ContractGraph.A, ContractGraph.D, 2, new TraversalFilter(Now, Types: types)), Ct));
        var incoming = await Assert.ThrowsAsync<GeoGraphException>(() => store.GetIncomingRelationsAsync([ContractGraph.GiftClaim], types, Now, Ct));
        foreach (var e in new[] { around, path, incoming })
        {
            Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
            Assert.Equal("types", Assert.Single(e.Fields).Field);
        }

        // Up to the cap they are bound and simply match nothing.
        var unknown = await store.GetNeighborhoodAsync(
            new NeighborhoodQuery(ContractGraph.A, 1, 10, new TraversalFilter(Now, Types: types[..QueryLimits.MaxFilterTypes])), Ct);
        Assert.Equal([ContractGraph.A], Ids(unknown!.Nodes));
    }

    [Fact]
    public async Task An_unknown_batch_reference_is_a_validation_error_on_batch()
    {
        var store = await SeededStoreAsync();
        var dangling = Graph.RAE with { Id = "rel:00000000000000b1", SubjectId = "country:ZZ" };

        var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.ApplyAsync(new IngestionBatch([], [], [dangling], []), Ct));

        Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
        Assert.Equal("batch", Assert.Single(e.Fields).Field);
    }

    [Fact]
    public async Task A_write_blocked_past_the_busy_timeout_is_store_unavailable_with_the_sqlite_error_inside()
    {
        var store = Open(busyTimeout: TimeSpan.FromMilliseconds(100));
        await using var holder = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString());
        await holder.OpenAsync(Ct);
        await using var lockTx = holder.BeginTransaction(deferred: false);

        var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.ApplyAsync(Graph.Batch, Ct));

        Assert.Equal(ErrorCodes.StoreUnavailable, e.Code);
        Assert.Equal(5, Assert.IsType<SqliteException>(e.InnerException).SqliteErrorCode); // SQLITE_BUSY
    }

    [Fact]
    public async Task Other_sqlite_errors_propagate_untouched_with_their_own_stack_trace()
    {
        var store = await SeededStoreAsync();
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString()))
        {
            await connection.OpenAsync(Ct);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "DROP TABLE citations;";
            await cmd.ExecuteNonQueryAsync(Ct);
        }

        var e = await Assert.ThrowsAsync<SqliteException>(() => store.GetCitationsAsync([Graph.RImposes.Id], Ct));

        Assert.Equal(1, e.SqliteErrorCode); // SQLITE_ERROR: no such table
        // Neither wrapped nor replaced: its trace still starts where Microsoft.Data.Sqlite raised it.
        // (Its first frame, not ThrowExceptionForRC by name: once tiered JIT inlines that helper, the frame is gone.)
        Assert.StartsWith("   at Microsoft.Data.Sqlite.", e.StackTrace, StringComparison.Ordinal);
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

    [Fact]
    public async Task Two_writes_giving_one_external_id_to_two_entities_cannot_both_store_it()
    {
        // Each write passed the ownership check before the other committed; the UNIQUE index decides.
        var store = Open();
        await store.ApplyAsync(Graph.Batch, Ct);
        var before = await StoreSnapshot.TakeAsync(store, Ct);
        var prc = new Node("org:prc", NodeKind.Organization, "People's Republic of China", [], null, ContractGraph.T1)
        {
            ExternalIds = [new ExternalId("wikidata", "Q148")],
        };

        var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.ApplyAsync(IngestionBatch.OfNodes([prc], NodeWrite.Replace), Ct));

        Assert.Equal((ErrorCodes.ValidationFailed, "externalIds.wikidata"), (e.Code, Assert.Single(e.Fields).Field));
        Assert.Contains("'Q148' already identifies country:CN", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store, Ct));

        // Racing for real: of two entities given one new id at once, exactly one holds it.
        Node Person(string slug) => new($"person:{slug}", NodeKind.Person, slug, [], null, ContractGraph.T1) { ExternalIds = [new ExternalId("wikidata", "Q4242")] };
        var outcomes = await Task.WhenAll(new[] { "first", "second" }.Select(async slug =>
        {
            try
            {
                await store.ApplyAsync(IngestionBatch.OfNodes([Person(slug)]), Ct);
                return true;
            }
            catch (GeoGraphException refused) when (refused.Code == ErrorCodes.ValidationFailed)
            {
                return false;
            }
        }));
        Assert.Single(outcomes, won => won);
        Assert.Single((await store.FindNodesByExternalIdsAsync(["wikidata:Q4242"], Ct))["wikidata:Q4242"]);
    }

    [Fact]
    public async Task A_version_9_database_gains_the_unique_external_id_index_unless_an_id_is_held_twice()
    {
        var store = Open();
        await store.ApplyAsync(Graph.Batch, Ct);
        store.Dispose();
        await ScalarAsync(DbPath, Version9);

        Open().Dispose();
        Assert.Equal(CurrentVersion, await PragmaAsync(DbPath, "user_version"));
        Assert.Equal(["external_key"], await IndexColumnsAsync(DbPath, "ux_node_external_ids_key"));

        // A duplicate left by a race before the index existed stops the upgrade, named, and the file stays at version 9.
        await ScalarAsync(DbPath, Version9 + "\n"
            + "INSERT INTO node_external_ids (external_key, node_id) VALUES ('wikidata:Q148', 'country:PK');");
        var refused = Record.Exception(() => Open());
        Assert.NotNull(refused);
        Assert.Contains("wikidata:Q148 (country:CN, country:PK)", refused.ToString(), StringComparison.Ordinal);
        Assert.Equal("9", await PragmaAsync(DbPath, "user_version"));
    }

    [Theory]
    [InlineData(1, TraversalDirection.Both)]
    [InlineData(3, TraversalDirection.Both)]
    [InlineData(1, TraversalDirection.Out)]
    [InlineData(3, TraversalDirection.In)]
    public async Task Expand_links_without_types_or_validAt_read_the_pair_indexes_alone(int nodes, TraversalDirection direction)
    {
        // A hub's links come from index entries, never its rows (issue 8: ORDER BY id made SQLite
        // read a single node's rows through the (subject_id, id) index instead).
        Open();
        var (sql, text) = SqliteGraphStore.ExpandLinksStatement(new[] { "country:CN", "country:PK", "country:US" }.Take(nodes).ToArray(),
            new TraversalFilter(DateTimeOffset.UtcNow, Direction: direction));
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString());
        await connection.OpenAsync(Ct);
        await using var cmd = sql.Command(connection, "EXPLAIN QUERY PLAN " + text);
        var plan = new List<string>();
        await using (var reader = await cmd.ExecuteReaderAsync(Ct))
            while (await reader.ReadAsync(Ct)) plan.Add(reader.GetString(3));
        var searches = plan.Where(d => d.StartsWith("SEARCH", StringComparison.Ordinal)).ToArray();
        Assert.Equal(direction == TraversalDirection.Both ? 2 : 1, searches.Length);
        Assert.All(searches, d => Assert.Matches("^SEARCH r USING COVERING INDEX ix_relations_(subject_object|object_subject) ", d));
        Assert.DoesNotContain(plan, d => d.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }
}
