using GeoGraph.Bolt;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph cypher [--uri …] [--user …] [--password …] [--database …] [--param name=&lt;json&gt;]… ("&lt;statement&gt;" | --file f.cypher)</c>:
/// runs Cypher over Bolt and prints each record as one JSON object per line.
/// </summary>
public sealed class CypherCommand : ICliCommand
{
    public string Name => "cypher";
    public string Summary => "run Cypher against Neo4j over Bolt; records as JSON lines";

    private const string Help =
        "usage: geograph cypher [--uri bolt://localhost:7687] [--user neo4j] [--password …] [--database neo4j]\n" +
        "                       [--param name=<json>]… (\"<statement>\" | --file f.cypher)\n" +
        "defaults come from Neo4j__Uri, Neo4j__User, Neo4j__Password, Neo4j__Database.\n" +
        "--file runs the file's ;-separated statements in one transaction.\n" +
        "exit codes: 0 ok, 1 server FAILURE (code and message on stderr), 2 connection failure, 64 bad usage.";

    private sealed record Options(string Uri, string? User, string? Password, string? Database,
        Dictionary<string, object?> Parameters, string? Statement, string? File);

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        Options options;
        try
        {
            options = Parse(args, context.Environment);
        }
        catch (UsageException e)
        {
            await context.Error.WriteLineAsync($"geograph cypher: {e.Message}\n{Help}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        if (options.Statement is null && options.File is null)
        {
            await context.Out.WriteLineAsync(Help).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            var statements = options.File is null
                ? [options.Statement!]
                : CypherScript.Split(await File.ReadAllTextAsync(options.File, context.Cancellation).ConfigureAwait(false));
            var auth = options.User is { Length: > 0 } user && options.Password is not null
                ? BoltAuth.Basic(user, options.Password)
                : BoltAuth.None;
            await using var driver = new BoltDriver(options.Uri, auth, new BoltDriverConfig { UserAgent = "geograph-cli/1.0" });
            await using var session = driver.Session(options.Database);
            if (options.File is null)
            {
                var result = await session.RunAsync(statements[0], options.Parameters, cancellationToken: context.Cancellation).ConfigureAwait(false);
                await PrintAsync(result, context).ConfigureAwait(false);
            }
            else
            {
                await using var tx = await session.BeginTransactionAsync(cancellationToken: context.Cancellation).ConfigureAwait(false);
                foreach (var statement in statements)
                {
                    var result = await tx.RunAsync(statement, options.Parameters, context.Cancellation).ConfigureAwait(false);
                    await PrintAsync(result, context).ConfigureAwait(false);
                }
                await tx.CommitAsync(context.Cancellation).ConfigureAwait(false);
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

    private static async Task PrintAsync(BoltResult result, CliContext context)
    {
        await foreach (var record in result.WithCancellation(context.Cancellation).ConfigureAwait(false))
            await context.Out.WriteLineAsync(JsonLines.Format(record)).ConfigureAwait(false);
    }

    private static Options Parse(IReadOnlyList<string> args, Func<string, string?> env)
    {
        string uri = env("Neo4j__Uri") ?? "bolt://localhost:7687";
        string? user = env("Neo4j__User") ?? "neo4j";
        string? password = env("Neo4j__Password");
        string? database = env("Neo4j__Database");
        string? statement = null, file = null;
        var parameters = new Dictionary<string, object?>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new UsageException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--uri": uri = Value(); break;
                case "--user": user = Value(); break;
                case "--password": password = Value(); break;
                case "--database": database = Value(); break;
                case "--file": file = Value(); break;
                case "--param":
                    var pair = Value();
                    var eq = pair.IndexOf('=');
                    if (eq <= 0) throw new UsageException($"--param takes name=<json>, not '{pair}'.");
                    try
                    {
                        parameters[pair[..eq]] = JsonLines.Parse(pair[(eq + 1)..]);
                    }
                    catch (System.Text.Json.JsonException e)
                    {
                        throw new UsageException($"--param {pair[..eq]}: not JSON ({e.Message}). Quote strings: --param name='\"text\"'.");
                    }
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"unknown option {option}.");
                default:
                    if (statement is not null) throw new UsageException("give one statement (quote it), or --file.");
                    statement = args[i];
                    break;
            }
        }
        if (statement is not null && file is not null) throw new UsageException("give a statement or --file, not both.");
        return new Options(uri, user, password, string.IsNullOrEmpty(database) ? null : database, parameters, statement, file);
    }

    private sealed class UsageException(string message) : Exception(message);
}
