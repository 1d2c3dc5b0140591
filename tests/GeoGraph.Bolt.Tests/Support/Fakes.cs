using GeoGraph.Testing.Bolt;

namespace GeoGraph.Bolt.Tests.Support;

public static class Fakes
{
    /// <summary>Settings that keep failing tests fast.</summary>
    public static BoltDriverConfig Config(TimeProvider? clock = null) => new()
    {
        ConnectTimeout = TimeSpan.FromSeconds(5),
        ConnectionAcquisitionTimeout = TimeSpan.FromSeconds(5),
        RetryInitialDelay = TimeSpan.FromMilliseconds(10),
        TimeProvider = clock ?? TimeProvider.System,
    };

    public static BoltDriver Driver(FakeBoltServer server, BoltDriverConfig? config = null, string scheme = "bolt", BoltAuth? auth = null,
        string query = "") =>
        new(server.Uri(scheme, query), auth ?? BoltAuth.Basic("neo4j", "pass"), config ?? Config());

    public static BoltScript ReturnOne(this BoltScript script, (string, object?)[]? final = null, Action<ClientMessage>? checkRun = null) =>
        script.Query("RETURN 1 AS n", ["n"], [[1L]], final, checkRun);

    public static async Task<long> ReturnOneAsync(this BoltSession session)
    {
        var result = await session.RunAsync("RETURN 1 AS n");
        return (await result.SingleAsync()).Get<long>("n");
    }
}
