using FluentValidation;
using GeoGraph.Api.GraphQL.Inputs;
using GeoGraph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

// The analysts' root fields (issue 7): k shortest paths, timelines and relation counts.
public sealed partial class QueryType
{
    private void AddAnalystFields()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("paths")
            .Description("Up to k loopless paths between two nodes (no node twice), shortest first, then by their sequence of relation ids; the first is shortestPath's. Empty when there is none within maxHops.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Start node.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "End node.")
            .Argument<IntGraphType>("k", a => { a.DefaultValue = QueryLimits.DefaultPaths; a.Description = $"Most paths to return, 1–{QueryLimits.MaxPaths}."; })
            .Argument<IntGraphType>("maxHops", a => { a.DefaultValue = QueryLimits.DefaultMaxHops; a.Description = $"Longest path considered, 1–{QueryLimits.MaxMaxHops}."; })
            .TraversalArguments()
            .Argument<DateType>("validAt", "Only relations true in the world at this date.")
            .Argument<DateTimeType>("knownAt", "The graph as recorded at this instant (default: now).")
            .ResolveAsync(async c =>
            {
                var args = new PathsArgs(c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.GetArgument<int>("k"),
                    c.GetArgument<int>("maxHops"), Traversal(c));
                c.Service<IValidator<PathsArgs>>().ValidateOrThrow(args, "");
                var store = c.Store();
                await RequireNodesAsync(store, c.CancellationToken, ("from", args.From), ("to", args.To));
                return await store.FindPathsAsync(new PathsQuery(args.From, args.To, args.K, args.MaxHops, Filter(c, args.Traversal)), c.CancellationToken);
            });
    }
}
