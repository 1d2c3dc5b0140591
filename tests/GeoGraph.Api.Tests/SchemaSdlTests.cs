using GeoGraph.Api.GraphQL;
using GeoGraph.Api.Tests.Support;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests;

/// <summary>The committed SDL is the public contract: a schema change must change the file too.</summary>
public sealed class SchemaSdlTests : IClassFixture<GeoGraphApiFactory>
{
    private readonly GeoGraphApiFactory _api;

    public SchemaSdlTests(GeoGraphApiFactory api) => _api = api;

    public static string RepoRoot() => FindRepoRoot();

    public static string CommittedPath => Path.Combine(FindRepoRoot(), "src", "GeoGraph.Api", "schema.graphql");

    [Fact]
    public void Committed_SDL_matches_the_schema()
    {
        var printed = Print();
        if (Environment.GetEnvironmentVariable("GEOGRAPH_UPDATE_SDL") == "1")
            File.WriteAllText(CommittedPath, printed);
        var committed = File.ReadAllText(CommittedPath).ReplaceLineEndings("\n");
        Assert.True(committed == printed,
            "src/GeoGraph.Api/schema.graphql differs from the schema. If the change is on purpose, run the tests with GEOGRAPH_UPDATE_SDL=1 and commit the file (and update the README).");
    }

    [Fact]
    public void Schema_has_every_contract_root_field()
    {
        var schema = _api.Services.GetRequiredService<GeoGraphSchema>();
        schema.Initialize();
        string[] queries = ["entity", "entities", "relation", "relations", "article", "articles", "claims", "neighborhood", "shortestPath", "relationTypes"];
        string[] mutations = ["ingestArticle", "upsertEntity", "assertRelation", "retractRelation"];
        Assert.All(queries, f => Assert.NotNull(schema.Query.GetField(f)));
        Assert.All(mutations, f => Assert.NotNull(schema.Mutation!.GetField(f)));
    }

    private string Print()
    {
        var schema = _api.Services.GetRequiredService<GeoGraphSchema>();
        schema.Initialize();
        return schema.Print(new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GeoGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("GeoGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
