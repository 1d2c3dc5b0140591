namespace GeoGraph.Api.Tests.Support;

/// <summary>What the seed bundle (src/GeoGraph.Core/Seed/seed-bundle.json) puts in the store at start-up.</summary>
public static class Seed
{
    public const string ArticleId = "article:21064a8d1731bc87";
    public const string ArticleTitle = "‘Unaware of facts’: Beijing denies link between its rare earths restrictions and Pakistan’s gift to Trump";
    public const string ExportControlsEvent = "event:cn-rare-earth-export-controls-2025-10";
    public const int RelationCount = 43;
    public const int CitationCount = 52;

    /// <summary>The ALLIED_WITH relation country:CN → country:PK ("Beijing’s ironclad friendship with Islamabad remained").</summary>
    public const string ChinaPakistanAlliance = "rel:6b589e067774011f";
}
