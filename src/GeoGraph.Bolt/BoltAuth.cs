namespace GeoGraph.Bolt;

/// <summary>An auth token: sent in HELLO on Bolt 5.0 and in LOGON from 5.1.</summary>
public sealed class BoltAuth
{
    private BoltAuth(IReadOnlyDictionary<string, object?> token) => Token = token;

    public IReadOnlyDictionary<string, object?> Token { get; }

    public static BoltAuth None { get; } = new(new Dictionary<string, object?> { ["scheme"] = "none" });

    public static BoltAuth Basic(string user, string password, string? realm = null)
    {
        var token = new Dictionary<string, object?> { ["scheme"] = "basic", ["principal"] = user, ["credentials"] = password };
        if (realm is not null) token["realm"] = realm;
        return new BoltAuth(token);
    }

    public static BoltAuth Bearer(string token) =>
        new(new Dictionary<string, object?> { ["scheme"] = "bearer", ["credentials"] = token });

    public override string ToString() => "auth " + Token["scheme"];
}
