namespace GeoGraph.Api.Hosting;

/// <summary>Configuration section "Seed".</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Apply the seed dataset at start-up (idempotent). Default true.</summary>
    public bool OnStartup { get; set; } = true;
}
