using System.Globalization;
using GeoGraph.Api.Http;
using GeoGraph.Core.Errors;
using GraphQL;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Hosting;

/// <summary>How long a request's URL (path and query string) may be. Section <c>Limits</c>.</summary>
public sealed class UrlLimitOptions
{
    public const string Section = "Limits";

    /// <summary>
    /// Characters of path and query string. Default 8,192, the limit most proxies and CDNs put on
    /// a request line; longer GraphQL documents belong in a POST body (1 MiB).
    /// </summary>
    public int MaxUrlLength { get; set; } = 8 * 1024;
}

/// <summary>
/// Every refusal says why, in the same JSON shape as a GraphQL error: responses that routing or
/// the server would send with an empty body (404 for an unknown path, 405 for a method an endpoint
/// does not take, 414 for an over-long URL) get <c>{"errors":[{"message", "extensions":{"code"}}]}</c>.
/// </summary>
public static class ErrorBodies
{
    /// <summary>
    /// Kestrel refuses a request line beyond its own limit before any middleware runs, with an
    /// empty 414 that nothing can reword. It is set to four times <see cref="UrlLimitOptions.MaxUrlLength"/>
    /// (at least Kestrel's default), so a URL up to that size reaches <see cref="UseErrorBodies"/>
    /// and is refused with a body; only a request line larger still gets the server's bare 414.
    /// </summary>
    public static WebApplicationBuilder AddErrorBodies(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<UrlLimitOptions>().Bind(builder.Configuration.GetSection(UrlLimitOptions.Section))
            .Validate(o => o.MaxUrlLength is >= 256 and <= 1024 * 1024, $"{UrlLimitOptions.Section}:MaxUrlLength must be between 256 and 1048576 characters")
            .ValidateOnStart();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<UrlLimitOptions>>((kestrel, urls) =>
            kestrel.Limits.MaxRequestLineSize = Math.Max(kestrel.Limits.MaxRequestLineSize, 4 * urls.Value.MaxUrlLength + 64));
        return builder;
    }

    /// <summary>Before everything that may answer a request, so its empty refusals are given a body.</summary>
    public static WebApplication UseErrorBodies(this WebApplication app)
    {
        var maxUrlLength = app.Services.GetRequiredService<IOptions<UrlLimitOptions>>().Value.MaxUrlLength;
        app.UseStatusCodePages(context => WriteAsync(context.HttpContext));
        app.Use((http, next) =>
        {
            var length = http.Request.Path.Value?.Length + http.Request.QueryString.Value?.Length ?? 0;
            if (length <= maxUrlLength) return next(http);
            return Write(http, StatusCodes.Status414RequestUriTooLong, ErrorCodes.RequestTooLarge, string.Create(CultureInfo.InvariantCulture,
                $"the URL is {length} characters, more than {maxUrlLength}: send the GraphQL document in a POST body (up to 1 MiB) or by hash (persisted query)"));
        });
        return app;
    }

    private static Task WriteAsync(HttpContext http)
    {
        var request = http.Request;
        var status = http.Response.StatusCode;
        return status switch
        {
            StatusCodes.Status404NotFound => Write(http, status, ErrorCodes.NotFound,
                $"nothing at {request.Path}: GraphQL is at {GraphQLHttpEndpoint.Path}, the graph explorer at {Explorer.Path}"),
            StatusCodes.Status405MethodNotAllowed => Write(http, status, ErrorCodes.MethodNotAllowed,
                $"{request.Path} does not take {request.Method}" + (http.Response.Headers.Allow is { Count: > 0 } allow ? $"; it takes {allow}" : "")),
            _ => Write(http, status, status < 500 ? ErrorCodes.ValidationFailed : ErrorCodes.InternalServerError,
                Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)),
        };
    }

    private static Task Write(HttpContext http, int status, string code, string message) =>
        GraphQLHttpEndpoint.WriteRequestErrorAsync(http, http.RequestServices.GetRequiredService<IGraphQLTextSerializer>(), status, code, message);
}
