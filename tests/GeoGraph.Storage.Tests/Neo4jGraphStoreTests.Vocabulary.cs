using GeoGraph.Bolt;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Testing;
using GeoGraph.Testing.Bolt;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Storage.Tests;

/// <summary>
/// A relation type the store did not know when it was compiled — one from a deployment's
/// vocabulary file — gets its own index, is written with its own typed statement, and is found by id.
/// </summary>
public sealed partial class Neo4jGraphStoreTests
{
    private const string DeploymentType = "IMPOSES_NAVAL_BLOCKADE";

    private static RelationVocabulary DeploymentVocabulary(TempDirectory dir)
    {
        var path = dir.File("types.json");
        Directory.CreateDirectory(dir.Path);
        File.WriteAllText(path, $$"""
            { "types": [ { "type": "{{DeploymentType}}", "subjectKinds": ["COUNTRY"], "objectKinds": ["COUNTRY"], "phrase": "imposes a naval blockade on", "cameo": "191", "description": "The subject's navy blocks the object's ports.", "plover": "COERCE" } ] }
            """);
        return RelationVocabulary.WithDeploymentFile(path);
    }

    [Fact]
    public void A_deployment_type_gets_its_relation_id_index_and_joins_the_quote_word_index()
    {
        using var dir = new TempDirectory();
        var options = new Neo4jOptions { Uri = "bolt://127.0.0.1:1" };
        var statements = new Neo4jGraphStore(options, DeploymentVocabulary(dir)).SchemaStatements().ToArray();

        Assert.Contains(statements, s => s.Contains($"CREATE INDEX relation_id_{DeploymentType} IF NOT EXISTS FOR ()-[r:{DeploymentType}]-() ON (r.id)", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("citationQuoteWords", StringComparison.Ordinal) && s.Contains($"|{DeploymentType}|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_relation_of_a_deployment_type_is_merged_with_its_own_typed_statement_and_found_by_id()
    {
        using var dir = new TempDirectory();
        var vocabulary = DeploymentVocabulary(dir);
        var types = vocabulary.All.Select(t => t.Type).Order(StringComparer.Ordinal).ToArray();
        var blockade = new Relation("rel:00000000000000b1", DeploymentType, CN, IN, [], null, null, 1.0, Now, "test");
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.ForType(CypherStatements.Query("apply_merge_relations"), DeploymentType), ["matched", "createdIds", "stored"],
                [[0L, Array.Empty<object?>(), Array.Empty<object?>()]],
                checkRun: m => Assert.Equal(blockade.Id, ((IReadOnlyDictionary<string, object?>)Assert.Single(List(m, "rows"))!)["id"]))
            .Expect("ROLLBACK").Success()
            .Expect("BEGIN").Success()
            .Query(CypherStatements.UnionOverTypes(CypherStatements.Query("relations_by_id"), types), ["requestedId", .. RelationFields], [[blockade.Id, .. RelationRecord(blockade)]],
                checkRun: m => Assert.Equal([blockade.Id], List(m, "ids")))
            .Expect("COMMIT").Success());
        var options = new Neo4jOptions { Uri = server.Uri(), User = "neo4j", Password = "pass", ApplySchema = false, OperationTimeout = TimeSpan.FromSeconds(5) };
        await using var driver = new BoltDriver(server.Uri(), options.Auth, new BoltDriverConfig { ConnectTimeout = TimeSpan.FromSeconds(2), RetryInitialDelay = TimeSpan.FromMilliseconds(10) });
        await using (var store = new Neo4jGraphStore(options, vocabulary, driver))
        {
            // Both ends missing: the typed MERGE matches nothing and the batch is refused and rolled back.
            var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.ApplyAsync(new IngestionBatch([], [], [blockade], []), Ct));
            Assert.Equal(ErrorCodes.ValidationFailed, e.Code);

            var found = await store.GetRelationsAsync([blockade.Id], Ct);
            Assert.Equal(DeploymentType, found[blockade.Id].Type);
        }
        Assert.Contains($"[r:{DeploymentType} {{id: row.id}}]", CypherStatements.ForType(CypherStatements.Query("apply_merge_relations"), DeploymentType), StringComparison.Ordinal);
        await server.VerifyAsync();
    }
}
