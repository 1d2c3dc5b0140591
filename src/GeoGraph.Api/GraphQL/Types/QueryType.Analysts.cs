using FluentValidation;
using GeoGraph.Api.GraphQL.Inputs;
using GeoGraph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

// The analysts' root fields (issue 7): k shortest paths, timelines and relation counts.
public sealed partial class QueryType
{
    /// <summary>The name timeline cursors carry; their rank is the entry's day number.</summary>
    private const string TimelineListing = "timeline";

    private void AddAnalystFields()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("paths")
            .Description("Up to k loopless paths between two nodes (no node twice), shortest first, then by their sequence of relation ids; the first is shortestPath's. Empty when there is none within maxHops.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Start node.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "End node.")
            .Argument<IntGraphType>("k", a => { a.DefaultValue = QueryLimits.DefaultPaths; a.Description = $"Most paths to return, 1–{QueryLimits.MaxPaths}."; })
            .Argument<IntGraphType>("maxHops", a => { a.DefaultValue = QueryLimits.DefaultMaxHops; a.Description = $"Longest path considered, 1–{QueryLimits.MaxMaxHops}."; })
            .TraversalArguments()
            .TimeArguments()
            .ResolveAsync(async c =>
            {
                var args = new PathsArgs(c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.GetArgument<int>("k"),
                    c.GetArgument<int>("maxHops"), Traversal(c));
                c.Service<IValidator<PathsArgs>>().ValidateOrThrow(args, "");
                var store = c.Store();
                await RequireNodesAsync(store, c.CancellationToken, ("from", args.From), ("to", args.To));
                var paths = await store.FindPathsAsync(new PathsQuery(args.From, args.To, args.K, args.MaxHops, Filter(c, args.Traversal)), c.CancellationToken);
                c.Loaders().Known(paths.SelectMany(p => p.Nodes));
                return paths;
            });

        Field<NonNullGraphType<TimelineConnectionType>>("timeline")
            .Description("What a node did or had done to it (relations with it as subject or object) in time order: by validFrom, else by the day the earliest citing article was published (each entry's dateSource says which), ties by relation id. Relations with neither date are left out. Retracted ones hidden unless includeRetracted.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node, e.g. country:CN.")
            .Argument<DateType>("from", "Only entries dated on or after this day.")
            .Argument<DateType>("to", "Only entries dated on or before this day.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("types", "Only relations of these types.")
            .Argument<DateTimeType>("knownAt", "The graph as recorded at this instant (default: now).")
            .Argument<BooleanGraphType>("includeRetracted", a => { a.DefaultValue = false; a.Description = "Include retracted relations."; })
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var args = new TimelineArgs(c.GetArgument<string>("id"), c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), c.GetArgument<List<string>?>("types"));
                c.Service<IValidator<TimelineArgs>>().ValidateOrThrow(args, "");
                var page = Page(c);
                c.Service<IValidator<PageArgs>>().ValidateOrThrow(page, "");
                var request = new PageRequest(page.First,
                    page.After is null ? null : Cursors.Decode(page.After, TimelineListing, ranked: true, "after", maxRank: DateOnly.MaxValue.DayNumber));
                var store = c.Store();
                await RequireNodesAsync(store, c.CancellationToken, ("id", args.Id));
                var query = new TimelineQuery(args.Id, c.GetArgument<DateTimeOffset?>("knownAt") ?? c.Now(), args.From, args.To, args.Types,
                    c.GetArgument<bool>("includeRetracted"));
                return new Connection<TimelineEntry>(TimelineListing, await store.FindTimelineAsync(query, request, c.CancellationToken),
                    ct => store.CountTimelineAsync(query, ct));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationBucketType>>>>("relationCounts")
            .Description("How many relations match 'where' (the filter relations takes), per distinct value of the groupBy keys: at most 'first' buckets, largest count first, then by key (type, subject id, object id, subject kind, object kind, period; undated last). MONTH and YEAR bucket a relation by its validFrom, else by the day its earliest citing article was published (the timeline's date). Counted in the store.")
            .Argument<RelationsWhereType>("where", "Which relations to count, as in relations(where:).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGroupKeyType>>>>("groupBy", "The keys of a bucket, e.g. [SUBJECT, MONTH].")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = QueryLimits.DefaultBuckets; a.Description = $"Most buckets to return, 1–{QueryLimits.MaxBuckets}."; })
            .ResolveAsync(async c =>
            {
                var args = new RelationCountsArgs(c.GetArgument<List<RelationGroupKey>?>("groupBy"), c.GetArgument<int>("first"));
                c.Service<IValidator<RelationCountsArgs>>().ValidateOrThrow(args, "");
                var filter = await RelationFilterAsync(c);
                return await c.Store().CountRelationsByAsync(new RelationCountQuery(filter, args.GroupBy!, args.First), c.CancellationToken);
            });
    }
}

internal static class TimeArgumentsExtensions
{
    /// <summary>validAt and knownAt, as every traversal takes them.</summary>
    public static global::GraphQL.Builders.FieldBuilder<TSource, TReturn> TimeArguments<TSource, TReturn>(this global::GraphQL.Builders.FieldBuilder<TSource, TReturn> field) =>
        field.Argument<DateType>("validAt", "Only relations true in the world at this date.")
             .Argument<DateTimeType>("knownAt", "The graph as recorded at this instant (default: now).");
}
