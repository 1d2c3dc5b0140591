using System.CommandLine;
using GeoGraph.Storage;
using Microsoft.Extensions.Configuration;

namespace GeoGraph.Cli;

/// <summary>
/// The configuration the API reads, as the CLI sees it: environment variables with <c>__</c>
/// between sections (<c>Storage__Provider</c>, <c>Storage__Sqlite__Path</c>, <c>Neo4j__Uri</c>, …),
/// then whatever a command line overrides (<c>--store</c>).
/// </summary>
public static class CliConfiguration
{
    /// <summary>
    /// The configuration: <paramref name="defaults"/> (a verb's own, e.g. import's page cache),
    /// then the environment, then <paramref name="overrides"/> (from the command line), later ones winning.
    /// </summary>
    public static IConfiguration Build(IReadOnlyDictionary<string, string> environment, IReadOnlyDictionary<string, string?>? overrides = null,
        IReadOnlyDictionary<string, string?>? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        // As Microsoft.Extensions.Configuration.EnvironmentVariables reads them ("__" separates sections),
        // from the context's environment so tests never see the machine's.
        var fromEnvironment = environment.Select(kv => KeyValuePair.Create(kv.Key.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal), (string?)kv.Value));
        return new ConfigurationBuilder()
            .AddInMemoryCollection(defaults ?? new Dictionary<string, string?>())
            .AddInMemoryCollection(fromEnvironment)
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
    }

    /// <summary>
    /// <c>--store sqlite:&lt;path&gt; | neo4j://…</c>: parsed once by <see cref="StoreLocation.Parse"/>; a bad
    /// value is a parse error (exit 64) naming the accepted forms.
    /// </summary>
    public static Option<StoreLocation?> StoreOption(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        HelpName = "sqlite:<path>|neo4j://host:7687",
        Required = required,
        CustomParser = result =>
        {
            try
            {
                return StoreLocation.Parse(result.Tokens.Single().Value);
            }
            catch (FormatException e)
            {
                result.AddError($"{name}: {e.Message}");
                return null;
            }
        },
    };
}
