using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests;

/// <summary>Every tab the playground opens with runs on the seed without an error.</summary>
public sealed partial class PlaygroundExamplesTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    public static TheoryData<string> Titles() => new(Examples().Select(e => e.Title));

    [Theory]
    [MemberData(nameof(Titles))]
    public async Task A_playground_example_answers_without_errors(string title)
    {
        var (_, query, variables) = Examples().Single(e => e.Title == title);
        var response = await api.CreateGraphQLClient().PostAsync(query, variables is null ? null : JsonNode.Parse(variables));
        Assert.True(response.Errors is null, response.Body.ToJsonString());
        Assert.NotNull(response.Data);
    }

    [Fact]
    public void The_examples_include_who_said_what_and_quote_search() =>
        Assert.Superset(new HashSet<string> { "Who said what?", "Quote search" }, Examples().Select(e => e.Title).ToHashSet());

    private static List<(string Title, string Query, string? Variables)> Examples()
    {
        var script = File.ReadAllText(Path.Combine(SchemaSdlTests.RepoRoot(), "src/GeoGraph.Api/wwwroot/playground/examples.js"));
        return Example().Matches(script)
            .Select(m => (m.Groups["title"].Value.Replace("\\'", "'"), m.Groups["query"].Value,
                m.Groups["variables"].Success ? m.Groups["variables"].Value.Replace("\\n", "\n") : null))
            .ToList();
    }

    [GeneratedRegex(@"title: '(?<title>(?:[^'\\]|\\.)*)',\s*query: `(?<query>[^`]*)`,\s*variables: (?:null|'(?<variables>[^']*)')", RegexOptions.Singleline)]
    private static partial Regex Example();
}
