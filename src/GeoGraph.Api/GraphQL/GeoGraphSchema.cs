using GeoGraph.Api.GraphQL.Types;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL;

/// <summary>The schema: a singleton (per-request schemas are two orders of magnitude slower).</summary>
public sealed class GeoGraphSchema : Schema
{
    public GeoGraphSchema(IServiceProvider services) : base(services)
    {
        Description = "GeoGraph: a geopolitical relations knowledge graph in which every relation cites the article it comes from.";
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        Subscription = services.GetRequiredService<Changes.SubscriptionType>();
        RegisterType(typeof(EntityType));
        RegisterType(typeof(ClaimType));
    }
}
