using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using GeoGraph.Api.Http;
using GeoGraph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests;

/// <summary>
/// What tools on other origins rely on: security headers on the pages, CORS on /graphql (off
/// unless configured), ETag/304 on GET answers, compression, and persisted queries by hash.
/// </summary>
public sealed class EmbeddingHttpTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    private const string Dashboard = "http://127.0.0.1:5999";
    private const string PakistanQuery = """{ entity(id: "country:PK") { name } }""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client(params (string Key, string Value)[] settings) =>
        settings.Length == 0 ? api.CreateClient() : api.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        }).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static HttpRequestMessage Html(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        return request;
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string PersistedGet(string hash, string? query = null) =>
        "/graphql?extensions=" + Uri.EscapeDataString($$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""")
        + (query is null ? "" : "&query=" + Uri.EscapeDataString(query));

    // ---- security headers ----

    [Theory]
    [InlineData("/explore")]
    [InlineData("/graphql")]
    [InlineData("/playground/index.html")]
    [InlineData("/explore/index.html")]
    public async Task Pages_send_a_strict_csp_nosniff_and_a_referrer_policy(string path)
    {
        if (path.EndsWith(".html", StringComparison.Ordinal) && !File.Exists(Path.Combine(SchemaSdlTests.RepoRoot(), "src", "GeoGraph.Api", "wwwroot", path.TrimStart('/'))))
            Assert.Skip($"{path} is not in wwwroot");
        using var response = await Client().SendAsync(Html(path), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("worker-src 'self';", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.EndsWith("frame-ancestors 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["no-referrer"], response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task The_explorer_layout_worker_runs_under_the_pages_policy()
    {
        // A worker is governed by the policy its script is served with, not by its page's.
        using var page = await Client().SendAsync(Html("/explore"), Ct);
        using var worker = await Client().GetAsync("/explore/layout-worker.js", Ct);

        Assert.Equal(HttpStatusCode.OK, worker.StatusCode);
        Assert.Equal("text/javascript", worker.Content.Headers.ContentType?.MediaType);
        Assert.Equal(page.Headers.GetValues("Content-Security-Policy"), worker.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(["nosniff"], worker.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task Frame_ancestors_come_from_configuration()
    {
        using var response = await Client(("Embedding:FrameAncestors", $"'self' {Dashboard}")).SendAsync(Html("/explore?embed=1"), Ct);

        Assert.EndsWith($"frame-ancestors 'self' {Dashboard}", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Json_answers_are_nosniff_without_a_page_csp()
    {
        using var response = await Client().GetAsync("/graphql?query=" + Uri.EscapeDataString(PakistanQuery), Ct);

        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }

    // ---- CORS ----

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private static HttpRequestMessage CrossOriginPost(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = PakistanQuery }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", origin);
        return request;
    }

    [Fact]
    public async Task Cors_is_off_by_default()
    {
        var http = Client();
        using var preflight = await http.SendAsync(Preflight(Dashboard), Ct);
        using var post = await http.SendAsync(CrossOriginPost(Dashboard), Ct);

        Assert.NotEqual(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(post.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_configured_origin_gets_its_preflight_answered_and_may_read_answers()
    {
        var http = Client(("Cors:Origins", $"{Dashboard}, http://localhost:6000"));
        using var preflight = await http.SendAsync(Preflight(Dashboard), Ct);
        using var post = await http.SendAsync(CrossOriginPost(Dashboard), Ct);

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal([Dashboard], preflight.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("POST", string.Join(",", preflight.Headers.GetValues("Access-Control-Allow-Methods")));
        Assert.Contains("content-type", string.Join(",", preflight.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal([Dashboard], post.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("ETag", string.Join(",", (await http.SendAsync(WithOrigin(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(PakistanQuery), Dashboard), Ct)).Headers.GetValues("Access-Control-Expose-Headers")));
    }

    private static HttpRequestMessage WithOrigin(HttpMethod method, string path, string origin)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", origin);
        return request;
    }

    [Fact]
    public async Task Another_origin_is_refused_when_cors_is_configured()
    {
        var http = Client(("Cors:Origins:0", Dashboard));
        using var preflight = await http.SendAsync(Preflight("http://127.0.0.1:6666"), Ct);
        using var post = await http.SendAsync(CrossOriginPost("http://127.0.0.1:6666"), Ct);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(post.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_covers_graphql_only()
    {
        using var response = await Client(("Cors:Origins", Dashboard)).SendAsync(WithOrigin(HttpMethod.Get, "/health/live", Dashboard), Ct);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    // ---- ETag / 304 ----

    [Fact]
    public async Task A_get_answer_carries_an_etag_and_if_none_match_gets_304()
    {
        var http = Client();
        var path = "/graphql?query=" + Uri.EscapeDataString(PakistanQuery);
        using var first = await http.GetAsync(path, Ct);
        var etag = first.Headers.ETag;

        Assert.NotNull(etag);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
        var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await http.SendAsync(again, Ct);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(etag, revalidated.Headers.ETag);

        var other = new HttpRequestMessage(HttpMethod.Get, path);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"", isWeak: true));
        using var changed = await http.SendAsync(other, Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        JsonAssert.Equal("""{ "data": { "entity": { "name": "Pakistan" } } }""", (await GraphQLResponse.ReadAsync(changed)).Body);
    }

    [Fact]
    public async Task Different_answers_have_different_etags_and_posts_have_none()
    {
        var http = Client();
        using var pk = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString(PakistanQuery), Ct);
        using var cn = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString("""{ entity(id: "country:CN") { name } }"""), Ct);
        using var post = await http.SendAsync(CrossOriginPost("http://localhost"), Ct);

        Assert.NotEqual(pk.Headers.ETag, cn.Headers.ETag);
        Assert.Null(post.Headers.ETag);
    }

    // ---- compression ----

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Answers_are_compressed_when_the_client_accepts_it(string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ relationTypes { type description phrase } }"));
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await Client().SendAsync(request, Ct);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        await using var compressed = await response.Content.ReadAsStreamAsync(Ct);
        await using Stream plain = encoding == "br" ? new BrotliStream(compressed, CompressionMode.Decompress) : new GZipStream(compressed, CompressionMode.Decompress);
        var text = await new StreamReader(plain).ReadToEndAsync(Ct);
        Assert.Contains("\"GIFTED\"", text);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task The_explorer_script_is_compressed_too()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/explore/explore.js");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await Client().SendAsync(request, Ct);

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }

    // ---- persisted queries (APQ) ----

    [Fact]
    public async Task A_hash_the_server_does_not_know_is_persisted_query_not_found_then_a_hit_once_sent()
    {
        var http = Client();
        var query = $$"""{ apq_{{Guid.NewGuid():N}}: entity(id: "country:PK") { name } }""";
        var hash = Sha256(query);

        using var miss = await http.GetAsync(PersistedGet(hash), Ct);
        var missAnswer = await GraphQLResponse.ReadAsync(miss);
        Assert.Equal(HttpStatusCode.OK, miss.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", missAnswer.ErrorCode);
        Assert.Equal("PersistedQueryNotFound", missAnswer.Errors![0]!["message"]!.GetValue<string>());
        Assert.True(miss.Headers.CacheControl?.NoStore);

        using var register = await http.GetAsync(PersistedGet(hash, query), Ct);
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);

        using var hit = await http.GetAsync(PersistedGet(hash), Ct);
        var answer = await GraphQLResponse.ReadAsync(hit);
        Assert.Null(answer.Errors);
        Assert.Equal("Pakistan", answer.Data!.AsObject().Single().Value!["name"]!.GetValue<string>());
        Assert.NotNull(hit.Headers.ETag);
    }

    [Fact]
    public async Task A_query_posted_with_its_hash_is_kept_for_gets()
    {
        var http = Client();
        var query = $$"""{ apq_{{Guid.NewGuid():N}}: entity(id: "country:CN") { name } }""";
        var hash = Sha256(query);
        var body = System.Text.Json.JsonSerializer.Serialize(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });

        using var post = await http.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        Assert.Null((await GraphQLResponse.ReadAsync(post)).Errors);

        var hashOnly = System.Text.Json.JsonSerializer.Serialize(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });
        using var byPost = await http.PostAsync("/graphql", new StringContent(hashOnly, Encoding.UTF8, "application/json"), Ct);
        using var byGet = await http.GetAsync(PersistedGet(hash), Ct);
        Assert.Equal("China", (await GraphQLResponse.ReadAsync(byPost)).Data!.AsObject().Single().Value!["name"]!.GetValue<string>());
        Assert.Equal("China", (await GraphQLResponse.ReadAsync(byGet)).Data!.AsObject().Single().Value!["name"]!.GetValue<string>());
        Assert.True(api.Services.GetRequiredService<PersistedQueries>().Count > 0);
    }

    [Fact]
    public async Task A_hash_that_is_not_the_query_s_is_refused_and_not_kept()
    {
        var http = Client();
        var hash = Sha256("{ something else }");

        using var wrong = await http.GetAsync(PersistedGet(hash, PakistanQuery), Ct);
        (await GraphQLResponse.ReadAsync(wrong)).AssertRefused(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        using var after = await http.GetAsync(PersistedGet(hash), Ct);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await GraphQLResponse.ReadAsync(after)).ErrorCode);
    }

    [Fact]
    public async Task A_persisted_mutation_is_still_refused_over_get()
    {
        var http = Client();
        var mutation = """mutation { upsertEntity(input: { id: "person:apq-mutant", name: "APQ Mutant" }) { created } }""";
        var hash = Sha256(mutation);

        using var response = await http.GetAsync(PersistedGet(hash, mutation), Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
