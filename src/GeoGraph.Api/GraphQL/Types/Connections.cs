using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>A page of a listing; the total is counted only when a query asks for it.</summary>
public sealed class Connection<T>(Page<T> page, Func<CancellationToken, Task<long>> count)
{
    public Page<T> Page { get; } = page;
    public Task<long> CountAsync(CancellationToken ct) => count(ct);
}

public sealed class PageInfoType : ObjectGraphType<Page<object>>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Relay page information. Pages only go forward: pass endCursor as 'after'.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(_ => false);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.Items.Count > 0 ? Cursors.Encode(c.Source.Items[0].Key) : null);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.Items.Count > 0 ? Cursors.Encode(c.Source.Items[^1].Key) : null);
    }
}

public abstract class EdgeType<TNodeType, T> : ObjectGraphType<PagedItem<T>> where TNodeType : IGraphType
{
    protected EdgeType(string name)
    {
        Name = name + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as 'after' to continue after this edge.").Resolve(c => Cursors.Encode(c.Source.Key));
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Item);
    }
}

public abstract class ConnectionType<TEdgeType, T> : ObjectGraphType<Connection<T>> where TEdgeType : IGraphType
{
    protected ConnectionType(string name)
    {
        Name = name + "Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Resolve(c => c.Source.Page.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Resolve(c => new Page<object>(c.Source.Page.Items.Select(i => new PagedItem<object>(i.Item!, i.Key)).ToArray(), c.Source.Page.HasNextPage));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items the whole listing has (counted only when asked).")
            .ResolveAsync(async c => (int)await c.Source.CountAsync(c.CancellationToken));
    }
}

public sealed class RelationEdgeType() : EdgeType<RelationGraphType, Relation>("Relation");
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
        Field(s => s.Relations, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>)).Description("Relations between the returned nodes that were followed.");
    }
}

public sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Description = "A shortest path: nodes in order from start to end, and the relation of each hop (each keeps its own direction).";
        Field(p => p.Length).Description("Number of hops.");
        Field(p => p.Nodes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>)).Description("From start to end.");
        Field(p => p.Relations, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>)).Description("The relation of each hop, in order.");
    }
}
