using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Hosting;

/// <summary>
/// What the API sends to browsers besides GraphQL: security headers on every response (a strict
/// Content-Security-Policy on pages), CORS on /graphql for the configured origins only, and
/// compressed responses.
/// </summary>
public static class WebSecurity
{
    public const string CorsPolicy = "graphql";

    /// <summary>
    /// Scripts only from the API itself, never inline; workers (the explorer's layout thread) only
    /// from its own script files; fetches only to it. Styles may be inline: GraphiQL and
    /// Cytoscape.js insert small &lt;style&gt; elements of their own.
    /// </summary>
    public static string ContentSecurityPolicy(EmbeddingOptions embedding) =>
        "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; " +
        "frame-ancestors " + string.Join(' ', embedding.FrameAncestors);

    /// <summary>Links to articles leave no trace of what an analyst was looking at.</summary>
    public const string ReferrerPolicy = "no-referrer";

    public static WebApplicationBuilder AddGeoGraphWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmbeddingOptions>()
            .Configure<IConfiguration>((o, configuration) =>
            {
                if (ConfigurationLists.Read(configuration, $"{EmbeddingOptions.Section}:FrameAncestors") is { } list) o.FrameAncestors = list;
            })
            .Validate(o => o.FrameAncestors.Count > 0 && o.FrameAncestors.All(IsFrameSource) && (o.FrameAncestors.Count == 1 || !o.FrameAncestors.Contains("'none'")),
                "Embedding:FrameAncestors takes 'self', 'none' or origins such as https://dash.example.com")
            .ValidateOnStart();
        builder.Services.AddOptions<CorsOriginsOptions>()
            .Configure<IConfiguration>((o, configuration) => o.Origins = ConfigurationLists.Read(configuration, $"{CorsOriginsOptions.Section}:Origins") ?? [])
            .Validate(o => o.Origins.All(ConfigurationLists.IsOrigin), "Cors:Origins takes origins such as https://dash.example.com (scheme, host, port; no path)")
            .ValidateOnStart();

        builder.Services.AddCors();
        builder.Services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<CorsOriginsOptions>>((cors, allowed) => cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(allowed.Value.Origins.ToArray())
                .WithMethods("GET", "POST")
                .AllowAnyHeader()
                .WithExposedHeaders("ETag")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        // GeoGraph's answers carry no secrets or cookies (nothing for BREACH to guess), so HTTPS
        // responses are compressed too.
        builder.Services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append(Http.GraphQLHttpEndpoint.GraphQLResponseJson);
        });
        return builder;
    }

    /// <summary>Compression, security headers and CORS, before static files and endpoints.</summary>
    public static WebApplication UseGeoGraphWeb(this WebApplication app)
    {
        app.UseResponseCompression();
        var csp = ContentSecurityPolicy(app.Services.GetRequiredService<IOptions<EmbeddingOptions>>().Value);
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = ReferrerPolicy;
                // Pages, and scripts too: a worker runs under the policy its own script is
                // served with (the explorer's layout thread), not its page's.
                if (http.Response.ContentType is { } type && (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
                    || type.StartsWith("text/javascript", StringComparison.OrdinalIgnoreCase)))
                    headers.ContentSecurityPolicy = csp;
                return Task.CompletedTask;
            });
            return next(http);
        });
        // Only /graphql is shared with other origins; with no origins configured, CORS stays off.
        if (app.Services.GetRequiredService<IOptions<CorsOriginsOptions>>().Value.Origins.Count > 0)
            app.UseWhen(http => http.Request.Path.Equals(Http.GraphQLHttpEndpoint.Path, StringComparison.OrdinalIgnoreCase),
                branch => branch.UseCors(CorsPolicy));
        return app;
    }

    private static bool IsFrameSource(string source) =>
        source is "'self'" or "'none'" || ConfigurationLists.IsOrigin(source) || source is "https:" or "http:";
}
