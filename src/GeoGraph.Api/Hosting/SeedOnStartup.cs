using GeoGraph.Core.Countries;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Seed;
using GeoGraph.Core.Storage;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Hosting;

/// <summary>Whether the seed is in the store yet (readiness waits for it when seeding is on).</summary>
public sealed class SeedState
{
    private volatile bool _pending;

    public bool Pending => _pending;

    internal void MarkPending(bool pending) => _pending = pending;
}

/// <summary>
/// Applies the seed before the server accepts requests. Idempotent: on a seeded store it reads
/// and changes nothing. When the store is unavailable at start-up (Neo4j not up yet), the server
/// starts anyway, reports not ready, and keeps trying in the background until the seed is in.
/// </summary>
public sealed class SeedOnStartup(
    IGraphStore store, Ingestor ingestor, CountryCatalog countries, TimeProvider clock, SeedState state,
    IOptions<SeedOptions> options, ILogger<SeedOnStartup> logger) : IHostedService
{
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    // Never disposed: it has no timer, and the host may stop a service after disposing the container.
    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.OnStartup) return;
        if (await TrySeedAsync(cancellationToken)) return;
        state.MarkPending(true);
        _retrying = RetryAsync(_stopping.Token);
    }

    private async Task RetryAsync(CancellationToken ct)
    {
        var delay = FirstRetryDelay;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, clock, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                if (await TrySeedAsync(ct))
                {
                    state.MarkPending(false);
                    return;
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
        }
    }

    /// <summary>
    /// True once the seed is in, or refused by what the store holds (logged); false (logged) when
    /// the store is unavailable. Anything else is a bug and propagates.
    /// </summary>
    private async Task<bool> TrySeedAsync(CancellationToken ct)
    {
        try
        {
            var result = await SeedData.ApplyAsync(store, ingestor, countries, clock, ct);
            if (result.Changed)
                logger.LogInformation("Seeded: {Countries} countries, {Relations} relations, {Citations} citations",
                    result.CountriesCreated, result.Bundle.Applied.RelationsCreated, result.Bundle.Applied.CitationsAdded);
            else
                logger.LogInformation("Seed already present; nothing changed");
            return true;
        }
        catch (GeoGraphException e) when (e.Code == ErrorCodes.StoreUnavailable)
        {
            logger.LogWarning(e, "The store is unavailable, so the seed is not applied yet; retrying in the background: {Message}", e.Message);
            return false;
        }
        catch (GeoGraphException e)
        {
            // The store already states some seed fact otherwise (another confidence or qualifier):
            // its data wins. The seed is a convenience, so the API serves the store as it is rather
            // than refusing to start, and says why the seed is missing.
            logger.LogError("The seed was not applied, and the store was left as it is: {Message}. "
                + "Set Seed__OnStartup=false for a store that is not meant to hold the seed", e.Message);
            return true;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retrying.WaitAsync(cancellationToken);
    }
}
