using GeoGraph.Api.GraphQL.Types;
using GraphQL.Conversion;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL;

/// <summary>The schema: a singleton (per-request schemas are two orders of magnitude slower).</summary>
public sealed class GeoGraphSchema : Schema
{
    public GeoGraphSchema(IServiceProvider services) : base(services)
    {
        Description = "GeoGraph: a geopolitical relations knowledge graph in which every relation cites the article it comes from.";
        NameConverter = KeepOperatorNames.Instance;
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        Subscription = services.GetRequiredService<Changes.SubscriptionType>();
        RegisterType(typeof(EntityType));
        RegisterType(typeof(ClaimType));
    }
}

/// <summary>
/// camelCase names, except the boolean operators of filter inputs (AND, OR, NOT), which keep their
/// capitals as filter languages spell them (Neo4j GraphQL, Hasura, Prisma).
/// </summary>
internal sealed class KeepOperatorNames : INameConverter
{
    public static readonly KeepOperatorNames Instance = new();

    private static readonly HashSet<string> Operators = new(["AND", "OR", "NOT"], StringComparer.Ordinal);

    public string NameForField(string fieldName, IComplexGraphType parentGraphType) =>
        Operators.Contains(fieldName) ? fieldName : CamelCaseNameConverter.Instance.NameForField(fieldName, parentGraphType);

    public string NameForArgument(string argumentName, IComplexGraphType parentGraphType, FieldType field) =>
        CamelCaseNameConverter.Instance.NameForArgument(argumentName, parentGraphType, field);
}
