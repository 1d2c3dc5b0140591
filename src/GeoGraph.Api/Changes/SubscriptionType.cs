using GeoGraph.Api.GraphQL.Types;
using GeoGraph.Core.Storage;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;

namespace GeoGraph.Api.Changes;

public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Streams, over Server-Sent Events only (POST or GET /graphql with Accept: text/event-stream; the graphql-sse protocol's distinct connections mode).";

        Field<NonNullGraphType<ChangeEdgeType>>("changes")
            .Description("Every change-log entry after the cursor: history first, then each new entry as it commits, each with its cursor. "
                + "Reconnect with the last cursor you received to miss nothing and see nothing twice.")
            .Argument<StringGraphType>("after", "Start after this cursor (from a changes page or an earlier event); from the log's start when absent.")
            .ResolveStream(c =>
            {
                var after = ChangeFeed.SequenceOf(c.GetArgument<string?>("after"));
                return c.Service<ChangeFeed>().Follow(after, c.Service<StreamDelivery>());
            });
    }
}

/// <summary>
/// Executes each subscription event in a DI scope of its own: a stream lives for hours, and the
/// request's loaders (with their cache and their "now") would serve a relation as it was when the
/// stream opened, not as it is when its entry is sent.
/// </summary>
public sealed class ScopedEventSubscriptionStrategy : SubscriptionExecutionStrategy
{
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        await using var scope = context.RequestServices!.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        return await base.ProcessDataAsync(context, node, value);
    }
}
