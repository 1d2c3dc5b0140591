using System.Globalization;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

// Word search (Core's TextSearch) and the citations listing. FTS5 tables hold each quote's and
// each article text's indexed words, kept in step with the rows by the same transaction that
// writes them (Apply); an FTS5 MATCH finds the candidates holding any word, and the tier is
// computed on the indexed words with instr, exactly as the Neo4j store computes it with CONTAINS.
public sealed partial class SqliteGraphStore
{
    private const string SearchTables = """
        CREATE VIRTUAL TABLE citation_words USING fts5(
            words, relation_id UNINDEXED, article_id UNINDEXED, start_offset UNINDEXED, end_offset UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 0');
        CREATE VIRTUAL TABLE article_words USING fts5(words, article_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 0');
        ALTER TABLE articles ADD COLUMN published_ms INTEGER;  -- publishedAt in Unix milliseconds (UTC), for ordering
        """;

    /// <summary>Migration step 3: the search tables and published_ms, filled from the rows already stored.</summary>
    internal static void CreateSearchIndexes(SqliteConnection c, SqliteTransaction tx)
    {
        using (var create = c.CreateCommand())
        {
            create.Transaction = tx;
            create.CommandText = SearchTables;
            create.ExecuteNonQuery();
        }
        var citations = new List<Citation>();
        using (var read = c.CreateCommand())
        {
            read.Transaction = tx;
            // The columns as they were at this step (a later step added qualifiers).
            read.CommandText = $"SELECT {SqlValues.CitationColumnsBeforeQualifiers} FROM citations c;";
            using var r = read.ExecuteReader();
            while (r.Read()) citations.Add(SqlValues.ReadCitation(r, withQualifiers: false));
        }
        using (var index = PrepareIndexCitation(c, tx))
            foreach (var citation in citations)
            {
                BindIndexCitation(index, citation);
                index.ExecuteNonQuery();
            }
        var articles = new List<(string Id, string? PublishedAt, string? Text)>();
        using (var read = c.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = "SELECT id, published_at, text FROM articles;";
            using var r = read.ExecuteReader();
            while (r.Read()) articles.Add((r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)));
        }
        using var published = Prepare(c, tx, "UPDATE articles SET published_ms = @ms WHERE id = @id;", "@id", "@ms");
        using var words = PrepareIndexArticle(c, tx);
        foreach (var (id, publishedAt, text) in articles)
        {
            if (publishedAt is not null)
            {
                Bind(published, id, SqlValues.ParseInstantWithOffset(publishedAt).ToUnixTimeMilliseconds());
                published.ExecuteNonQuery();
            }
            if (text is not null)
            {
                Bind(words, id, TextSearch.Indexed(text));
                words.ExecuteNonQuery();
            }
        }
    }

    /// <summary>
    /// Migration step 6: node_trigrams holds, under each node's rowid, its search key and alias keys
    /// joined by U+0001 (which no search holds: control characters are refused), indexed by the FTS5
    /// trigram tokenizer, so "name or an alias contains s" is an index lookup for any s of three or more
    /// characters instead of a pass over both tables. Triggers keep it in step with nodes and
    /// node_aliases inside the writing transaction, whoever writes them.
    /// </summary>
    internal const string NodeTrigramsStep = """
        CREATE VIRTUAL TABLE node_trigrams USING fts5(keys, tokenize = 'trigram case_sensitive 1');
        INSERT INTO node_trigrams (rowid, keys)
        SELECT n.rowid, n.search_key || coalesce((SELECT group_concat(char(1) || a.alias_key, '') FROM node_aliases a WHERE a.node_id = n.id), '')
        FROM nodes n;
        CREATE TRIGGER node_trigrams_node_insert AFTER INSERT ON nodes BEGIN
            INSERT INTO node_trigrams (rowid, keys) VALUES (new.rowid, new.search_key);
        END;
        CREATE TRIGGER node_trigrams_node_update AFTER UPDATE OF search_key ON nodes BEGIN
            DELETE FROM node_trigrams WHERE rowid = old.rowid;
            INSERT INTO node_trigrams (rowid, keys)
            VALUES (new.rowid, new.search_key || coalesce((SELECT group_concat(char(1) || a.alias_key, '') FROM node_aliases a WHERE a.node_id = new.id), ''));
        END;
        CREATE TRIGGER node_trigrams_node_delete AFTER DELETE ON nodes BEGIN
            DELETE FROM node_trigrams WHERE rowid = old.rowid;
        END;
        CREATE TRIGGER node_trigrams_alias_insert AFTER INSERT ON node_aliases BEGIN
            DELETE FROM node_trigrams WHERE rowid = (SELECT rowid FROM nodes WHERE id = new.node_id);
            INSERT INTO node_trigrams (rowid, keys)
            SELECT n.rowid, n.search_key || coalesce((SELECT group_concat(char(1) || a.alias_key, '') FROM node_aliases a WHERE a.node_id = n.id), '')
            FROM nodes n WHERE n.id = new.node_id;
        END;
        CREATE TRIGGER node_trigrams_alias_delete AFTER DELETE ON node_aliases BEGIN
            DELETE FROM node_trigrams WHERE rowid = (SELECT rowid FROM nodes WHERE id = old.node_id);
            INSERT INTO node_trigrams (rowid, keys)
            SELECT n.rowid, n.search_key || coalesce((SELECT group_concat(char(1) || a.alias_key, '') FROM node_aliases a WHERE a.node_id = n.id), '')
            FROM nodes n WHERE n.id = old.node_id;
        END;
        """;

    /// <summary>
    /// Migration step 11: node_trigrams also holds each node's id and kind (UNINDEXED: stored, not
    /// tokenized), so a search's contains tier tests and sorts its trigram matches on the trigram
    /// table's rows alone, reading no node row for a match it does not list. Rebuilt from the nodes,
    /// with step 7's triggers extended to the new columns (and to a change of kind).
    /// </summary>
    internal const string NodeTrigramsWithIdsStep = """
        DROP TRIGGER node_trigrams_node_insert;
        DROP TRIGGER node_trigrams_node_update;
        DROP TRIGGER node_trigrams_node_delete;
        DROP TRIGGER node_trigrams_alias_insert;
        DROP TRIGGER node_trigrams_alias_delete;
        DROP TABLE node_trigrams;
        CREATE VIRTUAL TABLE node_trigrams USING fts5(keys, id UNINDEXED, kind UNINDEXED, tokenize = 'trigram case_sensitive 1');
        INSERT INTO node_trigrams (rowid, keys, id, kind)
        SELECT n.rowid, n.search_key || coalesce((SELECT group_concat(char(1) || a.alias_key, '') FROM node_aliases a WHERE a.node_id = n.id), ''), n.id, n.kind
        FROM nodes n;
        CREATE TRIGGER node_trigrams_node_insert AFTER INSERT ON nodes BEGIN
            INSERT INTO node_trigrams (rowid, keys, id, kind) VALUES (new.rowid, new.search_key, new.id, new.kind);
        END;
        CREATE TRIGGER node_trigrams_node_update AFTER UPDATE OF search_key, kind, id ON nodes BEGIN
            DELETE FROM node_trigrams WHERE rowid = old.rowid;
            INSERT INTO node_trigrams (rowid, keys, id, kind)
            VALUES (new.rowid, new.search_key || coalesce((SELECT group_concat(char(1) || a.alias_key, '') FROM node_aliases a WHERE a.node_id = new.id), ''), new.id, new.kind);
        END;
        CREATE TRIGGER node_trigrams_node_delete AFTER DELETE ON nodes BEGIN
            DELETE FROM node_trigrams WHERE rowid = old.rowid;
        END;
        CREATE TRIGGER node_trigrams_alias_insert AFTER INSERT ON node_aliases BEGIN
            DELETE FROM node_trigrams WHERE rowid = (SELECT rowid FROM nodes WHERE id = new.node_id);
            INSERT INTO node_trigrams (rowid, keys, id, kind)
            SELECT n.rowid, n.search_key || coalesce((SELECT group_concat(char(1) || a.alias_key, '') FROM node_aliases a WHERE a.node_id = n.id), ''), n.id, n.kind
            FROM nodes n WHERE n.id = new.node_id;
        END;
        CREATE TRIGGER node_trigrams_alias_delete AFTER DELETE ON node_aliases BEGIN
            DELETE FROM node_trigrams WHERE rowid = (SELECT rowid FROM nodes WHERE id = old.node_id);
            INSERT INTO node_trigrams (rowid, keys, id, kind)
            SELECT n.rowid, n.search_key || coalesce((SELECT group_concat(char(1) || a.alias_key, '') FROM node_aliases a WHERE a.node_id = n.id), ''), n.id, n.kind
            FROM nodes n WHERE n.id = old.node_id;
        END;
        """;

    /// <summary>
    /// The rowids of nodes whose name or an alias may contain <paramref name="search"/> (a search key),
    /// from the trigram index; null when the search is shorter than a trigram (the caller scans).
    /// The FTS5 phrase of a trigram table matches substrings; callers still test each key with instr.
    /// </summary>
    private static string? TrigramCandidates(SqlBuilder sql, string search)
    {
        if (search.EnumerateRunes().Take(3).Count() < 3) return null;
        return $"SELECT rowid FROM node_trigrams WHERE node_trigrams MATCH {sql.Param(TrigramPhrase(search))}";
    }

    /// <summary>The FTS5 phrase matching <paramref name="search"/> as a substring of a trigram table's keys.</summary>
    private static string TrigramPhrase(string search) => "\"" + search.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static SqliteCommand PrepareIndexCitation(SqliteConnection c, SqliteTransaction? tx) => Prepare(c, tx,
        "INSERT INTO citation_words (words, relation_id, article_id, start_offset, end_offset) VALUES (@words, @relation_id, @article_id, @start, @end);",
        "@words", "@relation_id", "@article_id", "@start", "@end");

    private static void BindIndexCitation(SqliteCommand cmd, Citation x) => Bind(cmd, TextSearch.Indexed(x.Quote), x.RelationId, x.ArticleId, x.Start, x.End);

    private static SqliteCommand PrepareIndexArticle(SqliteConnection c, SqliteTransaction? tx) =>
        Prepare(c, tx, "INSERT INTO article_words (article_id, words) VALUES (@id, @words);", "@id", "@words");

    public Task<Page<Citation>> FindCitationsAsync(CitationFilter filter, CitationOrder order, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        var query = TextSearch.Parse(filter.Search);
        if (query is { MatchesNothing: true }) return Task.FromResult(new Page<Citation>([], false));
        var after = page.After is { } key ? CitationPosition.FromPageKey(key) : (CitationPosition?)null;
        var (sql, text) = CitationQuery(filter, query, order, after, page.First + 1);
        return RunAsync("find_citations", async (c, ct) =>
        {
            var items = new List<PagedItem<Citation>>();
            await using var cmd = sql.Command(c, text);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var citation = SqlValues.ReadCitation(r);
                items.Add(new PagedItem<Citation>(citation,
                    new CitationPosition(r.GetInt32(SqlValues.CitationColumnCount), r.GetInt64(SqlValues.CitationColumnCount + 1), citation.RelationId, citation.ArticleId, citation.Start, citation.End).ToPageKey()));
            }
            return Page<Citation>.From(items, page.First);
        }, ct);
    }

    public Task<long> CountCitationsAsync(CitationFilter filter, CancellationToken ct = default)
    {
        var query = TextSearch.Parse(filter.Search);
        if (query is { MatchesNothing: true }) return Task.FromResult(0L);
        var (sql, text) = CitationQuery(filter, query, CitationOrder.Key, null, null);
        return RunAsync("count_citations", async (c, ct) =>
        {
            await using var cmd = sql.Command(c, $"SELECT count(*) FROM ({text.TrimEnd(';')});");
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }, ct);
    }

    /// <summary>
    /// The citations a filter selects, each with its tier and value (see <see cref="CitationPosition"/>),
    /// after <paramref name="after"/> in that order; unordered and unlimited when <paramref name="limit"/> is null (a count).
    /// </summary>
    private static (SqlBuilder Sql, string Text) CitationQuery(CitationFilter f, TextQuery? query, CitationOrder order, CitationPosition? after, int? limit)
    {
        var sql = new SqlBuilder();
        var from = "citations c";
        var tier = "0";
        if (query is not null)
        {
            // The index finds the quotes holding any word; the tier says how well each matches.
            from = "citation_words w JOIN citations c ON c.relation_id = w.relation_id AND c.article_id = w.article_id "
                + "AND c.start_offset = w.start_offset AND c.end_offset = w.end_offset";
            sql.Where($"citation_words MATCH {sql.Param(query.IndexQuery)}");
            tier = Tier(sql, "w.words", query, 0);
        }
        if (f.SpeakerId is not null) sql.Where($"c.speaker_id = {sql.Param(f.SpeakerId)}");
        if (f.Stance is { } stance) sql.Where($"c.stance = {sql.Param(SqlValues.Stance(stance))}");
        if (f.ArticleId is not null) sql.Where($"c.article_id = {sql.Param(f.ArticleId)}");
        sql.Where($"EXISTS (SELECT 1 FROM relations r WHERE r.id = c.relation_id AND {Visible(sql, f.KnownAt, f.IncludeRetracted)})");
        var (sortTier, value) = order switch
        {
            CitationOrder.Relevance => (tier, "0"),
            CitationOrder.PublishedAtAsc => ("(a.published_ms IS NULL)", "coalesce(a.published_ms, 0)"),
            CitationOrder.PublishedAtDesc => ("(a.published_ms IS NULL)", "-coalesce(a.published_ms, 0)"),
            _ => ("0", "0"),
        };
        if (order is CitationOrder.PublishedAtAsc or CitationOrder.PublishedAtDesc) from += " JOIN articles a ON a.id = c.article_id";
        const string keyColumns = "c.relation_id, c.article_id, c.start_offset, c.end_offset";
        if (limit is not null && sortTier == "0" && value == "0")
        {
            // Key order: a range of the primary key (or of the speaker or article index, which end in
            // it), read in order up to the limit instead of sorting every citation.
            if (after is { } k)
                sql.Where($"({keyColumns}) > ({sql.Param(k.RelationId)}, {sql.Param(k.ArticleId)}, {sql.Param(k.Start)}, {sql.Param(k.End)})");
            return (sql, $"SELECT {SqlValues.CitationColumns}, 0 AS tier, 0 AS value FROM {from}{sql.WhereClause()} ORDER BY {keyColumns} LIMIT {sql.Param(limit.Value)};");
        }
        var inner = $"SELECT {SqlValues.CitationColumns}, {sortTier} AS tier, {value} AS value FROM {from}{sql.WhereClause()}";
        if (limit is null) return (sql, inner + ";");
        var keyset = after is { } p
            ? $" WHERE (x.tier, x.value, x.relation_id, x.article_id, x.start_offset, x.end_offset) > ({sql.Param(p.Tier)}, {sql.Param(p.Value)}, "
              + $"{sql.Param(p.RelationId)}, {sql.Param(p.ArticleId)}, {sql.Param(p.Start)}, {sql.Param(p.End)})"
            : "";
        return (sql, $"SELECT x.* FROM ({inner}) x{keyset} ORDER BY x.tier, x.value, x.relation_id, x.article_id, x.start_offset, x.end_offset LIMIT {sql.Param(limit.Value)};");
    }

    /// <summary>The tier of the indexed words in <paramref name="column"/> (TextQuery.Tier in SQL), plus <paramref name="offset"/>.</summary>
    private static string Tier(SqlBuilder sql, string column, TextQuery query, int offset)
    {
        var all = string.Join(" AND ", query.PaddedWords.Select(w => $"instr({column}, {sql.Param(w)}) > 0"));
        return $"CASE WHEN instr({column}, {sql.Param(query.Phrase)}) > 0 THEN {TextSearch.PhraseTier + offset} "
            + $"WHEN {all} THEN {TextSearch.AllWordsTier + offset} ELSE {TextSearch.AnyWordTier + offset} END";
    }

    /// <summary>
    /// articles(search:): the title ranks 0 (is the search), 1 (starts with it), 2 (contains it);
    /// else the text ranks 3 (has the phrase), 4 (every word), 5 (some word). Best rank wins.
    /// </summary>
    private static ListingQuery ArticleSearchQuery(string search, PageRequest? page)
    {
        var sql = new SqlBuilder();
        var s = sql.Param(SearchKeys.ForSearch(search));
        var query = TextSearch.Parse(search);
        var body = "";
        var bodyRank = "NULL";
        if (query is { MatchesNothing: false })
        {
            body = $" LEFT JOIN (SELECT w.article_id, {Tier(sql, "w.words", query, 3)} AS rank FROM article_words w "
                + $"WHERE article_words MATCH {sql.Param(query.IndexQuery)}) b ON b.article_id = articles.id";
            bodyRank = "b.rank";
        }
        var rank = $"CASE WHEN instr(articles.title_key, {s}) > 0 THEN {RankOf("articles.title_key", s)} ELSE {bodyRank} END";
        sql.Where("a.rank IS NOT NULL");
        if (After(sql, page?.After, "a.rank", "a.id", ranked: true) is { } after) sql.Where(after);
        // The listed columns only: never the text, which may be 200,000 characters.
        var columns = SqlValues.ArticleColumns.Replace("a.", "articles.", StringComparison.Ordinal);
        return Listing(sql, $"SELECT {SqlValues.ArticleColumns}, a.rank FROM (SELECT {columns}, {rank} AS rank FROM articles{body}) a", "a.rank, a.id", page);
    }
}
