using GeoGraph.Cli.Commands;

namespace GeoGraph.Cli;

/// <summary>What a command may touch: its output streams, configuration lookups, and cancellation.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<string, string?> Environment, CancellationToken Cancellation);

/// <summary>One verb of <c>geograph</c>.</summary>
public interface ICliCommand
{
    string Name { get; }
    string Summary { get; }
    Task<int> RunAsync(IReadOnlyList<string> args, CliContext context);
}

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The server answered with a FAILURE (its code and message are on stderr).</summary>
    public const int ServerFailure = 1;

    /// <summary>The server could not be reached, or spoke something other than Bolt.</summary>
    public const int ConnectionFailure = 2;

    /// <summary>Bad command line (sysexits EX_USAGE).</summary>
    public const int Usage = 64;
}

/// <summary>The <c>geograph</c> entry point: <c>geograph &lt;verb&gt; [options]</c>. Verbs register in <see cref="Commands"/>.</summary>
public static class CliApp
{
    public static readonly IReadOnlyList<ICliCommand> Commands = [new CypherCommand()];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            await context.Out.WriteLineAsync(Usage()).ConfigureAwait(false);
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            await context.Error.WriteLineAsync($"geograph: unknown verb '{args[0]}'.\n{Usage()}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        return await command.RunAsync(args.Skip(1).ToArray(), context).ConfigureAwait(false);
    }

    private static string Usage() =>
        "usage: geograph <verb> [options]\n\nverbs:\n" + string.Join("\n", Commands.Select(c => $"  {c.Name,-10} {c.Summary}"));
}
