using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GeoGraph.Api.Security;
using GeoGraph.Api.Tests.Support;
using GeoGraph.Core.Security;
using GeoGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests;

/// <summary>
/// Who may do what: every mutation against every kind of caller, with the code and HTTP status
/// (graphql-response+json) each gets, and proof that a refused write wrote nothing.
/// </summary>
public sealed class AuthTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    private const string GraphQLResponseJson = "application/graphql-response+json";

    public enum Caller { NoKey, MalformedHeader, UnknownKey, Reader, Writer, Admin }

    public static TheoryData<string, Caller> Matrix()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var mutation in Mutations.Keys)
            foreach (var caller in Enum.GetValues<Caller>())
                data.Add(mutation, caller);
        return data;
    }

    /// <summary>Each mutation in a form that succeeds when allowed, and the role it needs.</summary>
    private static readonly Dictionary<string, (Role Needs, Func<string, string> Query)> Mutations = new()
    {
        ["ingestArticle"] = (Role.Writer, tag => $$"""
            mutation { ingestArticle(input: { article: { title: "Auth {{tag}}", text: "Paris and Berlin signed treaty {{tag}}." },
              relations: [{ type: "ALLIED_WITH", subject: "country:FR", object: "country:DE",
                citations: [{ quote: "Paris and Berlin signed treaty {{tag}}.", start: 0, end: {{"Paris and Berlin signed treaty ".Length + tag.Length + 1}}, stance: ASSERTS }] }] }) { changed } }
            """),
        ["assertRelation"] = (Role.Writer, tag => $$"""
            mutation { assertRelation(input: { type: "ALLIED_WITH", subject: "country:FR", object: "country:IT", qualifiers: [{ key: "tag", value: "{{tag}}" }],
              citations: [{ article: "{{SeedArticle}}", quote: "Beijing’s ironclad friendship with Islamabad remained", start: 689, end: 742, stance: REPORTS }] }) { changed } }
            """),
        ["upsertEntity"] = (Role.Admin, tag => $$"""mutation { upsertEntity(input: { id: "person:auth-{{tag}}", name: "Auth {{tag}}" }) { created } }"""),
        ["retractRelation"] = (Role.Admin, tag => $$"""mutation { retractRelation(id: "{{tag}}", reason: "auth matrix") { id } }"""),
    };

    private const string SeedArticle = "article:21064a8d1731bc87";

    private HttpRequestMessage Request(string query, Caller caller)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(GraphQLResponseJson);
        switch (caller)
        {
            case Caller.MalformedHeader: request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpwYXNz"); break;
            case Caller.UnknownKey: request.Headers.TryAddWithoutValidation("Authorization", "Bearer gg_not-a-key-this-server-knows"); break;
            case Caller.Reader: request.Headers.TryAddWithoutValidation("X-Api-Key", ApiTestKeys.Reader); break;
            case Caller.Writer: request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + ApiTestKeys.Writer); break;
            case Caller.Admin: request.Headers.TryAddWithoutValidation("X-Api-Key", ApiTestKeys.Admin); break;
        }
        return request;
    }

    private async Task<string> RelationToRetractAsync()
    {
        var admin = api.CreateGraphQLClient();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var data = await admin.DataAsync(Mutations["assertRelation"].Query(tag).Replace("changed", "relations { id }"));
        return data["assertRelation"]!["relations"]![0]!["id"]!.GetValue<string>();
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Every_mutation_needs_its_role(string mutation, Caller caller)
    {
        var (needs, query) = Mutations[mutation];
        var tag = mutation == "retractRelation" ? await RelationToRetractAsync() : Guid.NewGuid().ToString("N")[..8];
        var before = await StoreSnapshot.TakeAsync(api.CreateGraphQLClient());

        using var response = await api.CreateClient().SendAsync(Request(query(tag), caller), TestContext.Current.CancellationToken);
        var answer = await GraphQLResponse.ReadAsync(response);

        var held = caller switch { Caller.Reader => Role.Reader, Caller.Writer => Role.Writer, Caller.Admin => Role.Admin, _ => (Role?)null };
        if (held >= needs)
        {
            Assert.True(answer.Errors is null, answer.Body.ToJsonString());
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            return;
        }
        var (status, code) = caller switch
        {
            Caller.Reader or Caller.Writer => (HttpStatusCode.Forbidden, "FORBIDDEN"),
            _ => (HttpStatusCode.Unauthorized, "UNAUTHENTICATED"),
        };
        answer.AssertRefused(status, code);
        Assert.Null(answer.Data);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(api.CreateGraphQLClient()));
        if (status == HttpStatusCode.Unauthorized) Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Reads_are_open_without_a_key_but_a_wrong_key_is_refused()
    {
        var open = await api.CreateGraphQLClient(key: null).PostAsync("""{ entity(id: "country:CN") { name } }""");
        Assert.Null(open.Errors);

        var wrong = await api.CreateGraphQLClient(key: "gg_a-key-nobody-configured").PostAsync("""{ entity(id: "country:CN") { name } }""");
        wrong.AssertRefused(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task Writes_record_the_key_id_never_the_key()
    {
        var writer = api.CreateGraphQLClient(ApiTestKeys.Writer);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var data = await writer.DataAsync(Mutations["assertRelation"].Query(tag).Replace("changed", "relations { recordedBy }"));
        Assert.Equal("test-writer", data["assertRelation"]!["relations"]![0]!["recordedBy"]!.GetValue<string>());

        var id = await RelationToRetractAsync();
        var retracted = await api.CreateGraphQLClient(ApiTestKeys.Admin).DataAsync($$"""mutation { retractRelation(id: "{{id}}", reason: "audit") { retractedBy } }""");
        Assert.Equal("test-admin", retracted["retractRelation"]!["retractedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task With_RequireReadKey_every_request_needs_a_key()
    {
        using var app = api.WithWebHostBuilder(b => b.UseSetting("Auth:RequireReadKey", "true"));
        var anonymous = await new GraphQLClient(app.CreateClient()).PostAsync("{ __typename }");
        anonymous.AssertRefused(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");

        var reader = await new GraphQLClient(GeoGraphApiFactory.WithKey(app.CreateClient(), ApiTestKeys.Reader)).DataAsync("{ __typename }");
        Assert.Equal("Query", reader["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Over_GET_a_wrong_key_is_refused_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        request.Headers.TryAddWithoutValidation("X-Api-Key", "short");
        using var response = await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        (await GraphQLResponse.ReadAsync(response)).AssertRefused(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public void A_development_run_without_keys_makes_a_writer_key_and_shows_it_once()
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Seed:OnStartup", "false");
            b.UseSetting("Storage:Sqlite:Path", Path.Combine(Path.GetTempPath(), $"geograph-dev-key-{Guid.NewGuid():N}.db"));
        });
        var ring = app.Services.GetRequiredService<ApiKeyRing>();
        Assert.NotNull(ring.DevelopmentKey);
        Assert.Equal(Role.Writer, ring.Find(ring.DevelopmentKey!)!.Role);
        Assert.Equal(ApiKeyRing.DevelopmentKeyId, ring.Find(ring.DevelopmentKey!)!.Id);
    }

    [Fact]
    public void Outside_development_no_key_is_made_up()
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Seed:OnStartup", "false");
            b.UseSetting("Storage:Sqlite:Path", Path.Combine(Path.GetTempPath(), $"geograph-prod-key-{Guid.NewGuid():N}.db"));
        });
        var ring = app.Services.GetRequiredService<ApiKeyRing>();
        Assert.Null(ring.DevelopmentKey);
        Assert.True(ring.IsEmpty);
    }

    [Fact]
    public void A_malformed_key_configuration_stops_start_up_naming_the_entry()
    {
        using var app = api.WithWebHostBuilder(b =>
        {
            b.UseSetting("Auth:Keys:3:Id", "bad id!");
            b.UseSetting("Auth:Keys:3:Sha256", "abc");
            b.UseSetting("Auth:Keys:3:Role", "superuser");
        });
        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var message = e.ToString();
        Assert.Contains("Auth:Keys:3:Id", message);
        Assert.Contains("Auth:Keys:3:Sha256", message);
        Assert.Contains("Auth:Keys:3:Role must be reader, writer or admin", message);
    }
}
