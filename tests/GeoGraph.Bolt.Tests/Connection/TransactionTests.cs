using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Testing.Bolt;

namespace GeoGraph.Bolt.Tests.Connection;

public class TransactionTests
{
    [Fact]
    public async Task Explicit_transaction_pipelines_BEGIN_RUN_PULL_and_commits_with_a_new_bookmark()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().StrictReset()
            .Expect("BEGIN", m =>
            {
                Assert.Equal(new object?[] { "bm:0" }, m.Extra["bookmarks"]);
                Assert.Equal(5000L, m.Extra["tx_timeout"]);
                Assert.Equal("cli", ((IReadOnlyDictionary<string, object?>)m.Extra["tx_metadata"]!)["app"]);
                Assert.Equal("geo", m.Extra["db"]);
                Assert.False(m.Extra.ContainsKey("mode"));
            })
            .Expect("RUN", m => Assert.Empty(m.Map(2))) // inside a transaction RUN's extra is empty
            .Expect("PULL", m => Assert.Equal(1000L, m.Extra["n"]))
            .Success().Success(("fields", new[] { "id" }), ("qid", 0L)).Record("country:CN").Success(("type", "w"))
            .Expect("COMMIT").Success(("bookmark", "bm:1")));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session("geo", bookmarks: ["bm:0"]);

        await using (var tx = await session.BeginTransactionAsync(new TransactionConfig
                     {
                         Timeout = TimeSpan.FromSeconds(5),
                         Metadata = new Dictionary<string, object?> { ["app"] = "cli" },
                     }))
        {
            var result = await tx.RunAsync("CREATE (c:Country {id: 'country:CN'}) RETURN c.id AS id");
            Assert.Equal("country:CN", (await result.SingleAsync())["id"]);
            await tx.CommitAsync();
            Assert.False(tx.IsOpen);
            await Assert.ThrowsAsync<BoltUsageException>(() => tx.RunAsync("RETURN 1"));
        }
        Assert.Equal(["bm:1"], session.LastBookmarks);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Rollback_discards_open_results_and_keeps_the_old_bookmark()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().StrictReset()
            .Expect("BEGIN").Expect("RUN").Expect("PULL", m => Assert.Equal(2L, m.Extra["n"]))
            .Success().Success(("fields", new[] { "i" }), ("qid", 3L)).Record(1L).Record(2L).Success(("has_more", true))
            .Expect("DISCARD", m => Assert.Equal((-1L, 3L), ((long)m.Extra["n"]!, (long)m.Extra["qid"]!))).Success()
            .Expect("ROLLBACK").Success());
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session(bookmarks: ["bm:7"], fetchSize: 2);

        var tx = await session.BeginTransactionAsync();
        await tx.RunAsync("UNWIND range(1, 10) AS i CREATE (:N {i: i}) RETURN i");
        await tx.RollbackAsync();
        Assert.Equal(["bm:7"], session.LastBookmarks);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Disposing_an_open_transaction_rolls_it_back()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().StrictReset()
            .Expect("BEGIN", m => Assert.Equal("r", m.Extra["mode"])).Expect("RUN").Expect("PULL")
            .Success().Success(("fields", new[] { "n" })).Record(1L).Success()
            .Expect("ROLLBACK").Success());
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session(accessMode: AccessMode.Read);

        await using (var tx = await session.BeginTransactionAsync())
            await (await tx.RunAsync("RETURN 1 AS n")).ToListAsync();
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Two_results_in_one_transaction_pull_by_qid_and_are_buffered_before_commit()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Expect("RUN").Expect("PULL", m => Assert.False(m.Extra.ContainsKey("qid")))
            .Success().Success(("fields", new[] { "a" }), ("qid", 0L)).Record(1L).Success(("has_more", true))
            .Expect("RUN").Expect("PULL", m => Assert.False(m.Extra.ContainsKey("qid")))
            .Success(("fields", new[] { "b" }), ("qid", 1L)).Record(10L).Success(("has_more", true))
            .Expect("PULL", m => Assert.Equal(0L, m.Extra["qid"])).Record(2L).Success()
            .Expect("PULL", m => Assert.Equal((-1L, 1L), ((long)m.Extra["n"]!, (long)m.Extra["qid"]!))).Record(11L).Success()
            .Expect("COMMIT").Success(("bookmark", "bm:2")));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session(fetchSize: 1);

        var tx = await session.BeginTransactionAsync();
        var a = await tx.RunAsync("UNWIND [1, 2] AS a RETURN a");
        var b = await tx.RunAsync("UNWIND [10, 11] AS b RETURN b");
        Assert.Equal([1L, 2L], (await a.ToListAsync()).Select(r => r.Get<long>("a")));
        await tx.CommitAsync();
        Assert.Equal([10L, 11L], (await b.ToListAsync()).Select(r => r.Get<long>("b")));
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Bookmarks_chain_from_auto_commit_to_transaction_to_another_session()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .ReturnOne([("bookmark", "bm:a")], checkRun: m => Assert.False(m.Map(2).ContainsKey("bookmarks")))
            .Expect("BEGIN", m => Assert.Equal(new object?[] { "bm:a" }, m.Extra["bookmarks"]))
            .Expect("COMMIT").Success().Success(("bookmark", "bm:b"))
            .ReturnOne(checkRun: m => Assert.Equal(new object?[] { "bm:b" }, m.Map(2)["bookmarks"])));
        await using var driver = Fakes.Driver(server);

        IReadOnlyList<string> handOver;
        await using (var first = driver.Session())
        {
            await first.ReturnOneAsync();
            var tx = await first.BeginTransactionAsync();
            await tx.CommitAsync();
            handOver = first.LastBookmarks;
        }
        await using var second = driver.Session(bookmarks: handOver);
        await second.ReturnOneAsync();
        await server.VerifyAsync();
    }

    [Fact]
    public async Task ExecuteWrite_retries_a_transient_error_and_commits_the_second_attempt()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().StrictReset()
            .Expect("BEGIN").Expect("RUN").Expect("PULL")
            .Success().Failure("Neo.TransientError.Transaction.DeadlockDetected", "deadlock").Ignored()
            .Expect("RESET").Success()
            .Expect("BEGIN").Expect("RUN").Expect("PULL")
            .Success().Success(("fields", new[] { "n" })).Record(3L).Success()
            .Expect("COMMIT").Success(("bookmark", "bm:w")));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        var attempts = 0;
        var value = await session.ExecuteWriteAsync(async tx =>
        {
            attempts++;
            var result = await tx.RunAsync("MERGE (n:N) SET n.v = n.v + 1 RETURN n.v AS n");
            return (await result.SingleAsync()).Get<long>("n");
        });
        Assert.Equal((2, 3L), (attempts, value));
        Assert.Equal(["bm:w"], session.LastBookmarks);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task ExecuteRead_sends_read_mode_and_does_not_retry_client_errors()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().StrictReset()
            .Expect("BEGIN", m => Assert.Equal("r", m.Extra["mode"])).Expect("RUN").Expect("PULL")
            .Success().Failure("Neo.ClientError.Statement.SyntaxError", "bad").Ignored()
            .Expect("RESET").Success());
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        var attempts = 0;
        var error = await Assert.ThrowsAsync<ClientException>(() => session.ExecuteReadAsync(async tx =>
        {
            attempts++;
            return await (await tx.RunAsync("RETRUN 1")).ToListAsync();
        }));
        Assert.Equal(1, attempts);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Retrying_stops_once_the_max_retry_time_has_passed()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Expect("RUN").Expect("PULL")
            .Success().Failure("Neo.TransientError.General.DatabaseUnavailable", "starting up").Ignored());
        await using var driver = Fakes.Driver(server, Fakes.Config() with { MaxTransactionRetryTime = TimeSpan.Zero });
        await using var session = driver.Session();

        var attempts = 0;
        var error = await Assert.ThrowsAsync<TransientException>(() => session.ExecuteWriteAsync(async tx =>
        {
            attempts++;
            await (await tx.RunAsync("RETURN 1")).ConsumeAsync();
        }));
        Assert.Equal(1, attempts);
        Assert.True(error.IsRetryable);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Backoff_grows_between_attempts()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s =>
        {
            s.Login();
            for (var i = 0; i < 3; i++)
                s.Expect("BEGIN").Expect("RUN").Expect("PULL").Success().Failure("Neo.TransientError.Transaction.Outdated", "again").Ignored();
            s.Expect("BEGIN").Expect("RUN").Expect("PULL").Success().Success(("fields", new[] { "n" })).Success().Expect("COMMIT").Success();
        });
        var log = new List<string>();
        await using var driver = Fakes.Driver(server, Fakes.Config() with
        {
            RetryInitialDelay = TimeSpan.FromMilliseconds(40),
            RetryJitter = 0,
            Logger = (_, line) => log.Add(line),
            MinimumLogLevel = BoltLogLevel.Warning,
        });
        await using var session = driver.Session();

        await session.ExecuteWriteAsync(async tx => await (await tx.RunAsync("RETURN 1")).ConsumeAsync());
        Assert.Equal(["retrying in 40 ms", "retrying in 80 ms", "retrying in 160 ms"],
            log.Where(l => l.Contains("retrying")).Select(l => l[l.IndexOf("retrying", StringComparison.Ordinal)..l.IndexOf(':')]));
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_failed_transaction_detaches_its_earlier_results_from_the_released_connection()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().StrictReset()
            .Expect("BEGIN").Expect("RUN").Expect("PULL", m => Assert.Equal(1L, m.Extra["n"]))
            .Success().Success(("fields", new[] { "i" }), ("qid", 0L)).Record(1L).Success(("has_more", true))
            .Expect("RUN").Expect("PULL")
            .Failure("Neo.ClientError.Statement.SyntaxError", "bad").Ignored()
            .Expect("RESET").Success()
            .ReturnOne());
        await using var driver = Fakes.Driver(server, Fakes.Config() with { MaxConnectionPoolSize = 1 });
        await using var session = driver.Session(fetchSize: 1);

        var tx = await session.BeginTransactionAsync();
        var first = await tx.RunAsync("UNWIND range(1, 10) AS i RETURN i");
        await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync("RETURN oops"));
        await Assert.ThrowsAsync<BoltUsageException>(async () =>
        {
            await foreach (var _ in first) { }
        });
        Assert.Equal(1L, await session.ReturnOneAsync());
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_cancelled_query_raises_OperationCanceledException_and_the_next_query_gets_a_new_connection()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().Expect("RUN").Expect("PULL").Pause(TimeSpan.FromSeconds(1)));
        server.OnConnection(s => s.Login().ReturnOne());
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        using var cts = new CancellationTokenSource();
        var running = session.RunAsync("RETURN 1", cancellationToken: cts.Token);
        await server.WaitForAsync("PULL"); // cancel while the query is in flight, however slow the machine
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(0, driver.Provider.Pools.Single().InUseCount);
        Assert.Equal(1L, await session.ReturnOneAsync());
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_managed_transaction_never_retries_a_cancellation()
    {
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Login().Expect("BEGIN").Expect("RUN").Expect("PULL").Pause(TimeSpan.FromSeconds(1)));
        await using var driver = Fakes.Driver(server, Fakes.Config() with { MaxTransactionRetryTime = TimeSpan.FromSeconds(3) });
        await using var session = driver.Session();

        var attempts = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.ExecuteWriteAsync(async tx =>
        {
            attempts++;
            using var cts = new CancellationTokenSource(); // the work's own cancellation, while its query is in flight
            var running = tx.RunAsync("RETURN 1", cancellationToken: cts.Token);
            await server.WaitForAsync("PULL");
            await cts.CancelAsync();
            await running;
        }));
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task A_sub_millisecond_timeout_is_sent_as_1_ms_and_a_negative_one_is_refused_before_sending()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN", m => Assert.Equal(1L, m.Extra["tx_timeout"])).Expect("ROLLBACK").Success().Success()
            .ReturnOne(checkRun: m => Assert.Equal(0L, m.Map(2)["tx_timeout"])));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            session.BeginTransactionAsync(new TransactionConfig { Timeout = TimeSpan.FromMilliseconds(-5) }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            session.RunAsync("RETURN 1", config: new TransactionConfig { Timeout = TimeSpan.FromTicks(-1) }));
        await using (var tx = await session.BeginTransactionAsync(new TransactionConfig { Timeout = TimeSpan.FromTicks(1) }))
            await tx.RollbackAsync();
        var result = await session.RunAsync("RETURN 1 AS n", config: new TransactionConfig { Timeout = TimeSpan.Zero });
        await result.ConsumeAsync();
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_request_ignored_after_a_failure_raises_its_own_exception_of_the_failures_kind()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("BEGIN").Expect("RUN").Expect("PULL")
            .Failure("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist.").Ignored().Ignored());
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session("nowhere");

        var tx = await session.BeginTransactionAsync();
        var error = await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync("RETURN 1"));
        Assert.Equal(("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist."), (error.Code, error.ServerMessage));
        var original = Assert.IsType<ClientException>(error.InnerException); // BEGIN's FAILURE; RUN was IGNORED
        Assert.Equal(error.Code, original.Code);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_session_with_an_open_transaction_refuses_auto_commit_queries()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().Expect("BEGIN").Expect("ROLLBACK").Success().Success());
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        await using var tx = await session.BeginTransactionAsync();
        await Assert.ThrowsAsync<BoltUsageException>(() => session.RunAsync("RETURN 1"));
        await tx.RollbackAsync();
        await server.VerifyAsync();
    }
}
