using System.Text.Json.Nodes;
using GeoGraph.Api.Tests.Support;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests;

/// <summary>
/// mergeEntities through the API on the seed plus a second report that recorded Donald Trump again
/// (docs/examples/second-report.json): the README's example, each refusal, a merged id that cannot
/// be re-created, and entities found by an external id.
/// </summary>
public sealed class MergeEntitiesTests : IAsyncLifetime
{
    private readonly GeoGraphApiFactory _api = new();
    private GraphQLClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = _api.CreateGraphQLClient();
        await _client.DataAsync("{ entity(id: \"person:donald-trump\") { id } }"); // seeded on start-up
        var bundle = BundleJson.Read(await File.ReadAllTextAsync(
            Path.Combine(SchemaSdlTests.RepoRoot(), "docs", "examples", "second-report.json"), TestContext.Current.CancellationToken));
        await _api.Services.GetRequiredService<Ingestor>().IngestAsync(bundle, "second-report", TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    private const string Merge = """
        mutation Merge($from: ID!, $into: ID!) { mergeEntities(from: $from, into: $into) { entity { id } } }
        """;

    [Fact]
    public async Task The_readme_merge_example_answers_what_the_readme_shows()
    {
        var example = ReadmeTests.ReadExamples().Single(e => ReadmeTests.WritesToItsOwnStore(e.Query));

        var response = await _client.PostAsync(example.Query);

        JsonAssert.Equal(example.Answer, response.Data!["mergeEntities"]);
        // The merged id answers the survivor, and so do the ids its relations had.
        var after = await _client.DataAsync("""{ entity(id: "person:trump") { id name } }""");
        JsonAssert.Equal("""{ "id": "person:donald-trump", "name": "Donald Trump" }""", after["entity"]);
    }

    [Fact]
    public async Task A_refused_merge_says_why_with_the_cores_code_and_changes_nothing()
    {
        var before = await StoreSnapshot.TakeAsync(_client);

        (await _client.PostAsync(Merge, new { from = "Trump", into = "person:donald-trump" })).AssertRefused("VALIDATION_FAILED", "from");
        (await _client.PostAsync(Merge, new { from = "person:trump", into = "person:trump" })).AssertRefused("VALIDATION_FAILED", "into");
        (await _client.PostAsync(Merge, new { from = "person:nobody", into = "person:donald-trump" })).AssertRefused("NOT_FOUND", "from");
        (await _client.PostAsync(Merge, new { from = "person:trump", into = "org:eu" })).AssertRefused("VALIDATION_FAILED", "into");

        Assert.Equal(before, await StoreSnapshot.TakeAsync(_client));
    }

    [Fact]
    public async Task UpsertEntity_of_a_merged_id_is_refused_naming_the_survivor_and_the_id_keeps_resolving()
    {
        await _client.DataAsync(Merge, new { from = "person:trump", into = "person:donald-trump" });
        var before = await StoreSnapshot.TakeAsync(_client);

        var response = await _client.PostAsync("""
            mutation { upsertEntity(input: { id: "person:trump", name: "Trump" }) { created } }
            """);

        response.AssertRefused("VALIDATION_FAILED", "input.id");
        Assert.Contains("'person:trump' was merged into 'person:donald-trump' and resolves to it: write to 'person:donald-trump' instead",
            response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(_client));
        var still = await _client.DataAsync("""{ entity(id: "person:trump") { id } }""");
        Assert.Equal("person:donald-trump", still["entity"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Entities_search_finds_an_entity_by_an_external_id_ranked_first()
    {
        async Task<string[]> Search(string search) => JsonAssert.Nodes((await _client.DataAsync(
            "query($s: String) { entities(search: $s) { edges { node { id } } } }", new { s = search }))["entities"])
            .Select(n => n["id"]!.GetValue<string>()).ToArray();

        Assert.Equal(["person:trump"], await Search("Q22686"));
        Assert.Equal("country:CN", (await Search("CHN"))[0]);
        Assert.Equal("country:PK", (await Search("pak"))[0]);
        Assert.Equal(["country:CN"], await Search("iso3166-alpha2:cn"));
    }
}
