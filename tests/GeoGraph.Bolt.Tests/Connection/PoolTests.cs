using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Testing;
using GeoGraph.Testing.Bolt;

namespace GeoGraph.Bolt.Tests.Connection;

public class PoolTests
{
    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(25);
        Assert.True(condition(), "condition not met within 5 s");
    }

    [Fact]
    public async Task Sequential_queries_share_one_connection()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s =>
        {
            s.Login().StrictReset();
            for (var i = 0; i < 5; i++) s.ReturnOne();
        });
        await using var driver = Fakes.Driver(server);

        for (var i = 0; i < 5; i++)
        {
            await using var session = driver.Session();
            Assert.Equal(1L, await session.ReturnOneAsync());
        }
        var pool = driver.Provider.Pools.Single();
        Assert.Equal((1, 1, 0), (pool.CreatedCount, pool.IdleCount, pool.InUseCount));
        Assert.Equal(1, server.ConnectionCount);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_full_pool_times_out_acquisition_then_serves_once_a_connection_is_returned()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("RUN").Expect("PULL").Success(("fields", new[] { "i" })).Record(1L).Success(("has_more", true))
            .ReturnOne());
        await using var driver = Fakes.Driver(server, Fakes.Config() with
        {
            MaxConnectionPoolSize = 1,
            ConnectionAcquisitionTimeout = TimeSpan.FromMilliseconds(200),
        });

        var holder = driver.Session(fetchSize: 1);
        await holder.RunAsync("UNWIND range(1, 100) AS i RETURN i");
        await using (var waiting = driver.Session())
        {
            var error = await Assert.ThrowsAsync<ConnectionAcquisitionTimeoutException>(() => waiting.RunAsync("RETURN 1"));
            Assert.Contains("pool size 1", error.Message);
            await holder.DisposeAsync(); // RESET ends the open stream; the connection goes back
            Assert.Equal(1L, await waiting.ReturnOneAsync());
        }
        Assert.Equal(1, server.ConnectionCount);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_connection_idle_past_the_threshold_is_checked_with_RESET_before_reuse()
    {
        var clock = new ManualClock();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().StrictReset()
            .ReturnOne()
            .ReturnOne() // 30 s idle: no check
            .Expect("RESET").Success()
            .ReturnOne());
        await using var driver = Fakes.Driver(server, Fakes.Config(clock) with { ConnectionLivenessCheckTimeout = TimeSpan.FromMinutes(1) });

        await using var session = driver.Session();
        await session.ReturnOneAsync();
        clock.Advance(TimeSpan.FromSeconds(30));
        await session.ReturnOneAsync();
        clock.Advance(TimeSpan.FromMinutes(2));
        await session.ReturnOneAsync();
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_dead_idle_connection_fails_its_check_and_is_replaced()
    {
        var clock = new ManualClock();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().ReturnOne().Close());
        server.OnConnection(s => s.Login().ReturnOne());
        await using var driver = Fakes.Driver(server, Fakes.Config(clock) with { ConnectionLivenessCheckTimeout = TimeSpan.FromMinutes(1) });

        await using var session = driver.Session();
        await session.ReturnOneAsync();
        await WaitUntilAsync(() => server.Log.Any(l => l.Contains("<EXIT>")));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1L, await session.ReturnOneAsync());
        Assert.Equal(2, server.ConnectionCount);
        Assert.Equal(2, driver.Provider.Pools.Single().CreatedCount);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Cancelling_an_acquisition_during_a_liveness_check_keeps_the_other_idle_connections()
    {
        var clock = new ManualClock();
        await using var server = FakeBoltServer.Start();
        // Each server is slow for a while after its query: a liveness check (RESET) in that time hangs.
        server.OnEveryConnection(s => s.Login().ReturnOne().Pause(TimeSpan.FromSeconds(3)));
        await using var driver = Fakes.Driver(server, Fakes.Config(clock) with { ConnectionLivenessCheckTimeout = TimeSpan.FromMinutes(1) });
        var sessions = Enumerable.Range(0, 3).Select(_ => driver.Session()).ToArray();
        var results = await Task.WhenAll(sessions.Select(s => s.RunAsync("RETURN 1 AS n")));
        foreach (var result in results) await result.ConsumeAsync();
        foreach (var session in sessions) await session.DisposeAsync();
        var pool = driver.Provider.Pools.Single();
        Assert.Equal(3, pool.IdleCount);

        clock.Advance(TimeSpan.FromMinutes(5));
        await using var late = driver.Session();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => late.RunAsync("RETURN 1 AS n", cancellationToken: cts.Token));
        Assert.Equal((2, 0), (pool.IdleCount, pool.InUseCount)); // only the connection being checked is lost
        Assert.Equal(3, server.ConnectionCount);
    }

    [Fact]
    public async Task A_connection_released_after_the_pool_is_disposed_is_closed_not_kept()
    {
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Login().Expect("RUN").Expect("PULL").Success(("fields", new[] { "n" })).Record(1L).Success()
            .Expect("GOODBYE"));
        await using var driver = Fakes.Driver(server);
        var pool = driver.Provider.Pools.Single();
        await using var session = driver.Session();
        var result = await session.RunAsync("RETURN 1 AS n");
        await pool.DisposeAsync();
        await result.ConsumeAsync(); // releases the connection into a disposed pool
        Assert.Equal(0, pool.IdleCount);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_broken_pooled_connection_costs_one_attempt_of_a_managed_transaction()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().ReturnOne().Close());
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Expect("RUN").Expect("PULL").Success().Success(("fields", new[] { "n" })).Record(2L).Success()
            .Expect("COMMIT").Success());
        await using var driver = Fakes.Driver(server, Fakes.Config() with { ConnectionLivenessCheckTimeout = null });

        await using var session = driver.Session();
        await session.ReturnOneAsync();
        await WaitUntilAsync(() => server.Log.Any(l => l.Contains("<EXIT>")));
        var attempts = 0;
        var value = await session.ExecuteReadAsync(async tx =>
        {
            attempts++;
            return (await (await tx.RunAsync("RETURN 2 AS n")).SingleAsync()).Get<long>("n");
        });
        Assert.Equal((2, 2L), (attempts, value));
        Assert.Equal(1, driver.Provider.Pools.Single().IdleCount);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_connection_past_its_max_lifetime_is_closed_with_GOODBYE_and_replaced()
    {
        var clock = new ManualClock();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().ReturnOne().Expect("GOODBYE"));
        server.OnConnection(s => s.Login().ReturnOne());
        await using var driver = Fakes.Driver(server, Fakes.Config(clock) with
        {
            MaxConnectionLifetime = TimeSpan.FromHours(1),
            ConnectionLivenessCheckTimeout = null,
        });

        await using var session = driver.Session();
        await session.ReturnOneAsync();
        clock.Advance(TimeSpan.FromHours(2));
        await session.ReturnOneAsync();
        Assert.Equal(2, server.ConnectionCount);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task The_driver_serves_concurrent_sessions_from_several_connections()
    {
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Login().ReturnOne());
        await using var driver = Fakes.Driver(server, Fakes.Config() with { MaxConnectionPoolSize = 4 });

        var gate = new TaskCompletionSource();
        var tasks = Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var session = driver.Session();
            var result = await session.RunAsync("RETURN 1 AS n");
            await gate.Task; // all four hold their connection at once
            return (await result.SingleAsync()).Get<long>("n");
        }).ToArray();
        await WaitUntilAsync(() => driver.Provider.Pools.Single().InUseCount == 4);
        gate.SetResult();
        var values = await Task.WhenAll(tasks);
        Assert.Equal(new long[] { 1, 1, 1, 1 }, values);
        Assert.Equal(4, server.ConnectionCount);
        Assert.Equal(4, driver.Provider.Pools.Single().IdleCount);
    }
}
