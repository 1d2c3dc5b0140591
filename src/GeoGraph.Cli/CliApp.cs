using System.CommandLine;
using GeoGraph.Cli.Commands;
using GeoGraph.Core.Errors;

namespace GeoGraph.Cli;

/// <summary>
/// What a command may touch: its output streams, the environment it reads its configuration from
/// (the API's keys: <c>Storage__Provider</c>, <c>Neo4j__Uri</c>, …), the clock it records with,
/// whether standard output is a terminal (progress bars) and cancellation.
/// </summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, IReadOnlyDictionary<string, string> Environment, CancellationToken Cancellation)
{
    /// <summary>Standard output is a terminal: show progress bars rather than plain lines.</summary>
    public bool Interactive { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>
    /// The work was refused or found wanting: a Neo4j FAILURE (cypher), a refused bundle (import),
    /// counts that differ (migrate), a quote that does not match (verify).
    /// </summary>
    public const int Failure = 1;

    /// <summary>Kept for <c>geograph cypher</c>'s documented meaning of 1.</summary>
    public const int ServerFailure = Failure;

    /// <summary>The store or server could not be reached (STORE_UNAVAILABLE), or spoke something other than Bolt.</summary>
    public const int ConnectionFailure = 2;

    /// <summary>Bad command line or configuration (sysexits EX_USAGE).</summary>
    public const int Usage = 64;

    /// <summary>Interrupted (Ctrl+C), as shells report a SIGINT: 128 + 2.</summary>
    public const int Interrupted = 130;
}

/// <summary>A failure a verb reports in one line on stderr, with its exit code.</summary>
public sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);
}

/// <summary>
/// The <c>geograph</c> entry point: <c>geograph &lt;verb&gt; [options]</c>, parsed by
/// System.CommandLine (help for every verb with <c>--help</c>). A command line it cannot parse
/// exits 64 with the errors and the verb's help on stderr.
/// </summary>
public static class CliApp
{
    public const string Name = "geograph";

    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("GeoGraph's command line: data into and out of either store, and Cypher over Bolt.") { HelpName = Name };
        root.Add(CypherCommand.Create(context));
        root.Add(ImportCommand.Create(context));
        root.Add(ExportCommand.Create(context));
        root.Add(MigrateCommand.Create(context));
        root.Add(VerifyCommand.Create(context));
        root.Add(MergeCommand.Create(context));
        root.Add(SuggestCommand.Create(context));
        root.Add(KeysCommand.Create(context));
        root.Add(SynthCommand.Create(context));
        return root;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = Build(context);
        var parsed = root.Parse(args);
        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            // Program.cs cancels on Ctrl+C through the context's token.
            ProcessTerminationTimeout = null,
        };
        if (parsed.Errors.Count == 0)
            return await parsed.InvokeAsync(invocation, context.Cancellation).ConfigureAwait(false);

        var verb = parsed.CommandResult.Command;
        var prefix = verb == root ? Name : $"{Name} {verb.Name}";
        foreach (var error in parsed.Errors)
            await context.Error.WriteLineAsync($"{prefix}: {error.Message}").ConfigureAwait(false);
        await context.Error.WriteLineAsync().ConfigureAwait(false);
        string[] help = verb == root ? ["--help"] : [verb.Name, "--help"];
        var toStderr = new InvocationConfiguration { Output = context.Error, Error = context.Error, ProcessTerminationTimeout = null };
        await root.Parse(help).InvokeAsync(toStderr, context.Cancellation).ConfigureAwait(false);
        return ExitCodes.Usage;
    }

    /// <summary>
    /// Runs a verb's work and turns the failures every verb shares into an exit code and one line
    /// on stderr: <see cref="CliException"/> as it says, an unreachable store (STORE_UNAVAILABLE) 2,
    /// any other refusal of the store 1, a file that cannot be read or written 1, Ctrl+C 130.
    /// </summary>
    public static async Task<int> GuardAsync(CliContext context, string verb, Func<Task<int>> work)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (CliException e)
        {
            await context.Error.WriteLineAsync($"{Name} {verb}: {e.Message}").ConfigureAwait(false);
            return e.ExitCode;
        }
        catch (GeoGraphException e) when (e.Code == ErrorCodes.StoreUnavailable)
        {
            await context.Error.WriteLineAsync($"{Name} {verb}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.ConnectionFailure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file the verb reads or writes (the stores translate their own I/O failures).
            await context.Error.WriteLineAsync($"{Name} {verb}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync($"{Name} {verb}: interrupted").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (GeoGraphException e)
        {
            await context.Error.WriteLineAsync($"{Name} {verb}: {e.Code}: {e.Message}").ConfigureAwait(false);
            foreach (var field in e.Fields.Skip(e.Fields.Count == 1 ? 1 : 0))
                await context.Error.WriteLineAsync($"  {field.Field}: {field.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
