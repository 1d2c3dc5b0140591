using System.Globalization;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Conditions;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

// Listings: keyset paging in (rank, id) order, fetching first + 1 rows to know whether a next
// page exists. Without a search every rank is 0 and the order is the primary key's.
public sealed partial class SqliteGraphStore
{
    public Task<Page<Node>> FindNodesAsync(NodeFilter filter, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        if (SearchKeys.ForSearch(filter.Search) is not { } search)
        {
            var order = page.Check(filter.Ordering);
            return RunAsync("find_nodes", (c, ct) => ReadPageAsync(c, NodeQuery(filter, page), SqlValues.ReadNode, SqlValues.NodeColumnCount, page.First, ct,
                order.IsById ? null : order), ct);
        }
        if (!filter.Ordering.IsById) throw GeoGraphException.Validation("orderBy", "a search is ordered by how well names match; leave orderBy out");

        // Ranks 0 and 1 come from index ranges; the contains tier (rank 2) only runs when they leave
        // the page short, and then stops as soon as the page is full.
        return RunAsync("find_nodes", async (c, ct) =>
        {
            var externalIds = ExternalIdSchemes.KeysSearched(filter.Search);
            var items = page.After is { Rank: >= 2 } ? []
                : await ReadItemsAsync(c, NodeSearchQuery(filter.Kind, search, externalIds, page.After, page.First + 1), SqlValues.ReadNode, SqlValues.NodeColumnCount, ct);
            if (items.Count <= page.First)
                items.AddRange(await NodeContainsAsync(c, filter.Kind, search, externalIds, page.After, page.First + 1 - items.Count, ct));
            return Page<Node>.From(items, page.First);
        }, ct);
    }

    public Task<long> CountNodesAsync(NodeFilter filter, CancellationToken ct = default) =>
        RunAsync("count_nodes", (c, ct) => CountAsync(c, NodeQuery(filter, null), ct), ct);

