using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeoGraph.Storage.Neo4j;

public static class Neo4jStoreRegistration
{
    /// <summary>
    /// The Neo4j store as the graph store, from the <c>Neo4j</c> section (<c>Neo4j__Uri</c>, …):
    /// one driver (a connection pool) per process, disposed with the container.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>()
            .Bind(configuration.GetSection(Neo4jOptions.Section))
            .Validate(o => Uri.TryCreate(o.Uri, UriKind.Absolute, out _), "Neo4j:Uri must be an absolute URI such as bolt://localhost:7687 or neo4j://host:7687")
            .ValidateOnStart();
        services.AddSingleton(sp => new Neo4jGraphStore(
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value, sp.GetService<RelationVocabulary>() ?? RelationVocabulary.Default));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<IGraphReader>(sp => sp.GetRequiredService<IGraphStore>());
        services.AddSingleton<IGraphWriter>(sp => sp.GetRequiredService<IGraphStore>());
        return services;
    }
}
