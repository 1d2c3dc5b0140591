using FluentValidation;
using GeoGraph.Api.GraphQL.Inputs;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GraphQL;
using GraphQL.Resolvers;
using GeoGraph.Api.GraphQL.Loaders;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

internal static class DegreeFieldExtensions
{
    /// <summary>
    /// degree(types, direction) on a node type: counted in the store, batched for every node of a
    /// level (one store call per distinct arguments), as known now.
    /// </summary>
    public static void DegreeField<TGraphType>(this TGraphType type) where TGraphType : IComplexGraphType
    {
        var field = new FieldType
        {
            Name = "degree",
            Description = "How many relations this node takes part in (OUT as subject, IN as object, BOTH either, a self-loop once), of the given types (all when none), as known now; retracted ones not counted.",
            Type = typeof(NonNullGraphType<IntGraphType>),
            Arguments = new QueryArguments(
                new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>> { Name = "types", Description = "Count only relations of these types." },
                new QueryArgument<TraversalDirectionType> { Name = "direction", Description = "OUT, IN or BOTH.", DefaultValue = TraversalDirection.Both }),
        };
        if (type is not IInterfaceGraphType)
            field.Resolver = new FuncFieldResolver<object?>(c =>
            {
                var args = new DegreeArgs(c.GetArgument<List<string>?>("types"));
                c.Service<IValidator<DegreeArgs>>().ValidateOrThrow(args, "");
                return c.Loaders().Degree(((Node)c.Source!).Id, args.Types ?? [], c.GetArgument("direction", TraversalDirection.Both))
                    .Then(count => (object?)(int)count);
            });
        type.AddField(field);
    }
}
