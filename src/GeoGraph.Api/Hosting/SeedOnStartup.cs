using GeoGraph.Core.Countries;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Seed;
using GeoGraph.Core.Storage;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Hosting;

/// <summary>
/// Applies the seed before the server accepts requests. Idempotent: on a seeded store it reads
/// and changes nothing.
/// </summary>
public sealed class SeedOnStartup(
    IGraphStore store, Ingestor ingestor, CountryCatalog countries, TimeProvider clock,
    IOptions<SeedOptions> options, ILogger<SeedOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.OnStartup) return;
        var result = await SeedData.ApplyAsync(store, ingestor, countries, clock, cancellationToken);
        if (result.Changed)
            logger.LogInformation("Seeded: {Countries} countries, {Relations} relations, {Citations} citations",
                result.CountriesCreated, result.Bundle.Applied.RelationsCreated, result.Bundle.Applied.CitationsAdded);
        else
            logger.LogInformation("Seed already present; nothing changed");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
