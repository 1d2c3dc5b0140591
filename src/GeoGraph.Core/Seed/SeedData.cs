using GeoGraph.Core.Bundles;
using GeoGraph.Core.Countries;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Storage;

namespace GeoGraph.Core.Seed;

/// <summary>
/// The seed: every ISO 3166-1 country, then the curated bundle of the founding article
/// (its metadata, hash and length, not its text). Applying it again changes nothing.
/// </summary>
public static class SeedData
{
    public const string Actor = "seed";

    public static Bundle LoadBundle()
    {
        using var stream = typeof(SeedData).Assembly.GetManifestResourceStream("GeoGraph.Core.Seed.seed-bundle.json")
            ?? throw new InvalidOperationException("seed-bundle.json is not embedded");
        using var reader = new StreamReader(stream);
        return BundleJson.Read(reader.ReadToEnd());
    }

    public static async Task<SeedResult> ApplyAsync(IGraphStore store, Ingestor ingestor, CountryCatalog countries, TimeProvider clock, CancellationToken ct = default)
    {
        var countryNodes = countries.ToNodes(clock.GetUtcNow()).ToArray();
        var existing = await store.GetNodesAsync(countryNodes.Select(n => n.Id).ToArray(), ct);
        // Countries stored before they carried their ISO codes as external ids get them (Merge adds them).
        // A country merged into another stays merged: its id answers the survivor, and is never written again.
        var missing = countryNodes.Where(n => !existing.TryGetValue(n.Id, out var stored)
            || (stored.Id == n.Id && !n.ExternalIds.All(stored.ExternalIds.Contains))).ToArray();
        // Merge: a country created meanwhile by someone else (or edited since) is never overwritten.
        var countriesApplied = missing.Length == 0 ? null : await store.ApplyAsync(IngestionBatch.OfNodes(missing, NodeWrite.Merge), ct);
        var seed = await ingestor.IngestAsync(LoadBundle(), Actor, ct);
        return new SeedResult(countriesApplied?.NodesCreated ?? 0, seed);
    }
}

public sealed record SeedResult(int CountriesCreated, IngestionResult Bundle)
{
    public bool Changed => CountriesCreated > 0 || Bundle.Changed;
}
