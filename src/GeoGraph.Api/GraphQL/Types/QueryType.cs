using FluentValidation;
using GeoGraph.Api.GraphQL.Inputs;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Conditions;
using GeoGraph.Core.Vocabulary;
using GraphQL;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed partial class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Field<NodeInterface>("entity")
            .Description("Any node by id: an entity or a claim. NOT_FOUND when no node has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "e.g. country:CN, person:lin-jian, claim:…")
            .ResolveAsync(async c =>
            {
                var id = NodeIdArgument(c, "id");
                return (await c.Store().GetNodesAsync([id], c.CancellationToken)).GetValueOrDefault(id)
                    ?? throw GeoGraphException.NotFound("id", id);
            });

        Field<EntityType>("entityByExternalId")
            .Description("The entity an id in another system names: wikidata Q-ids, GeoNames and LEI ids, a country's ISO 3166-1 codes (iso3166-alpha2, iso3166-alpha3). NOT_FOUND when no entity holds it.")
            .Argument<NonNullGraphType<StringGraphType>>("scheme", "wikidata, geonames, lei, iso3166-alpha2 or iso3166-alpha3.")
            .Argument<NonNullGraphType<StringGraphType>>("id", "The id in that scheme, exactly: Q148, CHN.")
            .ResolveAsync(async c =>
            {
                var scheme = c.GetArgument<string>("scheme");
                var id = c.GetArgument<string>("id");
                if (!ExternalIdSchemes.IsKnown(scheme))
                    throw GeoGraphException.Validation("scheme", $"'{scheme}' is not a known external-id scheme ({string.Join(", ", ExternalIdSchemes.All)})");
                var key = new ExternalId(scheme, id).Key;
                // An external id names one entity (ingestion refuses a second holder); should a race
                // have made two, the lowest id answers.
                return (await c.Store().FindNodesByExternalIdsAsync([key], c.CancellationToken))[key].FirstOrDefault()
                    ?? throw GeoGraphException.NotFound("id", key);
            });

        Field<NonNullGraphType<NodeConnectionType>>("entities")
            .Description("Entities (claims only with kind: CLAIM), by id; with a search, exact name/alias matches first, then prefix, then contains.")
            .Argument<NodeKindType>("kind", "Only nodes of this kind.")
            .Argument<StringGraphType>("search", "Case-insensitive match on name or alias.")
            .NodeOrderArgument()
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var search = Search(c);
                var order = NodeOrderOf(c);
                if (search is not null && !order.IsById)
                    throw GeoGraphException.Validation("orderBy", "a search is ordered by how well names match; leave orderBy out");
                var filter = new NodeFilter(c.GetArgument<NodeKind?>("kind"), search, order);
                var store = c.Store();
                var page = await store.FindNodesAsync(filter, ToPageRequest(c, Listings.Nodes, ranked: search is not null, order), c.CancellationToken);
                return new Connection<Node>(Listings.Nodes, page, ct => store.CountNodesAsync(filter, ct));
            });

        Field<RelationGraphType>("relation")
            .Description("A relation by id. NOT_FOUND when none has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "rel:…")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                if (!ContentIds.IsRelationId(id)) throw GeoGraphException.Validation("id", "must be a relation id: 'rel:' and 16 lowercase hex digits");
                return (await c.Store().GetRelationsAsync([id], c.CancellationToken)).GetValueOrDefault(id)
                    ?? throw GeoGraphException.NotFound("id", id);
            });

        Field<NonNullGraphType<RelationConnectionType>>("relations")
            .Description("Relations matching every given filter, by id unless orderBy says otherwise. Retracted ones are hidden unless includeRetracted.")
            .Argument<RelationsWhereType>("where", "Filters; all optional.")
            .Argument<ListGraphType<NonNullGraphType<RelationOrderByInputType>>>("orderBy",
                "Sort keys, later ones breaking ties, then the id; e.g. [{field: CITATION_COUNT, direction: DESC}]. A cursor continues only the ordering that issued it.")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var order = RelationOrder.Of(c.GetArgument<List<OrderByInput<RelationOrderField>>?>("orderBy")?.Select(o => new RelationOrderKey(o.Field, o.Direction)).ToArray());
                var (filter, roles) = await ExpandedRelationFilterAsync(c, order);
                return await RelationConnectionAsync(c, filter, roles);
            });

        Field<ArticleType>("article")
            .Description("An article by id. NOT_FOUND when none has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "article:…")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                if (!ContentIds.IsArticleId(id)) throw GeoGraphException.Validation("id", "must be an article id: 'article:' and 16 lowercase hex digits");
                return (await c.Store().GetArticlesAsync([id], false, c.CancellationToken)).GetValueOrDefault(id)
                    ?? throw GeoGraphException.NotFound("id", id);
            });

        Field<NonNullGraphType<ArticleConnectionType>>("articles")
            .Description("Articles by id (or orderBy); with a search, title matches first (exact, then prefix, then contains), then stored texts "
                + "holding the search as a phrase, then every word, then any word; ties by id.")
            .Argument<StringGraphType>("search", "Case-insensitive: a substring of the title, or words of the stored text.")
            .Argument<ListGraphType<NonNullGraphType<ArticleOrderByInputType>>>("orderBy",
                "By PUBLISHED_AT, TITLE or ID (default), e.g. [{field: PUBLISHED_AT, direction: DESC}]; the id breaks ties. Not with a search, which ranks by match. A cursor continues only the ordering that issued it.")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var search = Search(c);
                var order = ArticleOrder.Of(c.GetArgument<List<OrderByInput<ArticleOrderField>>?>("orderBy")?.Select(o => new ArticleOrderKey(o.Field, o.Direction)).ToArray());
                var store = c.Store();
                var page = await store.FindArticlesAsync(new ArticleFilter(search, order), ToPageRequest(c, Listings.Articles, ranked: search is not null, order), c.CancellationToken);
                return new Connection<Article>(Listings.Articles, page, ct => store.CountArticlesAsync(search, ct));
            });

        CitationsField.AddTo(this);

        Field<NonNullGraphType<ClaimConnectionType>>("claims")
            .Description("Claims by id; disputed: true for those with both a supporter and a denier, false for the rest.")
            .Argument<BooleanGraphType>("disputed", "Only disputed (true) or undisputed (false) claims.")
            .NodeOrderArgument()
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var order = NodeOrderOf(c);
                var filter = new ClaimFilter(c.Now(), c.GetArgument<bool?>("disputed"), order);
                var store = c.Store();
                var page = await store.FindClaimsAsync(filter, ToPageRequest(c, Listings.Claims, ranked: false, order), c.CancellationToken);
                return new Connection<Node>(Listings.Claims, page, ct => store.CountClaimsAsync(filter, ct));
            });

        Field<SubgraphType>("neighborhood")
            .Description("Nodes within depth hops of a node (both directions unless direction says otherwise), at most limit nodes.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The start node.")
            .Argument<IntGraphType>("depth", a => { a.DefaultValue = 1; a.Description = $"Hops, {QueryLimits.MinDepth}–{QueryLimits.MaxDepth} (0: the node alone)."; })
            .TraversalArguments()
            .Argument<IntGraphType>("limit", a => { a.DefaultValue = QueryLimits.DefaultLimit; a.Description = $"Most nodes to return, 1–{QueryLimits.MaxLimit}."; })
            .Argument<IntGraphType>("relationLimit", a => { a.DefaultValue = QueryLimits.DefaultRelationLimit; a.Description = $"Most relations to return (lowest ids), 1–{QueryLimits.MaxRelationLimit}; relationsTruncated says when it cut some."; })
            .TimeArguments()
            .ResolveAsync(async c =>
            {
                var args = new NeighborhoodArgs(c.GetArgument<string>("id"), c.GetArgument<int>("depth"), c.GetArgument<int>("limit"),
                    c.GetArgument<int>("relationLimit"), Traversal(c));
                c.Service<IValidator<NeighborhoodArgs>>().ValidateOrThrow(args, "");
                var query = new NeighborhoodQuery(args.Id, args.Depth, args.Limit, Filter(c, args.Traversal), args.RelationLimit);
                var subgraph = await c.Store().GetNeighborhoodAsync(query, c.CancellationToken)
                    ?? throw GeoGraphException.NotFound("id", args.Id);
                c.Loaders().Known(subgraph.Nodes);
                return subgraph;
            });

        Field<PathType>("shortestPath")
            .Description("A path of fewest hops between two nodes, or null when there is none within maxHops.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Start node.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "End node.")
            .Argument<IntGraphType>("maxHops", a => { a.DefaultValue = QueryLimits.DefaultMaxHops; a.Description = $"Longest path considered, 1–{QueryLimits.MaxMaxHops}."; })
            .TraversalArguments()
            .TimeArguments()
            .ResolveAsync(async c =>
            {
                var args = new ShortestPathArgs(c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.GetArgument<int>("maxHops"), Traversal(c));
                c.Service<IValidator<ShortestPathArgs>>().ValidateOrThrow(args, "");
                var store = c.Store();
                await RequireNodesAsync(store, c.CancellationToken, ("from", args.From), ("to", args.To));
                var path = await store.FindShortestPathAsync(new PathQuery(args.From, args.To, args.MaxHops, Filter(c, args.Traversal)), c.CancellationToken);
                if (path is not null) c.Loaders().Known(path.Nodes);
                return path;
            });

        AddAnalystFields();
        AddSuggestionFields();

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationTypeInfoType>>>>("relationTypes")
            .Description("The controlled relation vocabulary, by type.")
            .Resolve(c => c.Service<RelationVocabulary>().All);

        this.AddChanges();
    }

    private static string NodeIdArgument(IResolveFieldContext c, string name)
    {
        var id = c.GetArgument<string>(name);
        return NodeIds.IsWellFormed(id) ? id : throw GeoGraphException.Validation(name, "must be a node id: " + NodeIds.FormatDescription);
    }

    /// <summary>
    /// The 'where' argument as a store filter: validated, every id it names found (NOT_FOUND
    /// otherwise), viaRoles rewritten by Core. relations and relationCounts both take it, so they select alike.
    /// </summary>
    internal static async Task<RelationFilter> RelationFilterAsync(IResolveFieldContext c) => (await ExpandedRelationFilterAsync(c, null)).Filter;

    /// <summary>The store filter for 'where' in <paramref name="order"/>, and the roles viaRoles read (to say through whom each relation counted).</summary>
    private static async Task<(RelationFilter Filter, RoleExpansion Roles)> ExpandedRelationFilterAsync(IResolveFieldContext c, RelationOrder? order)
    {
        var where = c.GetArgument<RelationsWhere?>("where") ?? new RelationsWhere();
        c.Service<IValidator<RelationsWhere>>().ValidateOrThrow(where, "where");
        QueryLimits.Check(where.ToFilter(c.Now(), order).Condition);
        var store = c.Store();
        var found = await RequireNodesAsync(store, c.CancellationToken,
            ("where.subject", where.Subject), ("where.object", where.Object), ("where.involves", where.Involves),
            ("where.between", where.Between?.ElementAtOrDefault(0)), ("where.between", where.Between?.ElementAtOrDefault(1)));
        // An id merged into another entity filters as its survivor (nested ids too: one more read, only when there are some).
        var nested = where.NodeIds().Where(id => !found.ContainsKey(id)).Distinct().ToArray();
        if (nested.Length > 0) found = new Dictionary<string, Node>((await store.GetNodesAsync(nested, c.CancellationToken)).Concat(found).DistinctBy(p => p.Key));
        where.MapNodeIds(id => found.TryGetValue(id, out var node) ? node.Id : id);
        var filter = where.ToFilter(c.Now(), order);
        if (where.Article is { } articleId && (await store.GetArticlesAsync([articleId], false, c.CancellationToken)).Count == 0)
            throw GeoGraphException.NotFound("where.article", articleId);
        // viaRoles: Core reads the roles (one store call, only when asked) and rewrites the condition.
        var roles = await RoleExpansion.ReadAsync(store, filter, c.CancellationToken);
        return (roles.Rewrite(filter), roles);
    }

    /// <summary>A page of relations for a validated filter; the total is counted only when asked.</summary>
    internal static async Task<Connection<Relation>> RelationConnectionAsync(IResolveFieldContext c, RelationFilter filter, RoleExpansion? roles = null)
    {
        var store = c.Store();
        var found = await store.FindRelationsAsync(filter, ToPageRequest(c, Listings.Relations, ranked: false, filter.Ordering), c.CancellationToken);
        return new Connection<Relation>(Listings.Relations, found, ct => store.CountRelationsAsync(filter, ct),
            roles is { IsEmpty: false } ? roles.Attribute : null);
    }

    internal static PageArgs Page(IResolveFieldContext c) => new(c.GetArgument("first", QueryLimits.DefaultPageSize), c.GetArgument<string?>("after"));

    /// <summary>Validated paging: first within 1–500, a cursor this listing (in this order, when one is given) issued.</summary>
    internal static PageRequest ToPageRequest(IResolveFieldContext c, string listing, bool ranked, IListingOrder? order = null)
    {
        var page = Page(c);
        c.Service<IValidator<PageArgs>>().ValidateOrThrow(page, "");
        return new PageRequest(page.First, page.After is null ? null
            : ranked || order is null ? Cursors.Decode(page.After, listing, ranked, "after")
            : Cursors.Decode(page.After, listing, order, "after"));
    }

    private static NodeOrder NodeOrderOf(IResolveFieldContext c) =>
        NodeOrder.Of(c.GetArgument<List<OrderByInput<NodeOrderField>>?>("orderBy")?.Select(o => new NodeOrderKey(o.Field, o.Direction)).ToArray());

    /// <summary>The validated search text, trimmed; null when absent or blank.</summary>
    private static string? Search(IResolveFieldContext c)
    {
        var args = new SearchArgs(c.GetArgument<string?>("search"));
        c.Service<IValidator<SearchArgs>>().ValidateOrThrow(args, "");
        return string.IsNullOrWhiteSpace(args.Search) ? null : args.Search.Trim();
    }

    private static TraversalArgs Traversal(IResolveFieldContext c) =>
        new(c.GetArgument<List<string>?>("types"), c.GetArgument("direction", TraversalDirection.Both), c.GetArgument<DateOnly?>("validAt"));

    private static TraversalFilter Filter(IResolveFieldContext c, TraversalArgs t) =>
        new(c.GetArgument<DateTimeOffset?>("knownAt") ?? c.Now(), t.Types, t.Direction, t.ValidAt);

    /// <summary>NOT_FOUND for the first named id no node has (one batched store call).</summary>
    internal static async Task<IReadOnlyDictionary<string, Node>> RequireNodesAsync(IGraphReader store, CancellationToken ct, params (string Field, string? Id)[] ids)
    {
        var wanted = ids.Where(i => i.Id is not null).ToArray();
        if (wanted.Length == 0) return new Dictionary<string, Node>();
        var found = await store.GetNodesAsync(wanted.Select(i => i.Id!).Distinct().ToArray(), ct);
        foreach (var (field, id) in wanted)
            if (!found.ContainsKey(id!)) throw GeoGraphException.NotFound(field, id!);
        return found;
    }
}

