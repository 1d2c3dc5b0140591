using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

/// <summary>
/// The schema as an ordered list of migration steps; <c>PRAGMA user_version</c> records how many
/// have run. Opening a store runs the missing steps in one immediate transaction, so two processes
/// opening a new file at once cannot both create it. A step is SQL, or code where existing rows
/// must pass through a rule of Core's (search words) that SQL cannot compute.
/// </summary>
internal static class SqliteSchema
{
    private static readonly MigrationStep[] Steps =
    [
        // 1: nodes, aliases, articles, relations, citations, with an index for every filter the API offers.
        """
        CREATE TABLE nodes (
            id          TEXT NOT NULL PRIMARY KEY,
            kind        TEXT NOT NULL,
            name        TEXT NOT NULL,
            aliases     TEXT NOT NULL,  -- JSON array, in the order given
            description TEXT,
            recorded_at TEXT NOT NULL,  -- fixed-width ISO-8601 UTC, so text order is time order
            search_key  TEXT NOT NULL   -- NFC + ToLowerInvariant of name (SQLite lower() is ASCII-only)
        );
        CREATE INDEX ix_nodes_kind_id ON nodes (kind, id);
        CREATE INDEX ix_nodes_search_key ON nodes (search_key);

        CREATE TABLE node_aliases (
            node_id   TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
            alias_key TEXT NOT NULL,
            PRIMARY KEY (node_id, alias_key)
        ) WITHOUT ROWID;
        CREATE INDEX ix_node_aliases_key ON node_aliases (alias_key, node_id);

        CREATE TABLE articles (
            id           TEXT NOT NULL PRIMARY KEY,
            title        TEXT NOT NULL,
            title_key    TEXT NOT NULL,
            publisher    TEXT,
            url          TEXT,
            published_at TEXT,
            language     TEXT,
            text_sha256  TEXT NOT NULL,
            text_length  INTEGER NOT NULL,
            text         TEXT,
            recorded_at  TEXT NOT NULL
        );
        CREATE INDEX ix_articles_title_key ON articles (title_key);

        CREATE TABLE relations (
            id                   TEXT NOT NULL PRIMARY KEY,
            type                 TEXT NOT NULL,
            subject_id           TEXT NOT NULL REFERENCES nodes (id),
            object_id            TEXT NOT NULL REFERENCES nodes (id),
            qualifiers           TEXT NOT NULL,  -- JSON array of {key, value, number, unit, entity}
            valid_from           TEXT,           -- first day of the period, yyyy-MM-dd
            valid_from_precision TEXT,
            valid_to             TEXT,
            valid_to_precision   TEXT,
            valid_to_end         TEXT,           -- last day of the valid_to period, for validAt filters
            confidence           REAL NOT NULL,
            recorded_at          TEXT NOT NULL,
            recorded_by          TEXT NOT NULL,
            retracted_at         TEXT,
            retracted_by         TEXT,
            retract_reason       TEXT
        );
        CREATE INDEX ix_relations_type_id ON relations (type, id);
        CREATE INDEX ix_relations_subject_id ON relations (subject_id, id);
        CREATE INDEX ix_relations_object_id ON relations (object_id, id);
        CREATE INDEX ix_relations_object_type ON relations (object_id, type);

        CREATE TABLE citations (
            relation_id  TEXT NOT NULL REFERENCES relations (id),
            article_id   TEXT NOT NULL REFERENCES articles (id),
            quote        TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset   INTEGER NOT NULL,
            speaker_id   TEXT REFERENCES nodes (id),
            stance       TEXT NOT NULL,
            verified     INTEGER NOT NULL,
            PRIMARY KEY (relation_id, article_id, start_offset, end_offset)
        ) WITHOUT ROWID;
        CREATE INDEX ix_citations_article_relation ON citations (article_id, relation_id);
        CREATE INDEX ix_citations_speaker ON citations (speaker_id) WHERE speaker_id IS NOT NULL;
        """,

        // 2: the relation indexes carry the visibility columns (every read filters on them), so counts
        // by type, subject or object, and the claims' supporter/denier probes, never read table rows.
        // Same leading columns, so the listings keep their plans and id order.
        """
        DROP INDEX ix_relations_type_id;
        CREATE INDEX ix_relations_type_id ON relations (type, id, recorded_at, retracted_at);
        DROP INDEX ix_relations_subject_id;
        CREATE INDEX ix_relations_subject_id ON relations (subject_id, id, recorded_at, retracted_at);
        DROP INDEX ix_relations_object_id;
        CREATE INDEX ix_relations_object_id ON relations (object_id, id, recorded_at, retracted_at);
        DROP INDEX ix_relations_object_type;
        CREATE INDEX ix_relations_object_type ON relations (object_id, type, recorded_at, retracted_at);
        """,

        // 3: word search over quotes and article texts (FTS5), and articles' publishedAt as a
        // sortable instant; both built from the rows already stored (see SqliteGraphStore.Search.cs).
        new MigrationStep(SqliteGraphStore.CreateSearchIndexes),

        // 4: the change log. Every write appends its entries (Core's ChangeLog) in its own
        // transaction; SQLite has one writer, so AUTOINCREMENT numbers them in commit order (and
        // never reuses a number). Existing data is back-filled in recorded order — articles, then
        // nodes, then relations at each instant, each by id — so a feed read from the start sees
        // the whole graph; citations added later to a stored relation cannot be told apart then.
        """
        CREATE TABLE changes (
            sequence    INTEGER PRIMARY KEY AUTOINCREMENT,
            kind        TEXT NOT NULL,  -- RELATION_RECORDED, CITATION_ADDED, RELATION_RETRACTED, ENTITY_RECORDED, ENTITY_UPDATED, ARTICLE_RECORDED
            at          TEXT NOT NULL,
            relation_id TEXT,
            entity_id   TEXT,
            article_id  TEXT
        );
        INSERT INTO changes (kind, at, relation_id, entity_id, article_id)
        SELECT kind, at, relation_id, entity_id, article_id FROM (
            SELECT 'ARTICLE_RECORDED' AS kind, recorded_at AS at, 0 AS step, id AS key, NULL AS relation_id, NULL AS entity_id, id AS article_id FROM articles
            UNION ALL SELECT 'ENTITY_RECORDED', recorded_at, 1, id, NULL, id, NULL FROM nodes
            UNION ALL SELECT 'RELATION_RECORDED', recorded_at, 2, id, id, NULL, NULL FROM relations
            UNION ALL SELECT 'RELATION_RETRACTED', retracted_at, 3, id, id, NULL, NULL FROM relations WHERE retracted_at IS NOT NULL
        ) ORDER BY at, step, key;
        """,

        // 5: an index for every relations(where:) condition and orderBy key not served yet: citations
        // by stance (speaker and article have theirs), confidence, recorded_at and validity (each
        // with the id, for keyset order), and nodes by kind and name (entities and claims by NAME).
        // IF NOT EXISTS: a file another build already gave them to migrates too.
        """
        CREATE INDEX IF NOT EXISTS ix_citations_stance_relation ON citations (stance, relation_id);
        CREATE INDEX IF NOT EXISTS ix_relations_confidence_id ON relations (confidence, id);
        CREATE INDEX IF NOT EXISTS ix_relations_recorded_at_id ON relations (recorded_at, id);
        CREATE INDEX IF NOT EXISTS ix_relations_valid_from_id ON relations (valid_from, id);
        CREATE INDEX IF NOT EXISTS ix_relations_valid_to_end ON relations (valid_to_end);
        CREATE INDEX IF NOT EXISTS ix_nodes_kind_search_key ON nodes (kind, search_key, id);
        """,

        // 6: one fact, many sources, and entity merges. Citations keep their source's describing
        // qualifiers; relation ids are recomputed so they hash only identifying qualifiers (relations
        // that now coincide merge, keeping every citation); former relation and node ids redirect;
        // changes name the former id (see SqliteGraphStore.Merges.cs).
        new MigrationStep(SqliteGraphStore.MigrateRelationIds),

        // 7: entities(search:) "contains" from an index: every node's name and alias keys in an FTS5
        // trigram table, kept in step by triggers (see SqliteGraphStore.Search.cs).
        SqliteGraphStore.NodeTrigramsStep,

        // 8: external ids: entities' ids in other systems (wikidata Q148, a country's ISO codes), read
        // with the node (a JSON array, like aliases) and found by "scheme:id" through their own
        // table. Stored countries get their ISO codes when the seed next runs (SeedData).
        """
        ALTER TABLE nodes ADD COLUMN external_ids TEXT NOT NULL DEFAULT '[]';  -- JSON array of {scheme, id}, by scheme
        CREATE TABLE node_external_ids (
            external_key TEXT NOT NULL,  -- "scheme:id"
            node_id      TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
            PRIMARY KEY (external_key, node_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_node_external_ids_node ON node_external_ids (node_id);
        """,

        // 9: bounded neighbourhoods and hub listings by type. The pair indexes serve the relations
        // between a traversal's expanded nodes and the nodes it reached (GraphTraversal), in id order
        // per pair; (subject_id|object_id, type, id) serve a node's relations of one type in id order
        // (relations(where: {type, involves})) without reading its other relations. Both carry the
        // visibility columns, as step 2's do, so probes by them never read table rows to filter.
        // ix_relations_object_type (object_id, type, recorded_at, retracted_at) goes: the new
        // (object_id, type, id, …) index has the same leading columns and every column it had, so it
        // serves each of its lookups, and while it existed the planner took it for a hub's relations
        // by type as object (its recorded_at range looked selective) and sorted them all.
        """
        DROP INDEX IF EXISTS ix_relations_object_type;
        CREATE INDEX IF NOT EXISTS ix_relations_subject_object ON relations (subject_id, object_id, id, recorded_at, retracted_at);
        CREATE INDEX IF NOT EXISTS ix_relations_object_subject ON relations (object_id, subject_id, id, recorded_at, retracted_at);
        CREATE INDEX IF NOT EXISTS ix_relations_subject_type_id ON relations (subject_id, type, id, recorded_at, retracted_at);
        CREATE INDEX IF NOT EXISTS ix_relations_object_type_id ON relations (object_id, type, id, recorded_at, retracted_at);
        """,

        // 10: an external id names one entity, enforced by a
        // UNIQUE index, so two concurrent writes that each passed the ownership check cannot both
        // store it (see SqliteGraphStore.UniqueExternalIds).
        new MigrationStep(SqliteGraphStore.UniqueExternalIds),

        // 11: the trigram table also holds each node's id and kind, so entities(search:)'s contains
        // tier filters and sorts its matches without reading node rows (see SqliteGraphStore.Search.cs).
        SqliteGraphStore.NodeTrigramsWithIdsStep,
    ];

    public static int CurrentVersion => Steps.Length;

    public static void Migrate(SqliteConnection connection)
    {
        using var tx = connection.BeginTransaction(deferred: false);
        var version = Convert.ToInt32(Scalar(connection, tx, "PRAGMA user_version;"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Steps.Length)
            throw new InvalidOperationException(
                $"the database has schema version {version}, newer than this GeoGraph ({Steps.Length}): upgrade GeoGraph");
        for (var v = version; v < Steps.Length; v++)
        {
            Steps[v].Apply(connection, tx);
            using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            // user_version cannot be a parameter; v is our own integer.
            cmd.CommandText = $"PRAGMA user_version = {v + 1};";
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}

/// <summary>One migration step, run in the migration's transaction: SQL text, or code.</summary>
internal sealed class MigrationStep(Action<SqliteConnection, SqliteTransaction> apply)
{
    public void Apply(SqliteConnection connection, SqliteTransaction tx) => apply(connection, tx);

    public static implicit operator MigrationStep(string sql) => new((connection, tx) =>
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    });
}
