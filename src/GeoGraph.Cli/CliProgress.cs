using Spectre.Console;

namespace GeoGraph.Cli;

/// <summary>
/// How a long verb reports: on a terminal, a Spectre.Console progress bar with each result line
/// printed above it (refusals in red); otherwise (pipes, files, CI, tests) plain result lines on
/// stdout, and the details of refusals on stderr.
/// </summary>
public abstract class CliProgress
{
    /// <summary>A result line (one per bundle, per copied chunk, …).</summary>
    public abstract Task LineAsync(string line);

    /// <summary>A refusal: its line, and the details (one per failing field) under it.</summary>
    public abstract Task ProblemAsync(string line, IEnumerable<string> details);

    public abstract void Advance(double by = 1);

    public static async Task<T> RunAsync<T>(CliContext context, string title, double total, Func<CliProgress, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        if (!context.Interactive) return await work(new Plain(context)).ConfigureAwait(false);

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Out),
            Interactive = InteractionSupport.Yes,
            Ansi = AnsiSupport.Detect,
        });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(title), maxValue: Math.Max(total, 1));
                var result = await work(new Bar(console, task)).ConfigureAwait(false);
                task.Value = task.MaxValue;
                return result;
            }).ConfigureAwait(false);
    }

    private sealed class Plain(CliContext context) : CliProgress
    {
        public override Task LineAsync(string line) => context.Out.WriteLineAsync(line);

        public override async Task ProblemAsync(string line, IEnumerable<string> details)
        {
            await context.Out.WriteLineAsync(line).ConfigureAwait(false);
            foreach (var detail in details) await context.Error.WriteLineAsync("  " + detail).ConfigureAwait(false);
        }

        public override void Advance(double by = 1)
        {
        }
    }

    private sealed class Bar(IAnsiConsole console, ProgressTask task) : CliProgress
    {
        public override Task LineAsync(string line)
        {
            console.WriteLine(line);
            return Task.CompletedTask;
        }

        public override Task ProblemAsync(string line, IEnumerable<string> details)
        {
            console.MarkupLine($"[red]{Markup.Escape(line)}[/]");
            foreach (var detail in details) console.WriteLine("  " + detail);
            return Task.CompletedTask;
        }

        public override void Advance(double by = 1) => task.Increment(by);
    }
}
