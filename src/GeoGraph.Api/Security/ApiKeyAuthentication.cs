using System.Security.Claims;
using System.Text.Encodings.Web;
using GeoGraph.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Security;

/// <summary>
/// Reads the caller's key from <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c>. No key
/// is no identity (reads stay open unless Auth:RequireReadKey); a malformed or unknown key is a
/// failure that <see cref="ApiAccess"/> answers with UNAUTHENTICATED, so a mistyped key is never
/// silently treated as no key. The identity's name is the key's id, its role claim the key's role.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyRing ring)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string KeyHeader = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var (presented, problem) = Presented(Request);
        if (problem is not null) return Task.FromResult(AuthenticateResult.Fail(problem));
        if (presented is null) return Task.FromResult(AuthenticateResult.NoResult());
        if (ring.Find(presented) is not { } key)
            return Task.FromResult(AuthenticateResult.Fail("the API key is not one this server accepts"));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, key.Id), new Claim(ClaimTypes.Role, key.Role.ToString())], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    private static (string? Key, string? Problem) Presented(HttpRequest request)
    {
        string? bearer = null;
        if (request.Headers.Authorization is { Count: > 0 } authorization)
        {
            var value = authorization.ToString();
            if (authorization.Count > 1 || !value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                return (null, "the Authorization header must be 'Bearer <key>'");
            bearer = value["Bearer ".Length..].Trim();
        }
        string? header = request.Headers.TryGetValue(KeyHeader, out var values) ? values.ToString().Trim() : null;
        if (bearer is not null && header is not null && bearer != header)
            return (null, $"the Authorization and {KeyHeader} headers name different keys; send one");
        var key = bearer ?? header;
        if (key is not null && !ApiKeys.IsPlausible(key))
            return (null, "the API key is malformed: keys are 16–256 printable ASCII characters (geograph keys new makes them)");
        return (key, null);
    }
}

public static class ApiRoles
{
    /// <summary>The caller's role: that of the key it presented, or none.</summary>
    public static Role? Of(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true } && user.FindFirst(ClaimTypes.Role)?.Value is { } role && ApiKeys.TryParseRole(role, out var parsed)
            ? parsed : null;
}