/// <summary>The names listings give their cursors.</summary>
internal static class Listings
{
    public const string Relations = "relations";
    public const string Nodes = "nodes";
    public const string Claims = "claims";
    public const string Articles = "articles";
}

internal static class FieldBuilderExtensions
{
    public static global::GraphQL.Builders.FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this global::GraphQL.Builders.FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IntGraphType>("first", a => { a.DefaultValue = QueryLimits.DefaultPageSize; a.Description = $"Page size, 1–{QueryLimits.MaxPageSize}."; })
             .Argument<StringGraphType>("after", "Continue after this cursor (an edge's cursor or pageInfo.endCursor).");

    public static global::GraphQL.Builders.FieldBuilder<TSource, TReturn> NodeOrderArgument<TSource, TReturn>(this global::GraphQL.Builders.FieldBuilder<TSource, TReturn> field) =>
        field.Argument<ListGraphType<NonNullGraphType<NodeOrderByInputType>>>("orderBy",
            "By NAME or ID (default), e.g. [{field: NAME}]; the id breaks ties. Not with a search, which ranks by match. A cursor continues only the ordering that issued it.");

    public static global::GraphQL.Builders.FieldBuilder<TSource, TReturn> TraversalArguments<TSource, TReturn>(this global::GraphQL.Builders.FieldBuilder<TSource, TReturn> field) =>
        field.Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("types", "Follow only relations of these types.")
             .Argument<TraversalDirectionType>("direction", a => { a.DefaultValue = TraversalDirection.Both; a.Description = "Which way to follow relations."; });
}
