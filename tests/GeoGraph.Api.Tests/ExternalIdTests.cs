using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests;

/// <summary>External ids through the API: countries' ISO codes, upsertEntity, entityByExternalId, and each refusal.</summary>
public sealed class ExternalIdTests : IAsyncLifetime
{
    private readonly GeoGraphApiFactory _api = new();
    private GraphQLClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = _api.CreateGraphQLClient();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    private const string Upsert = """
        mutation Upsert($input: EntityInput!) { upsertEntity(input: $input) { created entity { id externalIds { scheme id } } } }
        """;

    [Fact]
    public async Task Seeded_countries_carry_their_ISO_codes_and_are_found_by_them()
    {
        var data = await _client.DataAsync("""
            { cn: entity(id: "country:CN") { ... on Entity { externalIds { scheme id } } }
              chn: entityByExternalId(scheme: "iso3166-alpha3", id: "CHN") { id name } }
            """);

        JsonAssert.Equal("""[ { "scheme": "iso3166-alpha2", "id": "CN" }, { "scheme": "iso3166-alpha3", "id": "CHN" } ]""", data["cn"]!["externalIds"]);
        JsonAssert.Equal("""{ "id": "country:CN", "name": "China" }""", data["chn"]);
    }

    [Fact]
    public async Task UpsertEntity_stores_a_wikidata_id_and_entityByExternalId_finds_it()
    {
        var upserted = await _client.DataAsync(Upsert, new { input = new { id = "country:CN", name = "China", externalIds = new[] { new { scheme = "wikidata", id = "Q148" } } } });
        JsonAssert.Equal("""
            { "created": false, "entity": { "id": "country:CN", "externalIds": [
              { "scheme": "iso3166-alpha2", "id": "CN" }, { "scheme": "iso3166-alpha3", "id": "CHN" }, { "scheme": "wikidata", "id": "Q148" } ] } }
            """, upserted["upsertEntity"]);

        var found = await _client.DataAsync("""{ entityByExternalId(scheme: "wikidata", id: "Q148") { id } }""");
        Assert.Equal("country:CN", found["entityByExternalId"]!["id"]!.GetValue<string>());
        (await _client.PostAsync("""{ entityByExternalId(scheme: "wikidata", id: "Q9999999") { id } }""")).AssertRefused("NOT_FOUND", "id");
    }

    [Fact]
    public async Task An_external_id_another_entity_holds_is_refused_and_nothing_changes()
    {
        await _client.DataAsync(Upsert, new { input = new { id = "country:CN", name = "China", externalIds = new[] { new { scheme = "wikidata", id = "Q148" } } } });
        var before = await StoreSnapshot.TakeAsync(_client);

        var response = await _client.PostAsync(Upsert, new { input = new { id = "org:prc", name = "People's Republic of China", externalIds = new[] { new { scheme = "wikidata", id = "Q148" } } } });

        response.AssertRefused("VALIDATION_FAILED", "input.externalIds.wikidata");
        Assert.Contains("'Q148' already identifies country:CN (China): an external id names one entity; if they are the same, merge them", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(_client));
    }

    [Theory]
    [InlineData("person:xi-jinping", "wikidata", "148", "input.externalIds.wikidata", "'148' is not a Wikidata item id: Q and digits, e.g. Q148")]
    [InlineData("person:xi-jinping", "twitter", "xi", "input.externalIds.twitter", "'twitter' is not a known external-id scheme")]
    [InlineData("person:xi-jinping", "iso3166-alpha2", "CN", "input.externalIds.iso3166-alpha2", "iso3166-alpha2 ids belong to COUNTRY entities, not PERSON")]
    [InlineData("country:CN", "iso3166-alpha3", "CHI", "input.externalIds.iso3166-alpha3", "must be CHN, the ISO 3166-1 code of country:CN")]
    public async Task A_bad_scheme_or_id_is_refused_naming_it(string entity, string scheme, string id, string field, string message)
    {
        var response = await _client.PostAsync(Upsert, new { input = new { id = entity, name = "X", externalIds = new[] { new { scheme, id } } } });

        response.AssertRefused("VALIDATION_FAILED", field);
        Assert.Contains(message, response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestArticle_gives_declared_entities_their_external_ids()
    {
        const string text = "Xi Jinping met officials in Beijing.";
        await _client.DataAsync(Queries.IngestArticle, new
        {
            input = new
            {
                article = new { title = "Xi", text },
                entities = new[] { new { id = "person:xi-jinping", name = "Xi Jinping", externalIds = new[] { new { scheme = "wikidata", id = "Q15031" } } } },
                relations = new[]
                {
                    new { type = "HOLDS_ROLE", subject = "person:xi-jinping", @object = "country:CN", citations = new[] { new { quote = "Xi Jinping", stance = "ASSERTS" } } },
                },
            },
        });

        var found = await _client.DataAsync("""{ entityByExternalId(scheme: "wikidata", id: "Q15031") { id name } }""");
        JsonAssert.Equal("""{ "id": "person:xi-jinping", "name": "Xi Jinping" }""", found["entityByExternalId"]);
    }
}
