using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeoGraph.Storage.Sqlite;

public static class SqliteStoreRegistration
{
    /// <summary>The configuration section of the embedded store (<c>Storage__Sqlite__Path</c>, …).</summary>
    public const string Section = "Storage:Sqlite";

    /// <summary>
    /// The embedded store as the graph store: one <see cref="SqliteGraphStore"/> per process,
    /// opened (and migrated) on first use, from <c>Storage:Sqlite</c>; an empty path means the default.
    /// </summary>
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SqliteStoreOptions>()
            .Bind(configuration.GetSection(Section))
            .PostConfigure(o => { if (string.IsNullOrWhiteSpace(o.Path)) o.Path = SqliteStoreOptions.DefaultPath; });
        services.AddSingleton(sp => SqliteGraphStore.Open(sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value,
            sp.GetService<ILoggerFactory>()?.CreateLogger<SqliteGraphStore>(), sp.GetService<RelationVocabulary>()));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IGraphReader>(sp => sp.GetRequiredService<IGraphStore>());
        services.AddSingleton<IGraphWriter>(sp => sp.GetRequiredService<IGraphStore>());
        return services;
    }
}
