using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Conditions;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>
/// A page of a listing; the total is counted only when a query asks for it. <see cref="Listing"/>
/// names the listing in its cursors. <see cref="Via"/> says, for a relations listing asked with
/// viaRoles, through whom each relation counted.
/// </summary>
public sealed class Connection<T>(string listing, Page<T> page, Func<CancellationToken, Task<long>> count,
    Func<T, IReadOnlyList<RoleAttribution>>? via = null)
{
    public string Listing { get; } = listing;
    public Page<T> Page { get; } = page;
    public Task<long> CountAsync(CancellationToken ct) => count(ct);
    public IReadOnlyList<RoleAttribution> Via(T item) => via?.Invoke(item) ?? [];
}

/// <summary>What pageInfo resolves from: the listing and its page.</summary>
public sealed record PageInfo(string Listing, bool HasNextPage, PageKey? Start, PageKey? End);

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Relay page information. Pages only go forward: pass endCursor as 'after'.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(_ => false);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.Start is { } key ? Cursors.Encode(c.Source.Listing, key) : null);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.End is { } key ? Cursors.Encode(c.Source.Listing, key) : null);
    }
}

/// <summary>An edge knows its listing, so its cursor can name it, and (relations) through whom it counted.</summary>
public sealed record Edge<T>(string Listing, PagedItem<T> Item, IReadOnlyList<RoleAttribution>? Via = null);

public abstract class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>> where TNodeType : IGraphType
{
    protected EdgeType(string name)
    {
        Name = name + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as 'after' to continue after this edge.")
            .Resolve(c => Cursors.Encode(c.Source.Listing, c.Source.Item.Key));
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Item.Item);
    }
}

public abstract class ConnectionType<TEdgeType, T> : ObjectGraphType<Connection<T>> where TEdgeType : IGraphType
{
    /// <param name="counted">Whether the listing offers totalCount (an append-only log does not: page it).</param>
    protected ConnectionType(string name, bool counted = true)
    {
        Name = name + "Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges")
            .Resolve(c => c.Source.Page.Items.Select(i => new Edge<T>(c.Source.Listing, i, c.Source.Via(i.Item))).ToArray());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => new PageInfo(c.Source.Listing, c.Source.Page.HasNextPage,
            c.Source.Page.Items.Count > 0 ? c.Source.Page.Items[0].Key : null, c.Source.Page.Items.Count > 0 ? c.Source.Page.Items[^1].Key : null));
        if (!counted) return;
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items the whole listing has (counted only when asked).")
            .ResolveAsync(async c => (int)await c.Source.CountAsync(c.CancellationToken));
    }
}

public sealed class RelationEdgeType : EdgeType<RelationGraphType, Relation>
{
    public RelationEdgeType() : base("Relation")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleAttributionType>>>>("via")
            .Description("With viaRoles: the role holders through whom this relation counted for the named country or organisation (empty when it counted directly).")
            .Resolve(c => c.Source.Via ?? []);
    }
}
public sealed class RelationConnectionType() : ConnectionType<RelationEdgeType, Relation>("Relation");
public sealed class NodeEdgeType() : EdgeType<NodeInterface, Node>("Node");
public sealed class NodeConnectionType() : ConnectionType<NodeEdgeType, Node>("Node");
public sealed class ClaimEdgeType() : EdgeType<ClaimType, Node>("Claim");
public sealed class ClaimConnectionType() : ConnectionType<ClaimEdgeType, Node>("Claim");
public sealed class ArticleEdgeType() : EdgeType<ArticleType, Article>("Article");
public sealed class ArticleConnectionType() : ConnectionType<ArticleEdgeType, Article>("Article");

public sealed class SubgraphType : ObjectGraphType<Subgraph>
{
    public SubgraphType()
    {
        Name = "Subgraph";
        Description = "Nodes reached from a start node and the relations followed.";
        Field(s => s.Nodes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>)).Description("Start node first, then in the order reached.");
        Field(s => s.Relations, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>)).Description("Relations between the returned nodes that were followed, by id, at most relationLimit.");
        Field(s => s.RelationsTruncated).Description("True when relationLimit left some followed relations out.");
    }
}

public sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Description = "A path: nodes in order from start to end, and the relation of each hop (each keeps its own direction).";
        Field(p => p.Length).Description("Number of hops.");
        Field(p => p.Nodes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>)).Description("From start to end.");
        Field(p => p.Relations, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>)).Description("The relation of each hop, in order.");
    }
}
