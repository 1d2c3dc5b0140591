using System.Text;
using System.Threading.Channels;
using GeoGraph.Api.Changes;
using GeoGraph.Api.GraphQL;
using GeoGraph.Api.GraphQL.Execution;
using GeoGraph.Core.Errors;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http.Features;

namespace GeoGraph.Api.Http;

/// <summary>
/// GraphQL over Server-Sent Events, the graphql-sse protocol's distinct connections mode: a
/// request that accepts text/event-stream gets its results as <c>event: next</c> with
/// <c>data: {ExecutionResult}</c>, then <c>event: complete</c>. Errors found before execution are
/// sent as a next event too (a 4xx would leave an EventSource with nothing to show). A
/// subscription streams until the client disconnects or the server stops; comments keep an idle
/// connection open through proxies.
/// </summary>
public static class GraphQLEventStream
{
    public const string MediaType = "text/event-stream";

    public static bool Accepts(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.Quality is not 0 && a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));

    public static async Task ExecuteAsync(HttpContext http, IGraphQLTextSerializer serializer, IDocumentExecuter<GeoGraphSchema> executer,
        GraphQLRequest request, OperationType? operation)
    {
        var feed = http.RequestServices.GetRequiredService<ChangeFeed>();
        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        var ct = stop.Token;

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no"; // nginx: do not hold events back
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var writer = new EventWriter(http.Response, serializer);
        IDisposable? lease = null;
        try
        {
            await writer.CommentAsync("", ct); // sends the headers now
            if (operation == OperationType.Subscription)
            {
                try
                {
                    lease = feed.OpenStream();
                }
                catch (GeoGraphException refusal)
                {
                    await writer.NextAsync(new ExecutionResult { Errors = [new GeoGraphExecutionError(refusal)], Executed = false }, ct);
                    await writer.CompleteAsync(ct);
                    return;
                }
            }
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = ct,
            });
            if (result.Streams is { Count: > 0 } streams)
                await StreamAsync(writer, streams.Values.Single(), http.RequestServices.GetRequiredService<StreamDelivery>(), feed.Options.KeepAliveInterval, ct);
            else
                await writer.NextAsync(result, ct);
            await writer.CompleteAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client disconnected (it resumes from its last cursor) or the server is stopping.
        }
        finally
        {
            lease?.Dispose();
        }
    }

    /// <summary>Sends each event of the stream as it comes, a comment when none came for a while; ends when the stream does.</summary>
    private static async Task StreamAsync(EventWriter writer, IObservable<ExecutionResult> stream, StreamDelivery delivery, TimeSpan keepAlive, CancellationToken ct)
    {
        var events = Channel.CreateUnbounded<Notification>(new UnboundedChannelOptions { SingleReader = true });
        using var subscription = stream.Subscribe(new ChannelObserver(events.Writer));
        var more = events.Reader.WaitToReadAsync(ct).AsTask();
        while (true)
        {
            if (await Task.WhenAny(more, Task.Delay(keepAlive, ct)) != more)
            {
                ct.ThrowIfCancellationRequested();
                await writer.CommentAsync("keep-alive", ct);
                continue;
            }
            if (!await more) return;
            while (events.Reader.TryRead(out var notification))
            {
                if (notification.Error is { } error)
                {
                    await writer.NextAsync(new ExecutionResult { Errors = [error as ExecutionError ?? new ExecutionError(error.Message, error)] }, ct);
                    return;
                }
                await writer.NextAsync(notification.Result!, ct);
                delivery.Sent();
            }
            more = events.Reader.WaitToReadAsync(ct).AsTask();
        }
    }

    private readonly record struct Notification(ExecutionResult? Result, Exception? Error);

    private sealed class ChannelObserver(ChannelWriter<Notification> events) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => events.TryWrite(new Notification(value, null));

        public void OnError(Exception error)
        {
            events.TryWrite(new Notification(null, error));
            events.TryComplete();
        }

        public void OnCompleted() => events.TryComplete();
    }

    /// <summary>Writes SSE fields and flushes each event, so it leaves at once.</summary>
    private sealed class EventWriter(HttpResponse response, IGraphQLTextSerializer serializer)
    {
        public Task NextAsync(ExecutionResult result, CancellationToken ct)
        {
            var data = new StringBuilder("event: next\n");
            // Compact JSON has no line breaks; should one appear, each line is its own data field.
            foreach (var line in serializer.Serialize(result).Split('\n')) data.Append("data: ").Append(line).Append('\n');
            return WriteAsync(data.Append('\n').ToString(), ct);
        }

        public Task CompleteAsync(CancellationToken ct) => WriteAsync("event: complete\ndata:\n\n", ct);

        public Task CommentAsync(string text, CancellationToken ct) => WriteAsync($":{(text.Length > 0 ? " " + text : "")}\n\n", ct);

        private async Task WriteAsync(string text, CancellationToken ct)
        {
            await response.WriteAsync(text, Encoding.UTF8, ct);
            await response.Body.FlushAsync(ct);
        }
    }
}
