using GeoGraph.Core.Security;

namespace GeoGraph.Api.Security;

/// <summary>
/// Configuration section "Auth": the API keys GeoGraph accepts, as SHA-256 hashes
/// (<c>Auth__Keys__0__Id</c>, <c>Auth__Keys__0__Sha256</c>, <c>Auth__Keys__0__Role</c>), and
/// whether reads need a key too.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public List<ApiKeyEntry> Keys { get; set; } = [];

    /// <summary>When true, every request needs a valid key (any role); by default queries are open.</summary>
    public bool RequireReadKey { get; set; }

    /// <summary>Every problem with the configured keys, for a start-up refusal that says what to fix.</summary>
    public IEnumerable<string> Problems()
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            var k = Keys[i];
            var at = $"{Section}:Keys:{i}";
            if (k.Id is null || !ApiKeys.IsValidId(k.Id)) yield return $"{at}:Id must be 1–64 of a–z, A–Z, 0–9, '.', '_', '-'";
            if (k.Sha256 is null || !ApiKeys.IsSha256Hex(k.Sha256)) yield return $"{at}:Sha256 must be the 64 hex digits of the key's SHA-256 (geograph keys new prints it)";
            if (!ApiKeys.TryParseRole(k.Role, out _)) yield return $"{at}:Role must be reader, writer or admin";
        }
        foreach (var id in Keys.Where(k => k.Id is not null).GroupBy(k => k.Id).Where(g => g.Count() > 1).Select(g => g.Key))
            yield return $"{Section}:Keys: the id '{id}' is used by more than one key";
    }
}

/// <summary>One accepted key: its id (recorded in audit fields), the SHA-256 of the key (hex), its role.</summary>
public sealed class ApiKeyEntry
{
    public string? Id { get; set; }
    public string? Sha256 { get; set; }
    public string? Role { get; set; }
}
