using GeoGraph.Core.Countries;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using GeoGraph.Storage;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeoGraph.Cli;

/// <summary>
/// A store opened for one command, through <see cref="GraphStoreSelection.AddGraphStore"/> — the one
/// place a store is chosen — from the configuration with a <see cref="StoreLocation"/> laid over it.
/// </summary>
public sealed class CliStore : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CliStore(ServiceProvider services, IGraphStore store, RelationVocabulary vocabulary, string description)
    {
        _services = services;
        Store = store;
        Vocabulary = vocabulary;
        Description = description;
    }

    public IGraphStore Store { get; }

    /// <summary>The built-in relation types plus the deployment's (<c>Vocabulary:Path</c>), as the API has them.</summary>
    public RelationVocabulary Vocabulary { get; }

    /// <summary>Where the store is: <c>sqlite:/path/geograph.db</c> or the Neo4j URI.</summary>
    public string Description { get; }

    /// <summary>
    /// Opens the configured store, or the one <paramref name="location"/> names. With
    /// <paramref name="mustExist"/>, an SQLite file that does not exist is refused rather than
    /// created empty (a store to read from). Bad configuration is a usage error (64); an
    /// unreachable store throws STORE_UNAVAILABLE (exit 2 through <see cref="CliApp.GuardAsync"/>).
    /// </summary>
    public static async Task<CliStore> OpenAsync(CliContext context, StoreLocation? location, bool mustExist, CancellationToken ct,
        IReadOnlyDictionary<string, string?>? defaults = null)
    {
        var configuration = CliConfiguration.Build(context.Environment, location?.ConfigurationOverrides, defaults);
        string provider;
        try
        {
            provider = GraphStoreSelection.Provider(configuration);
        }
        catch (InvalidOperationException e)
        {
            throw CliException.Usage(e.Message);
        }

        RelationVocabulary vocabulary;
        try
        {
            vocabulary = RelationVocabulary.WithDeploymentFile(configuration[RelationVocabulary.PathKey]);
        }
        catch (InvalidVocabularyException e)
        {
            throw CliException.Usage(e.Message);
        }

        var services = new ServiceCollection()
            .AddSingleton(vocabulary)
            .AddGraphStore(configuration)
            .BuildServiceProvider();
        try
        {
            string description;
            if (provider == GraphStoreSelection.Sqlite)
            {
                var path = Path.GetFullPath(services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value.Path);
                if (mustExist && !File.Exists(path))
                    throw new CliException(ExitCodes.ConnectionFailure, $"no SQLite store at {path}");
                description = StoreLocation.SqlitePrefix + path;
            }
            else
            {
                description = services.GetRequiredService<IOptions<Neo4jOptions>>().Value.Uri;
            }
            var store = services.GetRequiredService<IGraphStore>();
            await store.CheckReadyAsync(ct).ConfigureAwait(false);
            return new CliStore(services, store, vocabulary, description);
        }
        catch (OptionsValidationException e)
        {
            await services.DisposeAsync().ConfigureAwait(false);
            throw CliException.Usage(string.Join("; ", e.Failures));
        }
        catch
        {
            await services.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The one way data enters a store (validate, resolve, check, one transaction per bundle).</summary>
    public Ingestor Ingestor(TimeProvider clock) => new(Store, Vocabulary, CountryCatalog.Default, clock);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