    public Task<Page<Article>> FindArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        if (SearchKeys.ForSearch(filter.Search) is not null)
        {
            if (!filter.Ordering.IsById) throw GeoGraphException.Validation("orderBy", "a search is ordered by how well titles and texts match; leave orderBy out");
            return RunAsync("find_articles", (c, ct) => ReadPageAsync(c, ArticleSearchQuery(filter.Search!, page), r => SqlValues.ReadArticle(r), SqlValues.ArticleColumnCount, page.First, ct), ct);
        }
        var order = page.Check(filter.Ordering);
        return RunAsync("find_articles", (c, ct) => ReadPageAsync(c, ArticleListing(order, page), r => SqlValues.ReadArticle(r), SqlValues.ArticleColumnCount, page.First, ct,
            order.IsById ? null : order), ct);
    }

    public Task<long> CountArticlesAsync(string? search, CancellationToken ct = default) =>
        RunAsync("count_articles", (c, ct) => CountAsync(c, search is null ? ArticleListing(ArticleOrder.ById, null) : ArticleSearchQuery(search, null), ct), ct);

    public Task<Page<Relation>> FindRelationsAsync(RelationFilter filter, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        var order = page.Check(filter.Ordering);
        return RunAsync("find_relations", (c, ct) => ReadPageAsync(c, RelationQuery(filter, page), SqlValues.ReadRelation, SqlValues.RelationColumnCount, page.First, ct,
            order.IsById ? null : order), ct);
    }

    public Task<long> CountRelationsAsync(RelationFilter filter, CancellationToken ct = default) =>
        RunAsync("count_relations", (c, ct) => CountAsync(c, RelationQuery(filter, null), ct), ct);

    public Task<Page<Node>> FindClaimsAsync(ClaimFilter filter, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        var order = page.Check(filter.Ordering);
        return RunAsync("find_claims", (c, ct) => ReadPageAsync(c, ClaimQuery(filter, page), SqlValues.ReadNode, SqlValues.NodeColumnCount, page.First, ct,
            order.IsById ? null : order), ct);
    }

    public Task<long> CountClaimsAsync(ClaimFilter filter, CancellationToken ct = default) =>
        RunAsync("count_claims", (c, ct) => CountAsync(c, ClaimQuery(filter, null), ct), ct);

    /// <summary>
    /// A listing query: <c>Select</c> yields the item's columns followed by its rank, already
    /// filtered and positioned after the cursor; <c>Rows</c> is the same rows unordered and ignoring
    /// the cursor (relation counts group them), and <c>Count</c> counts them.
    /// </summary>
    private sealed record ListingQuery(SqlBuilder Sql, string Select, string Rows)
    {
        public string Count => $"SELECT count(*) FROM ({Rows});";
    }

    /// <summary>Keyset condition for a listing whose rank column is <paramref name="rank"/> (a constant 0 when not searching).</summary>
    private static string? After(SqlBuilder sql, PageKey? after, string rank, string id, bool ranked)
    {
        if (after is not { } key) return null;
        var afterId = sql.Param(key.Id);
        if (!ranked) return key.Rank == 0 ? $"{id} > {afterId}" : "0";
        var afterRank = sql.Param(key.Rank);
        return $"{rank} > {afterRank} OR ({rank} = {afterRank} AND {id} > {afterId})";
    }

    /// <summary>A rank expression over a search-key column: 0 equal, 1 prefix, 2 contains (rows that do not contain it are filtered out).</summary>
    private static string RankOf(string keyColumn, string searchParam) =>
        $"CASE WHEN {keyColumn} = {searchParam} THEN 0 WHEN instr({keyColumn}, {searchParam}) = 1 THEN 1 ELSE 2 END";

    /// <summary>
    /// Keys starting with the search, as a range an index on the (BINARY) key column can serve:
    /// byte 0xFF never occurs in UTF-8, so <c>s || x'FF'</c> sorts after every text that starts with s.
    /// </summary>
    private static string StartsWith(string keyColumn, string searchParam) =>
        $"{keyColumn} >= {searchParam} AND {keyColumn} < {searchParam} || x'FF'";

    private static string KindCondition(SqlBuilder sql, NodeKind? kind) =>
        kind is { } k ? $"n.kind = {sql.Param(SqlValues.Kind(k))}" : $"n.kind <> {sql.Param(SqlValues.Kind(NodeKind.Claim))}";

    /// <summary>Without a search: every node of the kind, in id order. Counts a search's matches too.</summary>
    private static ListingQuery NodeQuery(NodeFilter filter, PageRequest? page)
    {
        var sql = new SqlBuilder();
        sql.Where(KindCondition(sql, filter.Kind));
        if (SearchKeys.ForSearch(filter.Search) is { } search)
        {
            // Any rank: the name or an alias contains the search. One pass over each table; UNION ALL,
            // since IN ignores duplicates and UNION made SQLite walk nodes through its id index.
            var s = sql.Param(search);
            var byExternalId = ExternalIdMatch(sql, "n.id", ExternalIdSchemes.KeysSearched(filter.Search));
            if (TrigramCandidates(sql, search) is { } candidates)
                sql.Where($"n.rowid IN ({candidates}) AND (instr(n.search_key, {s}) > 0 OR EXISTS (SELECT 1 FROM node_aliases a WHERE a.node_id = n.id AND instr(a.alias_key, {s}) > 0)) OR {byExternalId}");
            else
                sql.Where($"n.id IN (SELECT id FROM nodes WHERE instr(search_key, {s}) > 0 UNION ALL SELECT node_id FROM node_aliases WHERE instr(alias_key, {s}) > 0) OR {byExternalId}");
        }
        return NodeListing(sql, filter.Ordering, page);
    }

    /// <summary>
    /// Nodes in id order, or by name (the search key, as both stores sort it) then id: the keyset
    /// after the cursor, the name key selected after the rank so the next cursor can carry it.
    /// </summary>
    private static ListingQuery NodeListing(SqlBuilder sql, NodeOrder order, PageRequest? page)
    {
        if (order.NameDirection is not { } byName)
        {
            if (page?.After is { } key)
                sql.Where($"n.id {(order.IdDirection == SortDirection.Asc ? ">" : "<")} {sql.Param(key.Id)}" + (key.Rank == 0 ? "" : " AND 0"));
            return Listing(sql, $"SELECT {SqlValues.NodeColumns}, 0 FROM nodes n", "n.id " + RelationOrdering.Sql(order.IdDirection), page);
        }
        if (page?.After is { Sort.Values: [string name] } after)
        {
            var n = sql.Param(name);
            sql.Where($"n.search_key {(byName == SortDirection.Asc ? ">" : "<")} {n} OR (n.search_key = {n} AND n.id {(order.IdDirection == SortDirection.Asc ? ">" : "<")} {sql.Param(after.Id)})");
        }
        return Listing(sql, $"SELECT {SqlValues.NodeColumns}, 0, n.search_key FROM nodes n",
            $"n.search_key {RelationOrdering.Sql(byName)}, n.id {RelationOrdering.Sql(order.IdDirection)}", page);
    }

    /// <summary>
    /// Whether the node <paramref name="idColumn"/> holds one of the external-id keys a search names
    /// (Core's <see cref="ExternalIdSchemes.KeysSearched"/>): probes of node_external_ids' primary key.
    /// </summary>
    private static string ExternalIdMatch(SqlBuilder sql, string idColumn, IReadOnlyList<string> keys) =>
        keys.Count == 0 ? "0" : $"EXISTS (SELECT 1 FROM node_external_ids x WHERE x.external_key IN {sql.InList(keys)} AND x.node_id = {idColumn})";

    /// <summary>
    /// Search ranks 0 (equal, or an external id the search names) and 1 (prefix): the best over the
    /// name, every alias and the external ids, from index ranges. Names come from the (kind,
    /// search_key, id) index, one range per kind, so no node row is read until the page is known:
    /// a common prefix ("ahm") matches a thousand names, and only the page's rows are read.
    /// </summary>
    private static ListingQuery NodeSearchQuery(NodeKind? kind, string search, IReadOnlyList<string> externalIds, PageKey? after, int limit)
    {
        var sql = new SqlBuilder();
        var s = sql.Param(search);
        var kindOfNode = KindCondition(sql, kind);
        var byExternalId = externalIds.Count == 0 ? ""
            : $"UNION ALL SELECT x.node_id, 0 FROM node_external_ids x JOIN nodes n ON n.id = x.node_id WHERE x.external_key IN {sql.InList(externalIds)} AND {kindOfNode} ";
        var afterRanked = After(sql, after, "min(rank)", "node_id", ranked: true) is { } a ? $"HAVING {a} " : "";
        var ranked =
            "WITH matches (node_id, rank) AS ("
            + $"SELECT n.id, CASE WHEN n.search_key = {s} THEN 0 ELSE 1 END FROM nodes n WHERE n.kind IN {sql.InList(Kinds(kind))} AND {StartsWith("n.search_key", s)} "
            + $"UNION ALL SELECT a.node_id, CASE WHEN a.alias_key = {s} THEN 0 ELSE 1 END FROM node_aliases a JOIN nodes n ON n.id = a.node_id "
            + $"WHERE {StartsWith("a.alias_key", s)} AND {kindOfNode} {byExternalId}), "
            + $"page (node_id, rank) AS MATERIALIZED (SELECT node_id, min(rank) FROM matches GROUP BY node_id {afterRanked}ORDER BY 2, 1 LIMIT {sql.Param(limit)}) ";
        return new ListingQuery(sql, $"{ranked}SELECT {SqlValues.NodeColumns}, m.rank FROM page m JOIN nodes n ON n.id = m.node_id ORDER BY m.rank, m.node_id;", "");
    }

    /// <summary>The kinds a search lists: the one asked for, or every kind but claims.</summary>
    private static IEnumerable<string> Kinds(NodeKind? kind) =>
        kind is { } k ? [SqlValues.Kind(k)] : Enum.GetValues<NodeKind>().Where(x => x != NodeKind.Claim).Select(SqlValues.Kind);

    /// <summary>
    /// Above this many trigram matches (less the names they start), the contains tier walks nodes in id
    /// order instead of sorting the matches. At S = 1000 a sort costs 1–3 µs a match (each read from
    /// the trigram table's rows) and a walk about 0.12 µs a node walked past: the 21st of 1,000 matches
    /// lies up to 36,000 nodes in (names of one kind share an id prefix), where the two cost the same.
    /// </summary>
    private const int DenseTrigramMatches = 1100;

    /// <summary>How many nodes a one- or two-character search walks in id order before it scans them all.</summary>
    private const int ShortSearchWalk = 2000;

    /// <summary>
    /// Search rank 2, the first <paramref name="limit"/> by id: nodes whose name or an alias contains
    /// the search but none starts with it (and holding no external id it names, which is rank 0).
    /// Each way below selects ids only; the page's rows are read after (<see cref="NodePageQuery"/>).
    /// Reading a match costs about a microsecond wherever it is read from (a b-tree seek outside the
    /// page cache), so a common fragment must not read all its matches:
    /// <list type="bullet">
    /// <item>Up to <see cref="DenseTrigramMatches"/> trigram matches that no name starts: test and sort
    /// them on the trigram table's rows, which hold each node's id, kind and keys; no node row is read.</item>
    /// <item>More ("y 2" matches 6,614 of 75,451 nodes at S = 1000): walk nodes in id order, probing
    /// the matches (a Bloom filter, then a set), until the page is full.</item>
    /// <item>A search shorter than a trigram: walk the first <see cref="ShortSearchWalk"/> nodes in id
    /// order, which fills the page when the search is common ("of", "ed"); else one pass over
    /// each table.</item>
    /// </list>
    /// </summary>
    private static async Task<List<PagedItem<Node>>> NodeContainsAsync(
        SqliteConnection c, NodeKind? kind, string search, IReadOnlyList<string> externalIds, PageKey? after, int limit, CancellationToken ct)
    {
        ListingQuery Query(ContainsWay way) => NodeContainsQuery(kind, search, externalIds, after, limit, way);
        if (search.EnumerateRunes().Take(3).Count() >= 3)
        {
            // Matches that are no name's prefix estimate the tier's size (two index counts, capped):
            // "ahmed" matches 1,012 names that all start with it, and a walk would find none of them.
            var count = new SqlBuilder();
            var s = count.Param(search);
            var cap = count.Param(4 * DenseTrigramMatches);
            await using var cmd = count.Command(c,
                $"SELECT (SELECT count(*) FROM (SELECT 1 FROM node_trigrams WHERE node_trigrams MATCH {count.Param(TrigramPhrase(search))} LIMIT {cap})) "
                + $"- (SELECT count(*) FROM (SELECT 1 FROM nodes WHERE {StartsWith("search_key", s)} LIMIT {cap}));");
            var inside = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            return await ReadItemsAsync(c, Query(inside > DenseTrigramMatches ? ContainsWay.WalkMatches : ContainsWay.SortMatches), SqlValues.ReadNode, SqlValues.NodeColumnCount, ct);
        }
        var walked = await ReadItemsAsync(c, Query(ContainsWay.WalkFirstNodes), SqlValues.ReadNode, SqlValues.NodeColumnCount, ct);
        return walked.Count == limit ? walked : await ReadItemsAsync(c, Query(ContainsWay.Scan), SqlValues.ReadNode, SqlValues.NodeColumnCount, ct);
    }

    private enum ContainsWay { SortMatches, WalkMatches, WalkFirstNodes, Scan }

    private static ListingQuery NodeContainsQuery(NodeKind? kind, string search, IReadOnlyList<string> externalIds, PageKey? after, int limit, ContainsWay way)
    {
        var sql = new SqlBuilder();
        var s = sql.Param(search);
        string NoExternalId(string id) => externalIds.Count == 0 ? "" : $" AND NOT {ExternalIdMatch(sql, id, externalIds)}";
        string Beyond(string id) => After(sql, after, "2", id, ranked: true) is { } a ? $" AND ({a})" : "";
        string ids;
        if (way == ContainsWay.SortMatches)
        {
            // keys is the name's key then each alias key, each after U+0001 (which no search holds):
            // the first occurrence past the start, and none right after a separator, is rank 2.
            var kindOf = kind is { } k ? $"kind = {sql.Param(SqlValues.Kind(k))}" : $"kind <> {sql.Param(SqlValues.Kind(NodeKind.Claim))}";
            ids = $"SELECT id FROM node_trigrams WHERE node_trigrams MATCH {sql.Param(TrigramPhrase(search))} AND {kindOf} "
                + $"AND instr(keys, {s}) > 1 AND instr(keys, char(1) || {s}) = 0{NoExternalId("id")}{Beyond("id")} ORDER BY id LIMIT {sql.Param(limit)}";
        }
        else
        {
            // Walk an index in id order: the kind's (kind, id) index, or the primary key's.
            var walk = kind is { } k
                ? $"nodes n INDEXED BY ix_nodes_kind_id WHERE n.kind = {sql.Param(SqlValues.Kind(k))}"
                : $"nodes n INDEXED BY sqlite_autoindex_nodes_1 WHERE n.kind <> {sql.Param(SqlValues.Kind(NodeKind.Claim))}";
            var contains = $"(instr(n.search_key, {s}) > 1 OR EXISTS (SELECT 1 FROM node_aliases a WHERE a.node_id = n.id AND instr(a.alias_key, {s}) > 1))";
            var rank2 = $"NOT ({StartsWith("n.search_key", s)}) AND NOT EXISTS (SELECT 1 FROM node_aliases a WHERE a.node_id = n.id AND {StartsWith("a.alias_key", s)}){NoExternalId("n.id")}";
            ids = way switch
            {
                ContainsWay.WalkMatches =>
                    $"SELECT n.id FROM {walk}{Beyond("n.id")} AND n.rowid IN ({TrigramCandidates(sql, search)}) AND {contains} AND {rank2} ORDER BY n.id LIMIT {sql.Param(limit)}",
                // The first ids of the kinds from the (kind, id) index alone (claims, whose ids sort
                // first, are never read), then their rows in that order until the page is full.
                ContainsWay.WalkFirstNodes =>
                    $"SELECT n.id FROM (SELECT id FROM nodes INDEXED BY ix_nodes_kind_id WHERE kind IN {sql.InList(Kinds(kind))}{Beyond("id")} "
                    + $"ORDER BY id LIMIT {sql.Param(ShortSearchWalk)}) w JOIN nodes n ON n.id = w.id WHERE {contains} AND {rank2} ORDER BY w.id LIMIT {sql.Param(limit)}",
                _ => $"SELECT n.id FROM nodes n WHERE {KindCondition(sql, kind)}{Beyond("n.id")} "
                    + $"AND n.id IN (SELECT id FROM nodes WHERE instr(search_key, {s}) > 1 UNION ALL SELECT node_id FROM node_aliases WHERE instr(alias_key, {s}) > 1) "
                    + $"AND {rank2} ORDER BY n.id LIMIT {sql.Param(limit)}",
            };
        }
        return NodePageQuery(sql, ids, 2);
    }

    /// <summary>
    /// The page's node rows, for <paramref name="ids"/> (a query of node ids, in page order): read
    /// only once the page is known, since SQLite carries every selected column through a sort.
    /// Search pages are never counted this way (CountNodesAsync counts <see cref="NodeQuery"/>), so
    /// these listings have no <c>Rows</c>.
    /// </summary>
    private static ListingQuery NodePageQuery(SqlBuilder sql, string ids, int rank) =>
        new(sql, $"WITH page (id) AS MATERIALIZED ({ids}) SELECT {SqlValues.NodeColumns}, {rank} FROM page p JOIN nodes n ON n.id = p.id ORDER BY p.id;", "");

    /// <summary>
    /// Every article by id, or by publishedAt (undated last in both directions) or title (its search
    /// key, as both stores sort it) then id: the keyset after the cursor, the key selected after the
    /// rank so the next cursor can carry it.
    /// </summary>
    private static ListingQuery ArticleListing(ArticleOrder order, PageRequest? page)
    {
        var sql = new SqlBuilder();
        var byId = $"a.id {(order.IdDirection == SortDirection.Asc ? ">" : "<")} ";
        var idOrder = "a.id " + RelationOrdering.Sql(order.IdDirection);
        if (order.Key is not { } field)
        {
            if (page?.After is { } key) sql.Where(byId + sql.Param(key.Id) + (key.Rank == 0 ? "" : " AND 0"));
            return Listing(sql, $"SELECT {SqlValues.ArticleColumns}, 0 FROM articles a", idOrder, page);
        }
        var column = field == ArticleOrderField.PublishedAt ? "a.published_ms" : "a.title_key";
        var beyond = order.KeyDirection == SortDirection.Asc ? ">" : "<";
        if (page?.After is { Sort.Values: [var value] } after)
        {
            var id = sql.Param(after.Id);
            if (value is null) sql.Where($"{column} IS NULL AND {byId}{id}");
            else
            {
                var v = sql.Param(value);
                sql.Where($"{column} {beyond} {v} OR {column} IS NULL OR ({column} = {v} AND {byId}{id})");
            }
        }
        return Listing(sql, $"SELECT {SqlValues.ArticleColumns}, 0, {column} FROM articles a",
            $"{column} IS NULL, {column} {RelationOrdering.Sql(order.KeyDirection)}, {idOrder}", page);
    }

    /// <summary>
    /// The relations listing's query: the one place a <see cref="RelationFilter"/> becomes SQL, so
    /// relation counts (which group its <c>Rows</c>) select exactly what the listing lists.
    /// </summary>
    private static ListingQuery RelationQuery(RelationFilter f, PageRequest? page)
    {
        var condition = QueryLimits.CheckForStore(f);
        var order = f.Ordering;
        var sql = new SqlBuilder();
        if (condition is not RelationCondition.All { Terms.Count: 0 }) sql.Where(RelationConditions.Where(sql, condition));
        VisibleAt(sql, f.KnownAt, f.IncludeRetracted);
        var select = $"SELECT {SqlValues.RelationColumns}, 0 FROM relations r";
        if (!order.IsById) return OrderedRelationQuery(sql, order, page);
        if (After(sql, page?.After, "0", "r.id", ranked: false) is { } after) sql.Where(after);
        if (RelationConditions.PinnedInvolves(condition) is not { } involved) return Listing(sql, select, "r.id", page);

        // A node's relations as subject and as object (self-loops once): two ranges of the
        // (subject_id, id) and (object_id, id) indexes, already in id order, merged up to the limit,
        // so a page of a hub's relations reads about a page from each side instead of sorting them all.
        var node = sql.Param(involved);
        var rest = sql.WhereClause("AND");
        var both = $"{select} WHERE r.subject_id = {node}{rest} UNION ALL {select} WHERE r.object_id = {node} AND r.subject_id <> {node}{rest}";
        var limit = page is null ? "" : " LIMIT " + sql.Param(page.First + 1);
        return new ListingQuery(sql, $"{both} ORDER BY id{limit};", both);
    }

    /// <summary>In an explicit order: the sort keys computed per matching relation, then keyset and order over them.</summary>
    private static ListingQuery OrderedRelationQuery(SqlBuilder sql, RelationOrder order, PageRequest? page)
    {
        var where = sql.WhereClause();
        var keyed = $"SELECT {SqlValues.RelationColumns}, 0 AS rank{RelationOrdering.SelectKeys(order)} FROM relations r{where}";
        var after = page?.After is { } key ? " WHERE " + RelationOrdering.After(sql, order, key) : "";
        var limit = page is null ? "" : " LIMIT " + sql.Param(page.First + 1);
        return new ListingQuery(sql, $"SELECT * FROM ({keyed}){after} ORDER BY {RelationOrdering.OrderBy(order)}{limit};",
            $"SELECT {SqlValues.RelationColumns}, 0 FROM relations r{where}");
    }

    private static ListingQuery ClaimQuery(ClaimFilter filter, PageRequest? page)
    {
        var sql = new SqlBuilder();
        sql.Where($"n.kind = {sql.Param(SqlValues.Kind(NodeKind.Claim))}");
        if (filter.Disputed is { } disputed)
        {
            var now = sql.Param(SqlValues.Timestamp(filter.KnownAt));
            string Has(IReadOnlyList<string> types) =>
                $"EXISTS (SELECT 1 FROM relations r WHERE r.object_id = n.id AND r.type IN {sql.InList(types)} "
                + $"AND r.recorded_at <= {now} AND (r.retracted_at IS NULL OR r.retracted_at > {now}))";
            var isDisputed = $"{Has(ClaimStances.SupportTypes)} AND {Has(ClaimStances.DenialTypes)}";
            sql.Where(disputed ? isDisputed : $"NOT ({isDisputed})");
        }
        return NodeListing(sql, filter.Ordering, page);
    }

    private static ListingQuery Listing(SqlBuilder sql, string selectFrom, string orderBy, PageRequest? page) =>
        Listing(sql, selectFrom, orderBy, page is null ? null : page.First + 1);

    private static ListingQuery Listing(SqlBuilder sql, string selectFrom, string orderBy, int? limit)
    {
        var where = sql.WhereClause();
        var limitClause = limit is { } n ? " LIMIT " + sql.Param(n) : "";
        return new ListingQuery(sql, $"{selectFrom}{where} ORDER BY {orderBy}{limitClause};", $"{selectFrom}{where}");
    }

    private static async Task<Page<T>> ReadPageAsync<T>(
        SqliteConnection c, ListingQuery query, Func<SqliteDataReader, T> read, int rankOrdinal, int first, CancellationToken ct, IListingOrder? order = null) =>
        Page<T>.From(await ReadItemsAsync(c, query, read, rankOrdinal, ct, order), first);

    /// <summary>Items with their keys: the rank at <paramref name="rankOrdinal"/>, then an ordered listing's sort values.</summary>
    private static async Task<List<PagedItem<T>>> ReadItemsAsync<T>(
        SqliteConnection c, ListingQuery query, Func<SqliteDataReader, T> read, int rankOrdinal, CancellationToken ct, IListingOrder? order = null)
    {
        var items = new List<PagedItem<T>>();
        await using var cmd = query.Sql.Command(c, query.Select);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var item = read(r);
            items.Add(new PagedItem<T>(item, new PageKey(r.GetInt32(rankOrdinal), r.GetString(0), order is null ? null : RelationOrdering.Read(r, order, rankOrdinal + 1))));
        }
        return items;
    }

    private static async Task<long> CountAsync(SqliteConnection c, ListingQuery query, CancellationToken ct)
    {
        await using var cmd = query.Sql.Command(c, query.Count);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }
}
