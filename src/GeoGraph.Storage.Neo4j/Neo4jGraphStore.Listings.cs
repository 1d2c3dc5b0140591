using GeoGraph.Bolt;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j;

// Listings: keyset paging in (rank, id) order, fetching first + 1 rows to know whether a next page
// exists, exactly as the embedded store pages.
public sealed partial class Neo4jGraphStore
{
    private static class ListingQueries
    {
        public static readonly string FindEntities = CypherStatements.Query("find_entities");
        public static readonly string FindNodes = CypherStatements.Query("find_nodes");
        public static readonly string SearchNodes = CypherStatements.Query("search_nodes");
        public static readonly string CountNodes = CypherStatements.Query("count_nodes");
        public static readonly string FindArticles = CypherStatements.Query("find_articles");
        public static readonly string ListArticles = CypherStatements.Query("list_articles");
        public static readonly string CountArticles = CypherStatements.Query("count_articles");
        public static readonly string FindRelations = CypherStatements.Query("find_relations");
        public static readonly string CountRelations = CypherStatements.Query("count_relations");
        public static readonly string FindRelationsOfNode = CypherStatements.Query("find_relations_of_node");
        public static readonly string CountRelationsOfNode = CypherStatements.Query("count_relations_of_node");
        public static readonly string FindRelationsOfArticle = CypherStatements.Query("find_relations_of_article");
        public static readonly string CountRelationsOfArticle = CypherStatements.Query("count_relations_of_article");
        public static readonly string FindClaims = CypherStatements.Query("find_claims");
        public static readonly string CountClaims = CypherStatements.Query("count_claims");
    }

    public Task<Page<Node>> FindNodesAsync(NodeFilter filter, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        var parameters = NodeParameters(filter);
        if (parameters["search"] is not string search)
        {
            var order = page.Check(filter.Ordering);
            return OrderedNodePageAsync("find_nodes", filter.Kind is null ? ListingQueries.FindEntities : ListingQueries.FindNodes, "n", order,
                parameters, page, ct);
        }
        if (!filter.Ordering.IsById) throw GeoGraphException.Validation("orderBy", "a search is ordered by how well names match; leave orderBy out");
        parameters["exactAlias"] = Neo4jValues.AliasSeparator + search + Neo4jValues.AliasSeparator;
        parameters["aliasPrefix"] = Neo4jValues.AliasSeparator + search;
        AddExternalIds(parameters, filter.Search);
        return PageAsync("find_nodes", ListingQueries.SearchNodes, Paged(parameters, page, ranked: true), page, Neo4jValues.ReadNode, ct);
    }

    public Task<long> CountNodesAsync(NodeFilter filter, CancellationToken ct = default) =>
        CountAsync("count_nodes", ListingQueries.CountNodes, AddExternalIds(NodeParameters(filter), filter.Search), ct);

    /// <summary>The external-id keys a search names (Core's rule), found in externalIdText between separators.</summary>
    private static Dictionary<string, object?> AddExternalIds(Dictionary<string, object?> parameters, string? search)
    {
        parameters["externalIds"] = ExternalIdSchemes.KeysSearched(search).ToArray();
        parameters["separator"] = Neo4jValues.AliasSeparator.ToString();
        return parameters;
    }

