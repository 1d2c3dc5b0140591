using GeoGraph.Storage.Neo4j;
using GeoGraph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Storage;

/// <summary>
/// The one place a deployment's store is chosen, from <c>Storage:Provider</c>; the API and the
/// CLI both call <see cref="AddGraphStore"/>. Each store registers itself.
/// </summary>
public static class GraphStoreSelection
{
    public const string ProviderKey = "Storage:Provider";
    public const string Sqlite = "Sqlite";
    public const string Neo4j = "Neo4j";

    /// <summary>The configured provider's name as spelled here, or an error naming what was given.</summary>
    public static string Provider(IConfiguration configuration) => configuration[ProviderKey] switch
    {
        null or "" => Sqlite,
        var p when p.Equals(Sqlite, StringComparison.OrdinalIgnoreCase) => Sqlite,
        var p when p.Equals(Neo4j, StringComparison.OrdinalIgnoreCase) => Neo4j,
        var p => throw new InvalidOperationException($"Storage:Provider must be {Sqlite} or {Neo4j} (got '{p}')"),
    };

    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration) =>
        Provider(configuration) switch
        {
            Neo4j => services.AddNeo4jGraphStore(configuration),
            _ => services.AddSqliteGraphStore(configuration),
        };
}
