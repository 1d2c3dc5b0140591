namespace GeoGraph.Core.Countries;

/// <summary>An ISO 3166-1 country; its capital is used as an alias ("Beijing" for China).</summary>
public sealed record Country(string Alpha2, string Alpha3, string? Numeric, string Name, string? Capital, bool UserAssigned);
