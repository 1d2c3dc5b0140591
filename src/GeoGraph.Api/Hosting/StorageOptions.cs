using System.ComponentModel.DataAnnotations;

namespace GeoGraph.Api.Hosting;

/// <summary>Configuration section "Storage": which store, and the embedded store's file.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Sqlite (embedded, default) or Neo4j.</summary>
    [Required]
    [RegularExpression("^(Sqlite|Neo4j)$", ErrorMessage = "Storage:Provider must be Sqlite or Neo4j")]
    public string Provider { get; set; } = "Sqlite";

    public SqliteSection Sqlite { get; set; } = new();

    public sealed class SqliteSection
    {
        /// <summary>Defaults to &lt;LocalApplicationData&gt;/geograph/geograph.db.</summary>
        public string? Path { get; set; }

        /// <summary>synchronous=FULL (survives power loss) instead of NORMAL (survives a killed process).</summary>
        public bool SynchronousFull { get; set; }
    }
}

/// <summary>Configuration section "Seed".</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Apply the seed dataset at start-up (idempotent). Default true.</summary>
    public bool OnStartup { get; set; } = true;
}
