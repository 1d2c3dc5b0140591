using GeoGraph.Api.Tests.Support;
using GeoGraph.Testing;

namespace GeoGraph.Api.Tests;

/// <summary>relationTypes with PLOVER categories and sources; a deployment's own types through the API; a bad file stops start-up.</summary>
public sealed class VocabularyTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Blockade =
        """{ "type": "IMPOSES_NAVAL_BLOCKADE", "subjectKinds": ["COUNTRY"], "objectKinds": ["COUNTRY"], "phrase": "imposes a naval blockade on", "cameo": "191", "description": "The subject's navy blocks the object's ports.", "plover": "COERCE" }""";

    private string VocabularyFile(string types)
    {
        Directory.CreateDirectory(_dir.Path);
        var path = _dir.File($"types-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, $$"""{ "types": [ {{types}} ] }""");
        return path;
    }

    [Fact]
    public async Task RelationTypes_give_each_types_PLOVER_category_CAMEO_code_and_source()
    {
        await using var api = new GeoGraphApiFactory();
        var data = await api.CreateGraphQLClient().DataAsync("{ relationTypes { type plover cameo source } }");

        var types = data["relationTypes"]!.AsArray().ToDictionary(t => t!["type"]!.GetValue<string>(), t => t!);
        JsonAssert.Equal("""{ "type": "THREATENS_TARIFF", "plover": "THREATEN", "cameo": "1312", "source": "BUILT_IN" }""", types["THREATENS_TARIFF"]);
        JsonAssert.Equal("""{ "type": "IMPOSES_TARIFF", "plover": "COERCE", "cameo": "163", "source": "BUILT_IN" }""", types["IMPOSES_TARIFF"]);
        JsonAssert.Equal("""{ "type": "DENIES_LINK", "plover": null, "cameo": null, "source": "BUILT_IN" }""", types["DENIES_LINK"]);
        Assert.Equal(16, types.Values.Select(t => t["plover"]?.GetValue<string>()).OfType<string>().Distinct().Count());
    }

    [Fact]
    public async Task A_deployment_type_is_listed_as_the_deployments_and_relations_of_it_are_stored()
    {
        await using var api = new GeoGraphApiFactory();
        var path = VocabularyFile(Blockade);
        await using var configured = api.WithWebHostBuilder(b => b.UseSetting("Vocabulary:Path", path));
        var client = new GraphQLClient(GeoGraphApiFactory.WithKey(configured.CreateClient(), ApiTestKeys.Admin));

        var listed = await client.DataAsync("{ relationTypes { type plover source phrase } }");
        JsonAssert.Equal("""{ "type": "IMPOSES_NAVAL_BLOCKADE", "plover": "COERCE", "source": "DEPLOYMENT", "phrase": "imposes a naval blockade on" }""",
            listed["relationTypes"]!.AsArray().Single(t => t!["source"]!.GetValue<string>() == "DEPLOYMENT"));

        const string text = "Officials said India imposed a naval blockade on Pakistan on Monday.";
        var quote = "India imposed a naval blockade on Pakistan";
        var ingested = await client.DataAsync(Queries.IngestArticle, new
        {
            input = new
            {
                article = new { title = "Blockade", text },
                relations = new[]
                {
                    new
                    {
                        type = "IMPOSES_NAVAL_BLOCKADE", subject = "country:IN", @object = "country:PK",
                        citations = new[] { new { quote, start = text.IndexOf(quote, StringComparison.Ordinal), end = text.IndexOf(quote, StringComparison.Ordinal) + quote.Length, stance = "REPORTS" } },
                    },
                },
            },
        });
        var relation = ingested["ingestArticle"]!["relations"]![0]!;
        Assert.Equal("IMPOSES_NAVAL_BLOCKADE", relation["type"]!.GetValue<string>());
        Assert.True(relation["citations"]![0]!["verified"]!.GetValue<bool>());

        var found = await client.DataAsync("""{ relations(where: { type: "IMPOSES_NAVAL_BLOCKADE" }) { totalCount edges { node { phrase subject { id } } } } }""");
        JsonAssert.Equal("""{ "totalCount": 1, "edges": [ { "node": { "phrase": "imposes a naval blockade on", "subject": { "id": "country:IN" } } } ] }""", found["relations"]);
    }

    [Fact]
    public async Task A_deployment_file_that_breaks_a_rule_stops_start_up_with_one_line()
    {
        var path = VocabularyFile(Blockade.Replace("\"COERCE\"", "\"BLOCKADE\"", StringComparison.Ordinal));

        await using var server = ServerProcess.Start(_dir.File("refused.db"), ("Vocabulary:Path", path));
        var exit = await server.WaitForExitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(1, exit);
        Assert.Contains($"GeoGraph cannot start: Vocabulary:Path '{path}': type IMPOSES_NAVAL_BLOCKADE: plover 'BLOCKADE' is not a PLOVER category", server.Output);
        Assert.DoesNotContain("   at ", server.Output);
    }
}
