using GeoGraph.Storage.Neo4j;
using GeoGraph.Storage.Sqlite;

namespace GeoGraph.Storage;

/// <summary>
/// A store named on a command line: <c>sqlite:&lt;path&gt;</c>, or a Neo4j URI
/// (<c>neo4j://host:7687</c>, <c>neo4j+s://…</c>, <c>neo4j+ssc://…</c>, <c>bolt://…</c>,
/// <c>bolt+s://…</c>, <c>bolt+ssc://…</c>). It becomes configuration overrides
/// (<see cref="ConfigurationOverrides"/>) laid over the deployment's configuration, so
/// <see cref="GraphStoreSelection.AddGraphStore"/> stays the one place a store is chosen; a Neo4j
/// URI keeps the configured user, password and database.
/// </summary>
public sealed record StoreLocation(string Provider, string Target)
{
    public const string SqlitePrefix = "sqlite:";

    public const string Syntax = "sqlite:<path> or a Neo4j URI (neo4j://host:7687, neo4j+s://…, bolt://…, bolt+s://…)";

    private static readonly string[] Neo4jSchemes = ["neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"];

    /// <summary>The location <paramref name="text"/> names; <see cref="FormatException"/> with a message fit for a user otherwise.</summary>
    public static StoreLocation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith(SqlitePrefix, StringComparison.OrdinalIgnoreCase))
        {
            var path = text[SqlitePrefix.Length..];
            if (path.StartsWith("//", StringComparison.Ordinal))
                throw new FormatException($"'{text}': write sqlite:<path> (sqlite:./geograph.db, sqlite:/var/lib/geograph.db), not a URI");
            if (string.IsNullOrWhiteSpace(path))
                throw new FormatException($"'{text}': sqlite: needs a file path (sqlite:./geograph.db)");
            return new StoreLocation(GraphStoreSelection.Sqlite, Path.GetFullPath(path));
        }
        var colon = text.IndexOf("://", StringComparison.Ordinal);
        if (colon > 0 && Neo4jSchemes.Contains(text[..colon].ToLowerInvariant()))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
                throw new FormatException($"'{text}' is not a valid Neo4j URI (neo4j://host:7687)");
            if (!string.IsNullOrEmpty(uri.UserInfo))
                throw new FormatException($"'{text}': give credentials with Neo4j__User and Neo4j__Password, not in the URI");
            return new StoreLocation(GraphStoreSelection.Neo4j, text);
        }
        throw new FormatException($"'{text}' names no store: use {Syntax}");
    }

    /// <summary>The configuration keys this location sets, laid over the deployment's configuration.</summary>
    public IReadOnlyDictionary<string, string?> ConfigurationOverrides => Provider == GraphStoreSelection.Sqlite
        ? new Dictionary<string, string?>
        {
            [GraphStoreSelection.ProviderKey] = GraphStoreSelection.Sqlite,
            [$"{SqliteStoreRegistration.Section}:{nameof(SqliteStoreOptions.Path)}"] = Target,
        }
        : new Dictionary<string, string?>
        {
            [GraphStoreSelection.ProviderKey] = GraphStoreSelection.Neo4j,
            [$"{Neo4jOptions.Section}:{nameof(Neo4jOptions.Uri)}"] = Target,
        };

    public override string ToString() => Provider == GraphStoreSelection.Sqlite ? SqlitePrefix + Target : Target;
}
