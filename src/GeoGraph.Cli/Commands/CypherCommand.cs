using System.CommandLine;
using GeoGraph.Bolt;
using GeoGraph.Storage.Neo4j;
using Microsoft.Extensions.Configuration;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph cypher [--uri …] [--user …] [--password …] [--database …] [--param name=&lt;json&gt;]… ("&lt;statement&gt;" | --file f.cypher)</c>:
/// runs Cypher over Bolt and prints each record as one JSON object per line. Where Neo4j is comes
/// from the store's own <see cref="Neo4jOptions"/> (configuration section <c>Neo4j</c>), then the flags.
/// </summary>
public static class CypherCommand
{
    public const string UserAgent = "geograph-cli/1.0";

    /// <summary>The user when neither configuration nor <c>--user</c> names one (Neo4j's default account).</summary>
    public const string DefaultUser = "neo4j";

    public static Command Create(CliContext context)
    {
        var uri = new Option<string?>("--uri") { Description = $"Bolt URI (default: Neo4j__Uri, else {Neo4jOptions.DefaultUri})", HelpName = "bolt://host:7687" };
        var user = new Option<string?>("--user") { Description = $"user (default: Neo4j__User, else {DefaultUser})" };
        var password = new Option<string?>("--password") { Description = "password (default: Neo4j__Password)" };
        var database = new Option<string?>("--database") { Description = "database (default: Neo4j__Database, else the user's home database)" };
        var parameters = new Option<string[]>("--param")
        {
            Description = "a parameter as name=<json>, e.g. --param 'id=\"country:CN\"' (repeatable)",
            HelpName = "name=<json>",
        };
        var file = new Option<string?>("--file") { Description = "run the file's ;-separated statements in one transaction", HelpName = "f.cypher" };
        var statement = new Argument<string?>("statement") { Description = "one Cypher statement (quote it)", Arity = ArgumentArity.ZeroOrOne };

        parameters.Validators.Add(result =>
        {
            foreach (var pair in result.Tokens.Select(t => t.Value))
            {
                var eq = pair.IndexOf('=');
                if (eq <= 0)
                    result.AddError($"--param takes name=<json>, not '{pair}'.");
                else if (!IsJson(pair[(eq + 1)..], out var error))
                    result.AddError($"--param {pair[..eq]}: not JSON ({error}). Quote strings: --param name='\"text\"'.");
            }
        });
        statement.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } s && s.StartsWith('-'))
                result.AddError($"unknown option {s}.");
        });

        var command = new Command("cypher", "Run Cypher against Neo4j over Bolt; records print as JSON lines.")
        {
            uri, user, password, database, parameters, file, statement,
        };
        command.Validators.Add(result =>
        {
            var (hasStatement, hasFile) = (result.GetValue(statement) is not null, result.GetValue(file) is not null);
            if (hasStatement && hasFile) result.AddError("give a statement or --file, not both.");
            else if (!hasStatement && !hasFile) result.AddError("give a statement (quote it), or --file.");
        });
        command.SetAction(async (parsed, ct) =>
        {
            var options = CliConfiguration.Build(context.Environment).GetSection(Neo4jOptions.Section).Get<Neo4jOptions>() ?? new Neo4jOptions();
            options.Uri = parsed.GetValue(uri) ?? options.Uri;
            options.User = parsed.GetValue(user) ?? options.User ?? DefaultUser;
            options.Password = parsed.GetValue(password) ?? options.Password;
            options.Database = parsed.GetValue(database) ?? options.Database;
            var bound = (parsed.GetValue(parameters) ?? []).ToDictionary(p => p[..p.IndexOf('=')], p => JsonLines.Parse(p[(p.IndexOf('=') + 1)..]));
            return await RunAsync(context, options, bound, parsed.GetValue(statement), parsed.GetValue(file), ct).ConfigureAwait(false);
        });
        return command;
    }

    private static bool IsJson(string text, out string? error)
    {
        try
        {
            JsonLines.Parse(text);
            error = null;
            return true;
        }
        catch (System.Text.Json.JsonException e)
        {
            error = e.Message;
            return false;
        }
    }

    private static async Task<int> RunAsync(CliContext context, Neo4jOptions options, Dictionary<string, object?> parameters,
        string? statement, string? file, CancellationToken ct)
    {
        try
        {
            var statements = file is null ? [statement!] : CypherScript.Split(await File.ReadAllTextAsync(file, ct).ConfigureAwait(false));
            await using var driver = options.CreateDriver(UserAgent);
            await using var session = driver.Session(string.IsNullOrEmpty(options.Database) ? null : options.Database);
            if (file is null)
            {
                var result = await session.RunAsync(statements[0], parameters, cancellationToken: ct).ConfigureAwait(false);
                await PrintAsync(result, context, ct).ConfigureAwait(false);
            }
            else
            {
                await using var tx = await session.BeginTransactionAsync(cancellationToken: ct).ConfigureAwait(false);
                foreach (var s in statements)
                {
                    var result = await tx.RunAsync(s, parameters, ct).ConfigureAwait(false);
                    await PrintAsync(result, context, ct).ConfigureAwait(false);
                }
                await tx.CommitAsync(ct).ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        }
        catch (BoltException e) when (e is ServiceUnavailableException or BoltProtocolException or SessionExpiredException
                                          or ConnectionAcquisitionTimeoutException)
        {
            await context.Error.WriteLineAsync($"geograph cypher: cannot talk to Neo4j at {options.Uri}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.ConnectionFailure;
        }
        catch (BoltException e) when (e.Code is not null)
        {
            var message = e switch
            {
                ClientException c => c.ServerMessage,
                TransientException t => t.ServerMessage,
                DatabaseException d => d.ServerMessage,
                _ => e.Message,
            };
            await context.Error.WriteLineAsync($"{e.Code}: {message}").ConfigureAwait(false);
            return ExitCodes.ServerFailure;
        }
        catch (Exception e) when (e is ArgumentException or IOException or BoltUsageException)
        {
            await context.Error.WriteLineAsync($"geograph cypher: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
    }

    private static async Task PrintAsync(BoltResult result, CliContext context, CancellationToken ct)
    {
        await foreach (var record in result.WithCancellation(ct).ConfigureAwait(false))
            await context.Out.WriteLineAsync(JsonLines.Format(record)).ConfigureAwait(false);
    }
}
