using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Security;

public static class AuthHosting
{
    /// <summary>API keys (configuration section "Auth"), checked at start-up: a bad entry stops the API saying which.</summary>
    public static WebApplicationBuilder AddGeoGraphAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidation>();
        builder.Services.AddSingleton<ApiKeyRing>();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        return builder;
    }

    /// <summary>Authenticates every request; the key ring is built now, so a Development key is shown at start-up.</summary>
    public static WebApplication UseGeoGraphAuth(this WebApplication app)
    {
        app.Services.GetRequiredService<ApiKeyRing>();
        app.UseAuthentication();
        return app;
    }

    private sealed class AuthOptionsValidation : IValidateOptions<AuthOptions>
    {
        public ValidateOptionsResult Validate(string? name, AuthOptions options) =>
            options.Problems().ToArray() is { Length: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
