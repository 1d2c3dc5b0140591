using GeoGraph.Core.Security;

namespace GeoGraph.Testing;

/// <summary>
/// The API keys test servers accept, one per role, configured as production would be (ids and
/// SHA-256 hashes under Auth:Keys). Never used outside tests.
/// </summary>
public static class ApiTestKeys
{
    public const string Reader = "gg_test-reader-key-not-secret";
    public const string Writer = "gg_test-writer-key-not-secret";
    public const string Admin = "gg_test-admin-key-not-secret";

    public static readonly IReadOnlyList<(string Id, string Key, Role Role)> All =
    [
        ("test-reader", Reader, Role.Reader),
        ("test-writer", Writer, Role.Writer),
        ("test-admin", Admin, Role.Admin),
    ];

    /// <summary>Configuration entries (Auth:Keys:i:Id, …:Sha256, …:Role) for all three keys.</summary>
    public static IEnumerable<(string Key, string Value)> Settings() =>
        All.SelectMany((k, i) => new[]
        {
            ($"Auth:Keys:{i}:Id", k.Id),
            ($"Auth:Keys:{i}:Sha256", ApiKeys.Sha256Hex(k.Key)),
            ($"Auth:Keys:{i}:Role", k.Role.ToString().ToLowerInvariant()),
        });
}
