using System.Text.RegularExpressions;
using GeoGraph.Cli.Tests.Support;
using GeoGraph.Testing;

namespace GeoGraph.Cli.Tests;

/// <summary>
/// The README's <c>geograph</c> examples are real: every sh block holding one <c>geograph</c>
/// command followed by a text block is run, in README order, in a scratch directory standing for
/// <c>/tmp/geograph</c>, and must exit 0 and print what the text block shows, times aside.
/// </summary>
public sealed partial class ReadmeCliTests : IDisposable
{
    private const string ReadmeRoot = "/tmp/geograph";
    private const string ArticlePath = "../shared/articles/" + FoundingArticle.FileName;

    private static readonly string RepoRoot = CypherExportTests.RepoRoot();

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private sealed record Example(string Command, string Output);

    private static List<Example> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(CypherExportTests.RepoRoot(), "README.md"));
        return Pair().Matches(readme).Select(m => new Example(m.Groups["command"].Value.Trim(), m.Groups["output"].Value.TrimEnd('\n'))).ToList();
    }

    [GeneratedRegex("```sh\\n(?<command>geograph [^\\n]*)\\n```\\n```text\\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Pair();

    /// <summary>Durations differ from run to run.</summary>
    private static string WithoutTimes(string text) => Seconds().Replace(text, "#.## s");

    [GeneratedRegex(@"\d+\.\d\d s\b")]
    private static partial Regex Seconds();

    [Fact]
    public void The_readme_shows_every_data_verb()
    {
        var verbs = Examples().Select(e => e.Command.Split(' ')[1]).Distinct();
        Assert.Equal(["import", "export", "migrate", "verify", "suggest", "merge", "synth"], verbs);
    }

    [Fact]
    public async Task Every_geograph_example_prints_what_the_readme_shows()
    {
        Directory.CreateDirectory(_dir.Path);
        foreach (var example in Examples())
        {
            Assert.DoesNotContain('\'', example.Command);
            var command = example.Command.Contains(ArticlePath, StringComparison.Ordinal)
                ? example.Command.Replace(ArticlePath, FoundingArticle.FilePath(), StringComparison.Ordinal)
                : example.Command;
            // Paths under docs/ are the repository's files (example bundles), as from the repository root.
            var args = command.Replace(ReadmeRoot, _dir.Path, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
                .Select(a => a.StartsWith("docs/", StringComparison.Ordinal) ? Path.Combine(RepoRoot, a) : a).ToArray();

            var run = await Geograph.RunAsync(args);

            Assert.True(run.ExitCode == 0, $"{example.Command}\n{run}");
            var printed = (run.Out + run.Error).TrimEnd('\n').Replace(_dir.Path, ReadmeRoot, StringComparison.Ordinal)
                .Replace(RepoRoot + "/", "", StringComparison.Ordinal);
            Assert.Equal(WithoutTimes(example.Output), WithoutTimes(printed));
        }
    }
}
