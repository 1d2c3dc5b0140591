using GeoGraph.Bolt;
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
            return PageAsync("find_nodes", filter.Kind is null ? ListingQueries.FindEntities : ListingQueries.FindNodes,
                Paged(parameters, page, ranked: false), page, Neo4jValues.ReadNode, ct);
        parameters["exactAlias"] = Neo4jValues.AliasSeparator + search + Neo4jValues.AliasSeparator;
        parameters["aliasPrefix"] = Neo4jValues.AliasSeparator + search;
        return PageAsync("find_nodes", ListingQueries.SearchNodes, Paged(parameters, page, ranked: true), page, Neo4jValues.ReadNode, ct);
    }

    public Task<long> CountNodesAsync(NodeFilter filter, CancellationToken ct = default) =>
        CountAsync("count_nodes", ListingQueries.CountNodes, NodeParameters(filter), ct);

    public Task<Page<Article>> FindArticlesAsync(string? search, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        var parameters = ArticleParameters(search);
        return PageAsync("find_articles", ListingQueries.FindArticles, Paged(parameters, page, ranked: parameters["search"] is not null), page, Neo4jValues.ReadArticle, ct);
    }

    public Task<long> CountArticlesAsync(string? search, CancellationToken ct = default) =>
        CountAsync("count_articles", ListingQueries.CountArticles, ArticleParameters(search), ct);

    public Task<Page<Relation>> FindRelationsAsync(RelationFilter filter, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        // A type outside the vocabulary has no relations (only vocabulary types are ever written).
        if (RelationStatements(filter) is not { } statements) return Task.FromResult(new Page<Relation>([], false));
        return PageAsync("find_relations", statements.Find, Paged(RelationParameters(filter), page, ranked: false), page, Neo4jValues.ReadRelation, ct);
    }

    public Task<long> CountRelationsAsync(RelationFilter filter, CancellationToken ct = default) =>
        RelationStatements(filter) is { } statements ? CountAsync("count_relations", statements.Count, RelationParameters(filter), ct) : Task.FromResult(0L);

    /// <summary>
    /// The cheapest way into the relations a filter wants: from the node they must touch, else from
    /// the article's mentions, else the relationships of its type (that type's index gives them in
    /// id order), else all of them. Every variant applies the same filters. Null when the type is
    /// not in the vocabulary.
    /// </summary>
    private (string Find, string Count)? RelationStatements(RelationFilter f) =>
        (f.SubjectId ?? f.ObjectId ?? f.InvolvesId) is not null ? (ListingQueries.FindRelationsOfNode, ListingQueries.CountRelationsOfNode)
        : f.ArticleId is not null ? (ListingQueries.FindRelationsOfArticle, ListingQueries.CountRelationsOfArticle)
        : f.Type is { } type ? _relationsOfType.TryGetValue(type, out var typed) ? typed : null
        : (ListingQueries.FindRelations, ListingQueries.CountRelations);

    public Task<Page<Node>> FindClaimsAsync(ClaimFilter filter, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        return PageAsync("find_claims", ListingQueries.FindClaims, Paged(ClaimParameters(filter), page, ranked: false), page, Neo4jValues.ReadNode, ct);
    }

    public Task<long> CountClaimsAsync(ClaimFilter filter, CancellationToken ct = default) =>
        CountAsync("count_claims", ListingQueries.CountClaims, ClaimParameters(filter), ct);

    private static Dictionary<string, object?> NodeParameters(NodeFilter filter) => new()
    {
        ["kind"] = filter.Kind is { } kind ? Neo4jValues.Kind(kind) : null,
        ["search"] = SearchKeys.ForSearch(filter.Search),
    };

    /// <summary>The anchor is the node a relation must touch, if any: the cheapest way in (see find_relations.cypher).</summary>
    private static Dictionary<string, object?> RelationParameters(RelationFilter f) => new()
    {
        ["anchorId"] = f.SubjectId ?? f.ObjectId ?? f.InvolvesId,
        ["type"] = f.Type,
        ["subjectId"] = f.SubjectId,
        ["objectId"] = f.ObjectId,
        ["involvesId"] = f.InvolvesId,
        ["articleId"] = f.ArticleId,
        ["validAt"] = f.ValidAt,
        ["knownAt"] = Neo4jValues.Utc(f.KnownAt),
        ["includeRetracted"] = f.IncludeRetracted,
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
