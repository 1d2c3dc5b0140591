using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests;

/// <summary>
/// The README shows real answers: every example whose answer it prints in full (no '…') is run
/// against the seeded API and must answer exactly that.
/// </summary>
public sealed partial class ReadmeTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    public static TheoryData<string> Examples() => new(ReadExamples().Where(e => !WritesToItsOwnStore(e.Query)).Select(e => e.Query));

    /// <summary>
    /// A README example that needs data the seed lacks and changes the store (the merge of
    /// docs/examples/second-report.json's person:trump): MergeEntitiesTests runs it on a store of its own.
    /// </summary>
    public static bool WritesToItsOwnStore(string query) => query.Contains("mergeEntities(from: \"person:trump\"", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Readme_example_answers_what_the_readme_shows(string query)
    {
        var shown = JsonNode.Parse(ReadExamples().Single(e => e.Query == query).Answer)!;
        var response = await api.CreateGraphQLClient().PostAsync(query);

        var data = response.Data!.AsObject();
        // The README prints the whole response, or for brevity the value of the single root field.
        var candidates = new[] { response.Body, data.Count == 1 ? data.First().Value : null };
        Assert.True(candidates.Any(c => JsonNode.DeepEquals(c, shown)),
            $"README shows {shown.ToJsonString()} but the API answers {response.Body.ToJsonString()}");
    }

    [Fact]
    public void Readme_has_full_examples_to_check() => Assert.True(ReadExamples().Count(e => !WritesToItsOwnStore(e.Query)) >= 3);

    public sealed record Example(string Query, string Answer);

    public static List<Example> ReadExamples()
    {
        var readme = File.ReadAllText(Path.Combine(SchemaSdlTests.RepoRoot(), "README.md"));
        var examples = new List<Example>();
        foreach (Match m in FencedPair().Matches(readme))
        {
            var (lang, code, answer) = (m.Groups["lang"].Value, m.Groups["code"].Value, m.Groups["answer"].Value);
            if (answer.Contains('…')) continue;
            var query = lang == "graphql" ? code
                : CurlBody().Match(code) is { Success: true } body ? JsonNode.Parse(body.Groups[1].Value)!["query"]!.GetValue<string>()
                : null;
            if (query is not null) examples.Add(new(query.Trim(), answer.Trim()));
        }
        return examples;
    }

    [GeneratedRegex("```(?<lang>graphql|sh)\\n(?<code>.*?)```\\n```json\\n(?<answer>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedPair();

    [GeneratedRegex("-d '(.*)'", RegexOptions.Singleline)]
    private static partial Regex CurlBody();
}
