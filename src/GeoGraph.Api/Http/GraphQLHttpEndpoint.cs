using System.Net.Mime;
using GeoGraph.Api.GraphQL;
using GeoGraph.Api.GraphQL.Execution;
using GeoGraph.Api.Security;
using GeoGraph.Core.Errors;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Net.Http.Headers;

namespace GeoGraph.Api.Http;

/// <summary>
/// GraphQL over HTTP (graphql.github.io/graphql-over-http): POST for everything, GET for
/// queries only; application/graphql-response+json when the client accepts it (with the spec's
/// status codes), application/json otherwise; text/event-stream when the client accepts it
/// (<see cref="GraphQLEventStream"/>), the only way subscriptions are served. A browser's GET without a query gets the playground.
/// Requests may name their query by hash (<see cref="PersistedQueries"/>); GET answers carry an
/// ETag and a matching If-None-Match gets 304.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";
    public const long MaxRequestBytes = 1024 * 1024;
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandlePostAsync);
        app.MapGet(Path, HandleGetAsync);
        return app;
    }

    private static async Task HandlePostAsync(HttpContext http, IGraphQLTextSerializer serializer, IDocumentExecuter<GeoGraphSchema> executer, PersistedQueries persisted, DocumentCache documents)
    {
        if (!await AdmitAsync(http, serializer)) return;
        if (http.Request.ContentLength > MaxRequestBytes)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
                $"request body exceeds {MaxRequestBytes:N0} bytes");
            return;
        }
        if (!IsJson(http.Request.ContentType))
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.ValidationFailed,
                "POST /graphql takes Content-Type: application/json (UTF-8)");
            return;
        }
        if (!AcceptsAnAnswer(http.Request) && !GraphQLEventStream.Accepts(http.Request))
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status406NotAcceptable, ErrorCodes.ValidationFailed,
                $"answers are {GraphQLResponseJson}, application/json or {GraphQLEventStream.MediaType}; the Accept header allows none");
            return;
        }
        var body = await ReadLimitedAsync(http.Request.BodyReader, http.RequestAborted);
        if (body is null)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
                $"request body exceeds {MaxRequestBytes:N0} bytes");
            return;
        }
        GraphQLRequest? request;
        try
        {
            // Invalid bytes are refused rather than replaced: a changed text would hash to another article.
            if (!System.Text.Unicode.Utf8.IsValid(body.Value.Span))
            {
                await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed,
                    "the body is not valid UTF-8");
                return;
            }
            // Parsed straight from the bytes read: no decoded copy of the body as a string.
            using var bytes = new MemoryStream(body.Value.Array, 0, body.Value.Length, writable: false);
            request = await serializer.ReadAsync<GraphQLRequest>(bytes, http.RequestAborted);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed,
                "the body is not a GraphQL request: expected JSON {\"query\": …, \"variables\": …, \"operationName\": …}");
            return;
        }
        finally
        {
            body.Value.Dispose();
        }
        if (request is null || request.Query is not { Length: > 0 } && request.Extensions?.ContainsKey("persistedQuery") != true)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed, "the request has no query");
            return;
        }
        if (!await ResolvePersistedAsync(http, serializer, persisted, request)) return;
        await ExecuteAsync(http, serializer, executer, documents, request);
    }

    /// <summary>Refuses a request whose key is wrong, or that has none when every request needs one (<see cref="ApiAccess"/>).</summary>
    private static async Task<bool> AdmitAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        if (await ApiAccess.CheckAsync(http) is not { } refusal) return true;
        await WriteRequestErrorAsync(http, serializer, refusal.Status, refusal.Code, refusal.Message);
        return false;
    }

    /// <summary>Puts the persisted query into the request, or answers the refusal and returns false.</summary>
    private static async Task<bool> ResolvePersistedAsync(HttpContext http, IGraphQLTextSerializer serializer, PersistedQueries persisted, GraphQLRequest request)
    {
        var resolution = persisted.Resolve(request.Query, request.Extensions);
        if (resolution.ErrorCode is { } code)
        {
            // A miss must not be cached: the same URL answers once the client has sent the query.
            http.Response.Headers.CacheControl = "no-store";
            var status = code == PersistedQueries.NotFoundCode && !AcceptsGraphQLResponse(http.Request) ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
            await WriteRequestErrorAsync(http, serializer, status, code, resolution.ErrorMessage!);
            return false;
        }
        request.Query = resolution.Query;
        return true;
    }

    private static async Task HandleGetAsync(HttpContext http, IGraphQLTextSerializer serializer, IDocumentExecuter<GeoGraphSchema> executer, IWebHostEnvironment env, PersistedQueries persisted, DocumentCache documents)
    {
        var query = http.Request.Query["query"].ToString();
        var extensionsJson = http.Request.Query["extensions"].ToString();
        if (query.Length == 0 && extensionsJson.Length == 0)
        {
            if (AcceptsHtml(http.Request))
            {
                await Playground.WriteAsync(http, env);
                return;
            }
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed,
                "GET /graphql needs a 'query' parameter");
            return;
        }
        if (!await AdmitAsync(http, serializer)) return;
        if (query.Length + extensionsJson.Length > MaxRequestBytes)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, "query too large");
            return;
        }
        var operationName = http.Request.Query["operationName"].ToString() is { Length: > 0 } op ? op : null;
        if (!AcceptsAnAnswer(http.Request) && !GraphQLEventStream.Accepts(http.Request))
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status406NotAcceptable, ErrorCodes.ValidationFailed,
                $"answers are {GraphQLResponseJson}, application/json or {GraphQLEventStream.MediaType}; the Accept header allows none");
            return;
        }
        Inputs? extensions = null;
        if (extensionsJson.Length > 0)
        {
            try
            {
                extensions = serializer.Deserialize<Inputs>(extensionsJson);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
            {
                await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed, "'extensions' is not a JSON object");
                return;
            }
        }
        var request = new GraphQLRequest { Query = query.Length > 0 ? query : null, OperationName = operationName, Extensions = extensions };
        if (!await ResolvePersistedAsync(http, serializer, persisted, request)) return;
        query = request.Query!;
        if (OperationOf(documents, query, operationName) == OperationType.Mutation)
        {
            http.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status405MethodNotAllowed, ErrorCodes.ValidationFailed,
                "mutations are only accepted over POST");
            return;
        }
        Inputs? variables = null;
        if (http.Request.Query["variables"].ToString() is { Length: > 0 } json)
        {
            try
            {
                variables = serializer.Deserialize<Inputs>(json);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
            {
                await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed, "'variables' is not a JSON object");
                return;
            }
        }
        request.Variables = variables;
        await ExecuteAsync(http, serializer, executer, documents, request);
    }

    private static async Task ExecuteAsync(HttpContext http, IGraphQLTextSerializer serializer, IDocumentExecuter<GeoGraphSchema> executer, DocumentCache documents, GraphQLRequest request)
    {
        var operation = OperationOf(documents, request.Query!, request.OperationName);
        if (GraphQLEventStream.Accepts(http.Request))
        {
            await GraphQLEventStream.ExecuteAsync(http, serializer, executer, request, operation);
            return;
        }
        if (operation == OperationType.Subscription)
        {
            http.Response.Headers.CacheControl = "no-store";
            await WriteRequestErrorAsync(http, serializer, AcceptsGraphQLResponse(http.Request) ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
                ErrorCodes.SubscriptionNeedsEventStream,
                $"subscriptions stream over Server-Sent Events: send the same request with 'Accept: {GraphQLEventStream.MediaType}' "
                + "(the graphql-sse protocol, distinct connections mode), or page the changes query instead");
            return;
        }
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });
        var graphQLResponse = AcceptsGraphQLResponse(http.Request);
        // graphql-response+json: a request that never executed (parse or validation failure) is a 400,
        // or a 401/403 when what stopped it was the caller's key.
        http.Response.StatusCode = !graphQLResponse || result.Executed ? StatusCodes.Status200OK
            : result.Errors is [AccessDeniedError denied, ..] && result.Errors.All(e => e is AccessDeniedError) ? denied.Status
            : StatusCodes.Status400BadRequest;
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
        http.Response.ContentType = (graphQLResponse ? GraphQLResponseJson : MediaTypeNames.Application.Json) + "; charset=utf-8";
        if (HttpMethods.IsGet(http.Request.Method) && http.Response.StatusCode == StatusCodes.Status200OK)
        {
            await HttpCaching.WriteWithETagAsync(http, stream => serializer.WriteAsync(stream, result, http.RequestAborted));
            return;
        }
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>An error before execution: the same JSON shape as any GraphQL error.</summary>
    public static async Task WriteRequestErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = (AcceptsGraphQLResponse(http.Request) ? GraphQLResponseJson : MediaTypeNames.Application.Json) + "; charset=utf-8";
        var error = new GeoGraphExecutionError(new GeoGraphException(code, message, []));
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error], Executed = false }, http.RequestAborted);
    }

    /// <summary>Reads at most <see cref="MaxRequestBytes"/> into a pooled buffer; null when the body is longer.</summary>
    private static async Task<PooledBytes?> ReadLimitedAsync(System.IO.Pipelines.PipeReader body, CancellationToken ct)
    {
        while (true)
        {
            var read = await body.ReadAsync(ct);
            var buffer = read.Buffer;
            if (buffer.Length > MaxRequestBytes)
            {
                body.AdvanceTo(buffer.Start, buffer.End);
                return null;
            }
            if (read.IsCompleted || read.IsCanceled)
            {
                var bytes = new PooledBytes((int)buffer.Length);
                System.Buffers.BuffersExtensions.CopyTo(buffer, bytes.Array.AsSpan(0, bytes.Length));
                body.AdvanceTo(buffer.End);
                return bytes;
            }
            body.AdvanceTo(buffer.Start, buffer.End); // nothing consumed: wait for the rest
        }
    }

    /// <summary>A request body in an array rented from the shared pool, returned on dispose.</summary>
    private readonly struct PooledBytes(int length) : IDisposable
    {
        public byte[] Array { get; } = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        public int Length { get; } = length;
        public ReadOnlySpan<byte> Span => Array.AsSpan(0, Length);
        public void Dispose() => System.Buffers.ArrayPool<byte>.Shared.Return(Array);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Equals("application/graphql+json", StringComparison.OrdinalIgnoreCase))
        && (media.Charset.Length == 0 || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || media.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));

    /// <summary>No Accept header, or one that allows either JSON answer (wildcards included, q=0 refuses).</summary>
    private static bool AcceptsAnAnswer(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Count == 0 || Quality(request, GraphQLResponseJson) > 0 || Quality(request, MediaTypeNames.Application.Json) > 0;

    /// <summary>
    /// Whether to answer application/graphql-response+json: the client ranks it at least as high as
    /// application/json (the spec's preferred type wins a tie), and not at q=0.
    /// </summary>
    private static bool AcceptsGraphQLResponse(HttpRequest request)
    {
        var preferred = Quality(request, GraphQLResponseJson);
        return preferred > 0 && preferred >= Quality(request, MediaTypeNames.Application.Json)
            && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The q-value the Accept header gives a media type: from its most specific matching range
    /// (type/subtype, then type/*, then */*), as RFC 9110 §12.5.1 says; 0 when none matches.
    /// </summary>
    private static double Quality(HttpRequest request, string mediaType)
    {
        var slash = mediaType.IndexOf('/');
        var (type, subtype) = (mediaType[..slash], mediaType[(slash + 1)..]);
        var best = (specificity: -1, quality: 0.0);
        foreach (var range in request.GetTypedHeaders().Accept)
        {
            var specificity = range.MatchesAllTypes ? 0
                : !range.Type.Equals(type, StringComparison.OrdinalIgnoreCase) ? -1
                : range.MatchesAllSubTypes ? 1
                : range.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
            if (specificity > best.specificity) best = (specificity, range.Quality ?? 1.0);
        }
        return best.quality;
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The type of the operation the request runs; null when the query does not parse or names no such
    /// operation (execution reports it). A query seen before is not parsed again: its cached document says.
    /// </summary>
    private static OperationType? OperationOf(DocumentCache documents, string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = documents.Find(query) ?? GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return null; // execution reports the syntax error, or refuses the nesting
        }
        GraphQLOperationDefinition? chosen = null;
        foreach (var definition in document.Definitions)
            if (definition is GraphQLOperationDefinition operation && (operationName is null ? chosen is null : operation.Name?.StringValue == operationName))
                chosen ??= operation;
        return chosen?.Operation;
    }
}
