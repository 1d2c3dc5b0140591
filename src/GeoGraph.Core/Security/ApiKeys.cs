using System.Security.Cryptography;
using System.Text;

namespace GeoGraph.Core.Security;

/// <summary>What a key may do; each role includes the ones before it.</summary>
public enum Role
{
    /// <summary>Queries (open to anyone unless Auth:RequireReadKey).</summary>
    Reader = 1,

    /// <summary>Adds knowledge: ingestArticle, assertRelation.</summary>
    Writer = 2,

    /// <summary>Rewrites the record: retractRelation, upsertEntity (replaces a name, aliases and description).</summary>
    Admin = 3,
}

/// <summary>
/// API keys: a key is shown once and never stored; GeoGraph keeps its SHA-256 (hex), its id (what
/// audit fields record) and its role. The CLI's <c>geograph keys new</c> and the API share these rules.
/// </summary>
public static class ApiKeys
{
    /// <summary>Keys start with this, so a leaked one is recognisable (and secret scanners can match it).</summary>
    public const string Prefix = "gg_";

    /// <summary>A new key: the prefix and 32 random bytes, base64url (256 bits of entropy).</summary>
    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Lowercase hex of the SHA-256 of the key's UTF-8 bytes.</summary>
    public static string Sha256Hex(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>What a presented key may look like before it is hashed: printable ASCII, bounded.</summary>
    public static bool IsPlausible(string key) => key.Length is >= 16 and <= 256 && key.All(c => c is > ' ' and < '\u007f');

    /// <summary>A key id: 1–64 of a–z, A–Z, 0–9, '.', '_', '-' (it appears in audit fields and logs).</summary>
    public static bool IsValidId(string id) => id.Length is >= 1 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    public static bool IsSha256Hex(string hash) => hash.Length == 64 && hash.All(char.IsAsciiHexDigit);

    public static bool TryParseRole(string? text, out Role role) =>
        Enum.TryParse(text, ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(text, out _);
}
