using System.Text.RegularExpressions;
using GeoGraph.Cli.Tests.Support;
using GeoGraph.Core.Security;

namespace GeoGraph.Cli.Tests;

/// <summary><c>geograph keys new</c>: a fresh key each time, printed once, with settings holding only its hash.</summary>
public sealed partial class KeysCommandTests
{
    [Fact]
    public async Task A_new_key_comes_with_the_settings_that_accept_it()
    {
        var run = await Geograph.RunAsync("keys", "new", "--role", "writer", "--id", "ci-bot", "--index", "2");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var key = KeyLine().Match(run.Out).Groups[1].Value;
        Assert.StartsWith(ApiKeys.Prefix, key);
        Assert.True(ApiKeys.IsPlausible(key));
        Assert.Contains("  Auth__Keys__2__Id=ci-bot\n", run.Out);
        Assert.Contains($"  Auth__Keys__2__Sha256={ApiKeys.Sha256Hex(key)}\n", run.Out);
        Assert.Contains("  Auth__Keys__2__Role=writer\n", run.Out);
        Assert.Equal(1, Regex.Count(run.Out, Regex.Escape(key))); // shown once, never in the settings
    }

    [Fact]
    public async Task Two_keys_differ_and_ids_default_to_the_role()
    {
        var first = await Geograph.RunAsync("keys", "new", "--role", "admin");
        var second = await Geograph.RunAsync("keys", "new", "--role", "admin");
        Assert.NotEqual(KeyLine().Match(first.Out).Groups[1].Value, KeyLine().Match(second.Out).Groups[1].Value);
        Assert.Matches("Auth__Keys__0__Id=admin-[0-9a-f]{6}\n", first.Out);
    }

    [Theory]
    [InlineData("--role", "root")]
    [InlineData("--role", "writer", "--id", "has space")]
    public async Task Bad_arguments_exit_64(params string[] args)
    {
        var run = await Geograph.RunAsync(["keys", "new", .. args]);
        Assert.Equal(64, run.ExitCode);
        Assert.Equal("", run.Out);
    }

    [GeneratedRegex(@"^  (gg_\S+)$", RegexOptions.Multiline)]
    private static partial Regex KeyLine();
}
