using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using GeoGraph.Api.GraphQL;
using GeoGraph.Storage.Benchmarks;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Benchmarks;

/// <summary>
/// One GraphQL request through the API on the synthetic graph of <see cref="SyntheticStore"/>
/// (20,000 nodes, 100,000 relations): over the whole ASP.NET pipeline (in-memory TestServer, so no
/// sockets), and in its parts — reading the request body, executing the parsed and cached document,
/// serialising the answer. The HTTP queries are those of the load mix (bench/run.sh).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 8)]
public class RequestPipelineBenchmarks
{
    public const string EntityQuery =
        "query Entity($id: ID!) { entity(id: $id) { id kind name } relations(where: {involves: $id}, first: 20) { edges { node { id type "
        + "subject { id kind name } object { id kind name } validFrom validTo confidence citations { quote start end stance article { id title publisher publishedAt } } } } } }";

    private SyntheticStore _fixture = null!;
    private WebApplicationFactory<Program> _api = null!;
    private HttpClient _client = null!;
    private byte[] _entityBody = [], _relationsBody = [], _searchBody = [];
    private IGraphQLTextSerializer _serializer = null!;
    private IDocumentExecuter<GeoGraphSchema> _executer = null!;
    private GraphQLRequest _entityRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = SyntheticStore.OpenCopy();
        var path = _fixture.Path;
        _fixture.Store.Dispose();
        _api = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Storage:Sqlite:Path", path);
            b.UseSetting("Seed:OnStartup", "false");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        _client = _api.CreateClient();
        _entityBody = Body(EntityQuery, """{"id":"country:CN"}""");
        _relationsBody = Body(
            "query R($id: ID!) { relations(where: {type: \"ASSERTS\", involves: $id, validAt: \"2020-06-15\"}, first: 50) { edges { node { id type subject { id name } object { id name } } } } }",
            """{"id":"country:US"}""");
        _searchBody = Body("query S($s: String) { entities(search: $s, first: 20) { edges { node { id kind name } } } }", """{"s":"bdu"}""");
        _serializer = _api.Services.GetRequiredService<IGraphQLTextSerializer>();
        _executer = _api.Services.GetRequiredService<IDocumentExecuter<GeoGraphSchema>>();
        _entityRequest = _serializer.Deserialize<GraphQLRequest>(Encoding.UTF8.GetString(_entityBody))!;
        var answer = Post(_entityBody).GetAwaiter().GetResult();
        if (answer.Length < 1000 || Encoding.UTF8.GetString(answer).Contains("\"errors\"", StringComparison.Ordinal))
            throw new InvalidOperationException("the entity query failed: " + Encoding.UTF8.GetString(answer));
        Console.WriteLine($"// entity answer: {answer.Length:N0} bytes");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _api.Dispose();
        _fixture.Dispose();
    }

    private static byte[] Body(string query, string variablesJson) =>
        Encoding.UTF8.GetBytes($"{{\"query\":{System.Text.Json.JsonSerializer.Serialize(query)},\"variables\":{variablesJson}}}");

    private async Task<byte[]> Post(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync("/graphql", content);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Benchmark(Baseline = true, Description = "HTTP: entity + 20 cited relations")]
    public Task<byte[]> Http_entity_with_20_cited_relations() => Post(_entityBody);

    [Benchmark(Description = "HTTP: relations(type, involves, validAt, first: 50)")]
    public Task<byte[]> Http_relations_type_involves_validAt() => Post(_relationsBody);

    [Benchmark(Description = "HTTP: entities(search: contains)")]
    public Task<byte[]> Http_entities_search_contains() => Post(_searchBody);

    [Benchmark(Description = "parse: request body → GraphQLRequest")]
    public async Task<GraphQLRequest?> Parse_request_body()
    {
        using var stream = new MemoryStream(_entityBody, writable: false);
        return await _serializer.ReadAsync<GraphQLRequest>(stream);
    }

    [Benchmark(Description = "execute + serialise: entity + 20 cited relations (no HTTP)")]
    public async Task<long> Execute_and_serialise_entity()
    {
        using var scope = _api.Services.CreateScope();
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Query = _entityRequest.Query,
            Variables = _entityRequest.Variables,
            RequestServices = scope.ServiceProvider,
        });
        var sink = new CountingStream();
        await _serializer.WriteAsync(sink, result);
        return sink.Length;
    }

    /// <summary>Counts what is written and keeps none of it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
