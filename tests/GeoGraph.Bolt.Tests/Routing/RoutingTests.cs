using System.Net;
using System.Net.Sockets;
using GeoGraph.Bolt.Routing;
using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Testing;
using GeoGraph.Testing.Bolt;

namespace GeoGraph.Bolt.Tests.Routing;

public class RoutingTests
{
    private static Dictionary<string, object?> Map(params (string, object?)[] entries) => BoltScript.Map(entries);

    private static (string, object?) Table(long ttl, string[] routers, string[] readers, string[] writers) =>
        ("rt", Map(("ttl", ttl), ("db", "geo"), ("servers", new object?[]
        {
            Map(("addresses", routers), ("role", "ROUTE")),
            Map(("addresses", readers), ("role", "READ")),
            Map(("addresses", writers), ("role", "WRITE")),
        })));

    private static string DeadAddress()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return $"127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
    }

    private static RoutingTable TableOf(BoltDriver driver, string? database) =>
        ((RoutingConnectionProvider)driver.Provider).TableFor(database)!;

    [Fact]
    public async Task Reads_go_to_readers_and_writes_to_writers_of_the_fetched_table()
    {
        await using var router = FakeBoltServer.Start();
        await using var reader = FakeBoltServer.Start();
        var context = Map(("address", router.Address), ("region", "eu"), ("policy", "fast"));
        router.OnConnection(s => s.Login(checkHello: hello => Assert.Equal(context, hello.Extra["routing"]))
            .Expect("ROUTE", m =>
            {
                Assert.Equal(context, m.Fields[0]);
                Assert.Equal(new object?[] { "bm:0" }, m.Fields[1]);
                Assert.Equal(Map(("db", "geo")), m.Fields[2]);
            })
            .Success(Table(300, [router.Address], [reader.Address], [router.Address]))
            .ReturnOne(checkRun: m => Assert.False(m.Map(2).ContainsKey("mode"))));
        reader.OnConnection(s => s.Login(checkHello: hello => Assert.Equal(context, hello.Extra["routing"]))
            .ReturnOne([("bookmark", "bm:1")], checkRun: m => Assert.Equal(("r", "geo"), (m.Map(2)["mode"], m.Map(2)["db"]))));
        await using var driver = Fakes.Driver(router, scheme: "neo4j", query: "?region=eu&policy=fast");

        IReadOnlyList<string> bookmarks;
        await using (var read = driver.Session("geo", AccessMode.Read, ["bm:0"]))
        {
            await read.ReturnOneAsync();
            bookmarks = read.LastBookmarks;
        }
        await using (var write = driver.Session("geo", AccessMode.Write, bookmarks))
            await write.ReturnOneAsync();

        var table = TableOf(driver, "geo");
        Assert.Equal([ServerAddress.Parse(reader.Address)], table.Readers);
        await router.VerifyAsync();
        await reader.VerifyAsync();
    }

    [Fact]
    public async Task An_expired_table_is_fetched_again_and_a_dead_router_is_skipped()
    {
        var clock = new ManualClock();
        var dead = DeadAddress();
        await using var router = FakeBoltServer.Start();
        await using var reader = FakeBoltServer.Start();
        router.OnConnection(s => s.Login()
            .Expect("ROUTE").Success(Table(10, [dead, router.Address], [reader.Address], [router.Address]))
            .Expect("ROUTE").Success(Table(10, [router.Address], [reader.Address], [router.Address])));
        reader.OnConnection(s => s.Login().ReturnOne().ReturnOne().ReturnOne());
        await using var driver = Fakes.Driver(router, Fakes.Config(clock), scheme: "neo4j");
        await using var session = driver.Session("geo", AccessMode.Read);

        await session.ReturnOneAsync();
        clock.Advance(TimeSpan.FromSeconds(5));
        await session.ReturnOneAsync(); // still fresh: no ROUTE
        clock.Advance(TimeSpan.FromSeconds(6));
        await session.ReturnOneAsync(); // expired: the dead router is tried, dropped, then the next one answers

        Assert.Equal([ServerAddress.Parse(router.Address)], TableOf(driver, "geo").Routers);
        Assert.Equal(clock.GetUtcNow().AddSeconds(10), TableOf(driver, "geo").ExpiresAt);
        await router.VerifyAsync();
        await reader.VerifyAsync();
    }

    [Fact]
    public async Task Reads_are_spread_over_the_readers_in_turn()
    {
        await using var router = FakeBoltServer.Start();
        await using var first = FakeBoltServer.Start();
        await using var second = FakeBoltServer.Start();
        router.OnConnection(s => s.Login().Expect("ROUTE").Success(Table(300, [router.Address], [first.Address, second.Address], [router.Address])));
        first.OnConnection(s => s.Login().ReturnOne().ReturnOne());
        second.OnConnection(s => s.Login().ReturnOne().ReturnOne());
        await using var driver = Fakes.Driver(router, scheme: "neo4j");

        for (var i = 0; i < 4; i++)
        {
            await using var session = driver.Session("geo", AccessMode.Read);
            await session.ReturnOneAsync();
        }
        Assert.Equal(2, first.Received.Count(m => m.Name == "RUN"));
        Assert.Equal(2, second.Received.Count(m => m.Name == "RUN"));
        await router.VerifyAsync();
        await first.VerifyAsync();
        await second.VerifyAsync();
    }

    [Fact]
    public async Task An_unreachable_reader_is_dropped_and_the_next_reader_serves()
    {
        var dead = DeadAddress();
        await using var router = FakeBoltServer.Start();
        await using var reader = FakeBoltServer.Start();
        router.OnConnection(s => s.Login().Expect("ROUTE").Success(Table(300, [router.Address], [dead, reader.Address], [router.Address])));
        reader.OnConnection(s => s.Login().ReturnOne().ReturnOne());
        await using var driver = Fakes.Driver(router, scheme: "neo4j");
        await using var session = driver.Session("geo", AccessMode.Read);

        await session.ReturnOneAsync();
        await session.ReturnOneAsync();
        Assert.Equal([ServerAddress.Parse(reader.Address)], TableOf(driver, "geo").Readers);
        Assert.Equal(1, router.ConnectionCount);
        await router.VerifyAsync();
        await reader.VerifyAsync();
    }

    [Fact]
    public async Task Cancelling_a_read_keeps_the_reader_in_the_table_and_surfaces_as_a_cancellation()
    {
        await using var router = FakeBoltServer.Start();
        await using var reader = FakeBoltServer.Start();
        router.OnConnection(s => s.Login().Expect("ROUTE").Success(Table(300, [router.Address], [reader.Address], [router.Address])));
        reader.OnConnection(s => s.Login()
            .Expect("RUN").Expect("PULL").Success(("fields", new[] { "i" })).Record(1L).Success(("has_more", true))
            .Expect("PULL").Pause(TimeSpan.FromSeconds(1)));
        await using var driver = Fakes.Driver(router, scheme: "neo4j");

        await using (var session = driver.Session("geo", AccessMode.Read, fetchSize: 1))
        {
            var result = await session.RunAsync("UNWIND range(1, 10) AS i RETURN i");
            using var cts = new CancellationTokenSource();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var _ in result.WithCancellation(cts.Token)) cts.CancelAfter(100);
            });
            var after = await Assert.ThrowsAsync<BoltException>(() => result.ConsumeAsync());
            Assert.False(after.IsRetryable);
            Assert.Contains("cancelled", after.Message);
        }
        Assert.Equal([ServerAddress.Parse(reader.Address)], TableOf(driver, "geo").Readers);
    }

    [Theory]
    [InlineData("Neo.ClientError.Cluster.NotALeader")]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase")]
    public async Task A_writer_that_lost_leadership_is_dropped_and_the_retry_uses_the_new_leader(string code)
    {
        await using var router = FakeBoltServer.Start();
        await using var follower = FakeBoltServer.Start();
        router.OnConnection(s => s.Login()
            .Expect("ROUTE").Success(Table(300, [router.Address], [router.Address], [follower.Address]))
            .Expect("ROUTE").Success(Table(300, [router.Address], [follower.Address], [router.Address]))
            .Expect("BEGIN").Expect("RUN").Expect("PULL").Success().Success(("fields", new[] { "n" })).Record(1L).Success()
            .Expect("COMMIT").Success(("bookmark", "bm:leader")));
        follower.OnConnection(s => s.Login().StrictReset()
            .Expect("BEGIN").Expect("RUN").Expect("PULL").Success().Failure(code, "not here").Ignored()
            .Expect("RESET").Success());
        await using var driver = Fakes.Driver(router, scheme: "neo4j");
        await using var session = driver.Session("geo");

        var attempts = 0;
        await session.ExecuteWriteAsync(async tx =>
        {
            attempts++;
            await (await tx.RunAsync("CREATE (n) RETURN 1 AS n")).ConsumeAsync();
        });
        Assert.Equal(2, attempts);
        Assert.Equal(["bm:leader"], session.LastBookmarks);
        Assert.Equal([ServerAddress.Parse(router.Address)], TableOf(driver, "geo").Writers);
        await router.VerifyAsync();
        await follower.VerifyAsync();
    }

    [Fact]
    public async Task Outside_a_managed_transaction_losing_the_writer_surfaces_as_session_expired_with_the_code()
    {
        await using var router = FakeBoltServer.Start();
        await using var follower = FakeBoltServer.Start();
        router.OnConnection(s => s.Login().Expect("ROUTE").Success(Table(300, [router.Address], [router.Address], [follower.Address])));
        follower.OnConnection(s => s.Login()
            .Expect("RUN").Expect("PULL").Failure("Neo.ClientError.Cluster.NotALeader", "no").Ignored());
        await using var driver = Fakes.Driver(router, scheme: "neo4j");
        await using var session = driver.Session("geo");

        var error = await Assert.ThrowsAsync<SessionExpiredException>(() => session.RunAsync("CREATE ()"));
        Assert.Equal("Neo.ClientError.Cluster.NotALeader", error.Code);
        Assert.True(error.IsRetryable);
        Assert.Empty(TableOf(driver, "geo").Writers);
        Assert.True(TableOf(driver, "geo").IsStaleFor(AccessMode.Write, DateTimeOffset.UtcNow));
        await router.VerifyAsync();
        await follower.VerifyAsync();
    }

    [Fact]
    public async Task The_home_database_table_is_fetched_without_a_db_and_no_router_answering_is_service_unavailable()
    {
        await using var router = FakeBoltServer.Start();
        router.OnConnection(s => s.Login().Expect("ROUTE", m => Assert.Empty(m.Map(2)))
            .Failure("Neo.ClientError.Database.DatabaseNotFound", "no home"));
        await using var driver = Fakes.Driver(router, scheme: "neo4j");
        await using var session = driver.Session();

        var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN 1"));
        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.Code);
        await router.VerifyAsync();

        await using var nowhere = new BoltDriver($"neo4j://{DeadAddress()}", BoltAuth.None, Fakes.Config());
        await using var lost = nowhere.Session();
        var unavailable = await Assert.ThrowsAsync<ServiceUnavailableException>(() => lost.RunAsync("RETURN 1"));
        Assert.Contains("Could not fetch a routing table for database (home)", unavailable.Message);
    }

    [Fact]
    public void Routing_context_comes_from_the_uri_query()
    {
        var uri = BoltUri.Parse("neo4j+s://db.example.org?policy=eu&region=west");
        Assert.True(uri.Routing);
        Assert.Equal(TlsMode.Verified, uri.Tls);
        Assert.Equal(new ServerAddress("db.example.org", 7687), uri.Address);
        Assert.Equal(Map(("address", "db.example.org:7687"), ("policy", "eu"), ("region", "west")), uri.RoutingContext);
        Assert.Throws<ArgumentException>(() => BoltUri.Parse("bolt://h:7687?policy=x"));
        Assert.Throws<ArgumentException>(() => BoltUri.Parse("http://h:7474"));
        Assert.Equal(TlsMode.SelfSigned, BoltUri.Parse("bolt+ssc://h:1").Tls);
        Assert.False(BoltUri.Parse("bolt://h").Routing);
    }
}
