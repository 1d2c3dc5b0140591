using GeoGraph.Core.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Security;

/// <summary>A request GeoGraph refuses before running it: the HTTP status, the code, and why.</summary>
public sealed record AccessRefusal(int Status, string Code, string Message);

/// <summary>
/// Who may send a request at all: a presented key must be valid, and with Auth:RequireReadKey
/// every request needs one. What each operation needs (a writer for ingestion, an admin to rewrite)
/// is checked per field by <see cref="RoleRequirementRule"/>.
/// </summary>
public static class ApiAccess
{
    public static async Task<AccessRefusal?> CheckAsync(HttpContext http)
    {
        // The handler's result is computed once per request (the authentication middleware already
        // asked for it and set User on success); a failure is only visible this way.
        if ((await http.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName)).Failure is { } failure)
            return Unauthenticated(http, failure.Message);
        if (http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.RequireReadKey && ApiRoles.Of(http.User) is null)
            return Unauthenticated(http, "this server needs an API key for every request: send 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'");
        return null;
    }

    private static AccessRefusal Unauthenticated(HttpContext http, string message)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return new AccessRefusal(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, message);
    }
}
