using System.Security.Cryptography;
using GeoGraph.Core.Security;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Security;

/// <summary>An accepted key as the API holds it: never the key itself.</summary>
public sealed record KnownKey(string Id, byte[] Sha256, Role Role);

/// <summary>
/// The keys the API accepts: those configured, plus in Development, when none is configured, one
/// writer key generated at start-up and shown once in the log (so a newcomer's <c>dotnet run</c>
/// can still write). A presented key is hashed and compared with every known hash in constant
/// time, so timing tells nothing about which bytes matched.
/// </summary>
public sealed class ApiKeyRing
{
    public const string DevelopmentKeyId = "development";

    private readonly KnownKey[] _keys;

    public ApiKeyRing(IOptions<AuthOptions> options, IHostEnvironment environment, ILogger<ApiKeyRing> logger)
    {
        var configured = options.Value.Keys
            .Select(k => new KnownKey(k.Id!, Convert.FromHexString(k.Sha256!), ApiKeys.TryParseRole(k.Role, out var role) ? role : Role.Reader))
            .ToList();
        if (configured.Count == 0 && environment.IsDevelopment())
        {
            var key = ApiKeys.Generate();
            configured.Add(new KnownKey(DevelopmentKeyId, Convert.FromHexString(ApiKeys.Sha256Hex(key)), Role.Writer));
            DevelopmentKey = key;
            logger.LogWarning(
                "No API key is configured (Auth:Keys), so this Development run made a writer key, valid until it stops: {Key} " +
                "(send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'; make lasting keys with 'geograph keys new')", key);
        }
        _keys = configured.ToArray();
    }

    /// <summary>The key generated for this Development run, if one was.</summary>
    public string? DevelopmentKey { get; }

    public bool IsEmpty => _keys.Length == 0;

    /// <summary>The known key this is, or null. Every known hash is compared, whatever matches first.</summary>
    public KnownKey? Find(string presented)
    {
        var hash = Convert.FromHexString(ApiKeys.Sha256Hex(presented));
        KnownKey? found = null;
        foreach (var key in _keys)
            if (CryptographicOperations.FixedTimeEquals(hash, key.Sha256)) found ??= key;
        return found;
    }
}
