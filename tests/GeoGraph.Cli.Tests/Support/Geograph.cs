using GeoGraph.Cli;

namespace GeoGraph.Cli.Tests.Support;

/// <summary>What one <c>geograph</c> run printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public string[] Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}

/// <summary>
/// Runs <c>geograph</c> in-process, non-interactive (plain lines, as in a pipe), with only the
/// environment a test gives it: never the machine's configuration or default store.
/// </summary>
public static class Geograph
{
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), null, args);

    public static Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> environment, TimeProvider? clock, params string[] args) =>
        RunAsync(environment, clock, TestContext.Current.CancellationToken, args);

    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> environment, TimeProvider? clock, CancellationToken cancellation,
        params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var context = new CliContext(stdout, stderr, environment, cancellation) { Clock = clock ?? TimeProvider.System };
        var code = await CliApp.RunAsync(args, context);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
