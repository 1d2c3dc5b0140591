using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Testing.Bolt;

namespace GeoGraph.Bolt.Tests.Connection;

public class QueryRunnerTests
{
    private const string NameQuery = "MATCH (c:Country {id: $id}) RETURN c.name AS name";

    /// <summary>Written once against the runner: the caller decides between auto-commit and a transaction.</summary>
    private static async Task<string> CountryNameAsync(IBoltQueryRunner runner, string id, CancellationToken cancellationToken = default)
    {
        var result = await runner.RunAsync(NameQuery, new Dictionary<string, object?> { ["id"] = id }, cancellationToken);
        return (await result.SingleAsync(cancellationToken)).Get<string>("name");
    }

    [Fact]
    public async Task One_helper_runs_over_a_session_and_over_a_transaction()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().StrictReset()
            // auto-commit: RUN carries the session's database (and bookmarks) in its extra
            .Expect("RUN", m =>
            {
                Assert.Equal(NameQuery, m.Fields[0]);
                Assert.Equal("country:CN", m.Map(1)["id"]);
                Assert.Equal("geo", m.Map(2)["db"]);
            })
            .Expect("PULL")
            .Success(("fields", new[] { "name" })).Record("China").Success(("bookmark", "bm:1"))
            // explicit transaction: BEGIN carries them, RUN's extra is empty
            .Expect("BEGIN", m => Assert.Equal(new object?[] { "bm:1" }, m.Extra["bookmarks"]))
            .Expect("RUN", m =>
            {
                Assert.Equal(NameQuery, m.Fields[0]);
                Assert.Equal("country:IN", m.Map(1)["id"]);
                Assert.Empty(m.Map(2));
            })
            .Expect("PULL")
            .Success().Success(("fields", new[] { "name" }), ("qid", 0L)).Record("India").Success()
            .Expect("COMMIT").Success(("bookmark", "bm:2")));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session("geo");

        Assert.Equal("China", await CountryNameAsync(session, "country:CN"));
        await using (var tx = await session.BeginTransactionAsync())
        {
            Assert.Equal("India", await CountryNameAsync(tx, "country:IN"));
            await tx.CommitAsync();
        }
        Assert.Equal(["bm:2"], session.LastBookmarks);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_session_takes_the_runner_call_with_or_without_a_transaction_config()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .ReturnOne(checkRun: m => Assert.False(m.Map(2).ContainsKey("tx_timeout")))
            .ReturnOne(checkRun: m => Assert.Equal(2000L, m.Map(2)["tx_timeout"])));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();
        using var cts = new CancellationTokenSource();

        var plain = await session.RunAsync("RETURN 1 AS n", null, cts.Token);
        Assert.Equal(1L, (await plain.SingleAsync()).Get<long>("n"));
        var configured = await session.RunAsync("RETURN 1 AS n", null, new TransactionConfig { Timeout = TimeSpan.FromSeconds(2) }, cts.Token);
        Assert.Equal(1L, (await configured.SingleAsync()).Get<long>("n"));
        await server.VerifyAsync();
    }
}
