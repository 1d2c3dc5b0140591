using GeoGraph.Api.GraphQL.Loaders;
using GeoGraph.Core.Storage;
using GraphQL;

namespace GeoGraph.Api.GraphQL.Types;

internal static class ResolveContextExtensions
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphLoaders>();

    public static IGraphStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGraphStore>();

    /// <summary>"Now" for this request: one instant, read once from the one clock, for every field of the request.</summary>
    public static DateTimeOffset Now(this IResolveFieldContext context) => context.Loaders().Now;

    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();
}