    public async Task<Page<Article>> FindArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        var parameters = ArticleParameters(filter.Search);
        if (parameters["search"] is not null)
        {
            if (!filter.Ordering.IsById) throw GeoGraphException.Validation("orderBy", "a search is ordered by how well titles and texts match; leave orderBy out");
            return await PageAsync("find_articles", ListingQueries.FindArticles, Paged(parameters, page, ranked: true), page, Neo4jValues.ReadArticle, ct);
        }
        var order = page.Check(filter.Ordering);
        if (page.After is { Rank: > 0 }) return new Page<Article>([], false);
        var listing = new Dictionary<string, object?> { ["limit"] = (long)page.First + 1 };
        var statement = CypherStatements.Fill(ListingQueries.ListArticles, Neo4jArticleOrdering.Placeholders(order, page.After, listing));
        var records = await ReadAsync("find_articles", statement, listing, ct);
        return Page<Article>.From(records.Select(r => new PagedItem<Article>(Neo4jValues.ReadArticle(r), new PageKey(0, r.Get<string>("id"), Neo4jArticleOrdering.Read(r, order)))).ToList(), page.First);
    }

    public Task<long> CountArticlesAsync(string? search, CancellationToken ct = default) =>
        CountAsync("count_articles", ListingQueries.CountArticles, ArticleParameters(search), ct);

    public Task<Page<Relation>> FindRelationsAsync(RelationFilter filter, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        var order = page.Check(filter.Ordering);
        // A search cursor outside a search can only mean an empty page.
        if (page.After is { Rank: > 0 }) return Task.FromResult(new Page<Relation>([], false));
        if (RelationStatement(filter, count: false, page.After) is not { } statement) return Task.FromResult(new Page<Relation>([], false));
        statement.Parameters["limit"] = (long)page.First + 1;
        return RelationPageAsync(statement.Cypher, statement.Parameters, page, order, ct);
    }

    public Task<long> CountRelationsAsync(RelationFilter filter, CancellationToken ct = default) =>
        RelationStatement(filter, count: true, null) is { } statement ? CountAsync("count_relations", statement.Cypher, statement.Parameters, ct) : Task.FromResult(0L);

    /// <summary>
    /// The listing (or count) statement for a filter: the cheapest way into the relations its
    /// condition wants — from the node every answer touches, else from the article's mentions, else
    /// the relationships of its one type (that type's index gives them in id order), else all of
    /// them — with the composed condition and order filled in. Null when the pinned type is not in
    /// the vocabulary (no relation can have it).
    /// </summary>
    private (string Cypher, Dictionary<string, object?> Parameters)? RelationStatement(RelationFilter f, bool count, PageKey? after)
    {
        var condition = QueryLimits.CheckForStore(f);
        var parameters = new Dictionary<string, object?>
        {
            ["knownAt"] = Neo4jValues.Utc(f.KnownAt),
            ["includeRetracted"] = f.IncludeRetracted,
        };
        var (anchorId, articleId, type) = Neo4jRelationConditions.EntryOf(condition);
        string template;
        if (anchorId is not null)
        {
            template = count ? ListingQueries.CountRelationsOfNode : ListingQueries.FindRelationsOfNode;
            parameters["anchorId"] = anchorId;
        }
        else if (articleId is not null)
        {
            template = count ? ListingQueries.CountRelationsOfArticle : ListingQueries.FindRelationsOfArticle;
            parameters["articleId"] = articleId;
        }
        else if (type is not null)
        {
            if (!_relationsOfType.TryGetValue(type, out var typed)) return null;
            template = count ? typed.Count : typed.Find;
        }
        else template = count ? ListingQueries.CountRelations : ListingQueries.FindRelations;

        var placeholders = count ? [] : Neo4jRelationOrdering.Placeholders(f.Ordering, after, parameters);
        placeholders["condition"] = Neo4jRelationConditions.Compose(condition, parameters);
        return (CypherStatements.Fill(template, placeholders), parameters);
    }

    private async Task<Page<Relation>> RelationPageAsync(string cypher, Dictionary<string, object?> parameters, PageRequest page, RelationOrder order, CancellationToken ct)
    {
        var records = await ReadAsync("find_relations", cypher, parameters, ct);
        var items = records.Select(r => new PagedItem<Relation>(Neo4jValues.ReadRelation(r), new PageKey(0, r.Get<string>("id"), Neo4jRelationOrdering.Read(r, order)))).ToList();
        return Page<Relation>.From(items, page.First);
    }

    public Task<Page<Node>> FindClaimsAsync(ClaimFilter filter, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        return OrderedNodePageAsync("find_claims", ListingQueries.FindClaims, "c", page.Check(filter.Ordering), ClaimParameters(filter), page, ct);
    }

    public Task<long> CountClaimsAsync(ClaimFilter filter, CancellationToken ct = default) =>
        CountAsync("count_claims", ListingQueries.CountClaims, ClaimParameters(filter), ct);

    private static Dictionary<string, object?> NodeParameters(NodeFilter filter) => new()
    {
        ["kind"] = filter.Kind is { } kind ? Neo4jValues.Kind(kind) : null,
        ["search"] = SearchKeys.ForSearch(filter.Search),
    };

    private static Dictionary<string, object?> ClaimParameters(ClaimFilter f) => new()
    {
        ["disputed"] = f.Disputed,
        ["knownAt"] = Neo4jValues.Utc(f.KnownAt),
        ["supportTypes"] = ClaimStances.SupportTypes.ToArray(),
        ["denialTypes"] = ClaimStances.DenialTypes.ToArray(),
    };

    /// <summary>
    /// The parameters plus the keyset position and the page size + 1; null when the cursor's rank
    /// cannot occur in this listing (a search cursor outside a search), which means an empty page.
    /// </summary>
    private static Dictionary<string, object?>? Paged(Dictionary<string, object?> parameters, PageRequest page, bool ranked)
    {
        if (page.After is { Rank: > 0 } && !ranked) return null;
        parameters["afterRank"] = (long)(page.After?.Rank ?? 0);
        parameters["afterId"] = page.After?.Id;
        parameters["limit"] = (long)page.First + 1;
        return parameters;
    }

    /// <summary>An entities or claims page in id or name order (<paramref name="variable"/>: the node's name in the statement).</summary>
    private async Task<Page<Node>> OrderedNodePageAsync(string operation, string template, string variable, NodeOrder order,
        Dictionary<string, object?> parameters, PageRequest page, CancellationToken ct)
    {
        if (page.After is { Rank: > 0 }) return new Page<Node>([], false);
        parameters["limit"] = (long)page.First + 1;
        var statement = CypherStatements.Fill(template, Neo4jNodeOrdering.Placeholders(order, variable, page.After, parameters));
        var records = await ReadAsync(operation, statement, parameters, ct);
        return Page<Node>.From(records.Select(r => new PagedItem<Node>(Neo4jValues.ReadNode(r), new PageKey(0, r.Get<string>("id"), Neo4jNodeOrdering.Read(r, order)))).ToList(), page.First);
    }

    private async Task<Page<T>> PageAsync<T>(string operation, string query, Dictionary<string, object?>? parameters, PageRequest page,
        Func<Record, T> read, CancellationToken ct)
    {
        if (parameters is null) return new Page<T>([], false);
        var records = await ReadAsync(operation, query, parameters, ct);
        var items = records.Select(r => new PagedItem<T>(read(r), new PageKey(r.Keys.Contains("rank") ? r.Get<int>("rank") : 0, r.Get<string>("id")))).ToList();
        return Page<T>.From(items, page.First);
    }

    private async Task<long> CountAsync(string operation, string query, Dictionary<string, object?> parameters, CancellationToken ct) =>
        (await ReadAsync(operation, query, parameters, ct)).Single().Get<long>("count");
}
