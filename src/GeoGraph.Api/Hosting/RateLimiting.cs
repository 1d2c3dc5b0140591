using System.Globalization;
using System.Threading.RateLimiting;
using GeoGraph.Api.Http;
using GeoGraph.Api.Security;
using GeoGraph.Core.Errors;
using GraphQL;
using Microsoft.AspNetCore.RateLimiting;

namespace GeoGraph.Api.Hosting;

/// <summary>
/// Configuration section "RateLimiting": requests to /graphql per second, per API key (else per
/// client address). Off unless <see cref="PermitsPerSecond"/> is set.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Sustained requests per second each caller may send; null (the default) turns limiting off.</summary>
    public int? PermitsPerSecond { get; set; }

    /// <summary>Requests a caller may send at once after a quiet spell; default twice the rate.</summary>
    public int? Burst { get; set; }
}

/// <summary>
/// ASP.NET's rate limiter on /graphql: a token bucket per caller — the key's id when a valid key
/// was sent (so one busy tool cannot starve another behind the same proxy), else the client
/// address. A refusal is 429 with Retry-After and the usual error body (RATE_LIMITED).
/// </summary>
public static class RateLimiting
{
    public static WebApplicationBuilder AddGeoGraphRateLimiting(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new();
        if (options.PermitsPerSecond is not { } rate) return builder;
        if (rate < 1 || options.Burst is < 1)
            throw new InvalidOperationException($"{RateLimitingOptions.Section}:PermitsPerSecond and :Burst must be 1 or more");
        var burst = options.Burst ?? 2 * rate;
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                !http.Request.Path.StartsWithSegments(GraphQLHttpEndpoint.Path) ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetTokenBucketLimiter(Caller(http), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = rate,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            limiter.OnRejected = async (context, ct) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 1;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await GraphQLHttpEndpoint.WriteRequestErrorAsync(context.HttpContext, context.HttpContext.RequestServices.GetRequiredService<IGraphQLTextSerializer>(),
                    StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
                    $"too many requests: at most {rate} a second ({burst} at once) per caller; retry after {seconds} s");
            };
        });
        return builder;
    }

    public static WebApplication UseGeoGraphRateLimiting(this WebApplication app)
    {
        if (app.Services.GetService<Microsoft.Extensions.Options.IOptions<RateLimiterOptions>>() is { Value.GlobalLimiter: not null })
            app.UseRateLimiter();
        return app;
    }

    private static string Caller(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { } id } && ApiRoles.Of(http.User) is not null ? "key:" + id
        : "address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
