using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Testing.Bolt;

namespace GeoGraph.Bolt.Tests.Connection;

public class ResultStreamingTests
{
    [Fact]
    public async Task Run_and_pull_are_pipelined_in_one_flush()
    {
        // The server reads RUN and then PULL before it answers anything: a client that waited for
        // RUN's SUCCESS before sending PULL would stall and the script would time out.
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().StrictReset()
            .Expect("RUN", m =>
            {
                Assert.Equal("RETURN $x AS x", m.Fields[0]);
                Assert.Equal(42L, m.Map(1)["x"]);
                Assert.Empty(m.Map(2));
            })
            .Expect("PULL", m => Assert.Equal(1000L, m.Extra["n"]))
            .Success(("fields", new[] { "x" })).Record(42L).Success(("type", "r")));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        var result = await session.RunAsync("RETURN $x AS x", new Dictionary<string, object?> { ["x"] = 42 });
        Assert.Equal(["x"], result.Keys);
        Assert.Equal(42L, (await result.SingleAsync())["x"]);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Records_stream_across_has_more_batches_pulled_on_demand()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("RUN").Expect("PULL", m => Assert.Equal(2L, m.Extra["n"]))
            .Success(("fields", new[] { "i" }), ("t_first", 3L)).Record(1L).Record(2L).Success(("has_more", true))
            .Expect("PULL", m => Assert.Equal(2L, m.Extra["n"]))
            .Record(3L).Record(4L).Success(("has_more", true))
            .Expect("PULL", m => Assert.Equal(2L, m.Extra["n"]))
            .Record(5L).Success(("type", "r"), ("t_last", 7L), ("db", "neo4j"), ("bookmark", "bm:5")));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session(fetchSize: 2);

        var result = await session.RunAsync("UNWIND range(1, 5) AS i RETURN i");
        var seen = new List<long>();
        await foreach (var record in result)
        {
            seen.Add(record.Get<long>("i"));
            if (seen.Count == 2)
            {
                // The second batch is asked for only once the first is used up.
                Assert.Single(server.Received, m => m.Name == "PULL");
            }
        }
        Assert.Equal([1L, 2L, 3L, 4L, 5L], seen);
        var summary = result.Summary!;
        Assert.Equal("bm:5", summary.Bookmark);
        Assert.Equal(TimeSpan.FromMilliseconds(3), summary.ResultAvailableAfter);
        Assert.Equal(TimeSpan.FromMilliseconds(7), summary.ResultConsumedAfter);
        Assert.Equal("5.4", summary.Server.ProtocolVersion);
        Assert.Equal(["bm:5"], session.LastBookmarks);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_failure_mid_stream_is_raised_then_RESET_makes_the_connection_reusable()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().StrictReset()
            .Expect("RUN").Expect("PULL")
            .Success(("fields", new[] { "x" })).Record(1L)
            .Failure("Neo.ClientError.Statement.ArithmeticError", "/ by zero")
            .Expect("RESET").Success()
            .ReturnOne());
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        var result = await session.RunAsync("UNWIND [1, 0] AS d RETURN 1 / d AS x");
        var records = new List<Record>();
        var error = await Assert.ThrowsAsync<ClientException>(async () =>
        {
            await foreach (var record in result) records.Add(record);
        });
        Assert.Single(records);
        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.Equal("/ by zero", error.ServerMessage);
        await Assert.ThrowsAsync<ClientException>(() => result.ConsumeAsync());

        Assert.Equal(1L, await session.ReturnOneAsync());
        Assert.Equal(1, server.ConnectionCount);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_failure_on_RUN_gets_the_PULL_ignored_and_the_error_names_the_code()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().StrictReset()
            .Expect("RUN").Expect("PULL")
            .Failure("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'").Ignored()
            .Expect("RESET").Success()
            .ReturnOne());
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETRUN 1"));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsRetryable);
        Assert.Equal(1L, await session.ReturnOneAsync());
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Server_closing_mid_record_breaks_only_that_connection()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("RUN").Expect("PULL").Success(("fields", new[] { "s" }))
            .Raw(0x00, 0x10, 0xB1, 0x71, 0x91, 0x8A, 0x61) // a RECORD chunk cut short
            .Close());
        server.OnConnection(s => s.Login().ReturnOne());
        await using var driver = Fakes.Driver(server);

        await using (var session = driver.Session())
        {
            var result = await session.RunAsync("RETURN 'abcdefghij' AS s");
            var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => result.ToListAsync());
            Assert.Contains("closed the connection in the middle of a message", error.Message);
        }
        var pool = driver.Provider.Pools.Single();
        Assert.Equal((0, 0), (pool.IdleCount, pool.InUseCount));

        await using (var session = driver.Session())
            Assert.Equal(1L, await session.ReturnOneAsync());
        Assert.Equal(2, server.ConnectionCount);
        Assert.Equal((1, 0), (pool.IdleCount, pool.InUseCount));
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_date_dotnet_cannot_hold_arrives_as_a_structure_and_keeps_the_connection()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("RUN").Expect("PULL").Success(("fields", new[] { "d" }))
            .Record(new GeoGraph.Bolt.PackStream.PackStreamStructure(0x44, [5_000_000L])) // Date(+5 million days): year 15659
            .Success()
            .ReturnOne());
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        var result = await session.RunAsync("RETURN date('+15659-01-01') AS d");
        var date = Assert.IsType<GeoGraph.Bolt.PackStream.PackStreamStructure>((await result.SingleAsync())["d"]);
        Assert.Equal(new object?[] { 5_000_000L }, date.Fields);
        Assert.Equal(1L, await session.ReturnOneAsync());
        Assert.Equal(1, server.ConnectionCount);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Consume_discards_what_was_not_read_and_returns_the_summary()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("RUN").Expect("PULL").Success(("fields", new[] { "i" })).Record(1L).Record(2L).Success(("has_more", true))
            .Expect("DISCARD", m => Assert.Equal(-1L, m.Extra["n"]))
            .Success(("type", "w"), ("stats", BoltScript.Map(("nodes-created", 2L), ("properties-set", 4L), ("labels-added", 2L)))));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session(fetchSize: 2);

        var result = await session.RunAsync("UNWIND range(1, 10) AS i CREATE (:N {i: i, j: i}) RETURN i");
        var summary = await result.ConsumeAsync();
        Assert.Equal("w", summary.QueryType);
        Assert.Equal((2, 4, 2, 0), (summary.Counters.NodesCreated, summary.Counters.PropertiesSet, summary.Counters.LabelsAdded,
            summary.Counters.RelationshipsCreated));
        Assert.True(summary.Counters.ContainsUpdates);
        Assert.Empty(await result.ToListAsync());
        await server.VerifyAsync();
    }

    [Fact]
    public async Task An_abandoned_result_is_ended_with_RESET_when_the_session_closes()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().StrictReset()
            .Expect("RUN").Expect("PULL").Success(("fields", new[] { "i" })).Record(1L).Success(("has_more", true))
            .Expect("RESET").Success()
            .ReturnOne());
        await using var driver = Fakes.Driver(server);
        await using (var session = driver.Session(fetchSize: 1))
        {
            var result = await session.RunAsync("UNWIND range(1, 1000) AS i RETURN i");
            await using var records = result.GetAsyncEnumerator();
            Assert.True(await records.MoveNextAsync());
        }
        await using (var session = driver.Session())
            Assert.Equal(1L, await session.ReturnOneAsync());
        Assert.Equal(1, server.ConnectionCount);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_result_left_open_when_its_session_closes_never_touches_the_pooled_connection_again()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().StrictReset()
            .Expect("RUN").Expect("PULL").Success(("fields", new[] { "i" })).Record(1L).Record(2L).Success(("has_more", true))
            .Expect("RESET").Success()
            .ReturnOne());
        await using var driver = Fakes.Driver(server, Fakes.Config() with { MaxConnectionPoolSize = 1 });
        BoltResult abandoned;
        await using (var session = driver.Session(fetchSize: 2))
            abandoned = await session.RunAsync("UNWIND range(1, 1000) AS i RETURN i"); // records unread: RESET drains them

        await using var next = driver.Session();
        var result = await next.RunAsync("RETURN 1 AS n"); // the same connection, now owned by another session
        var error = await Assert.ThrowsAsync<BoltUsageException>(async () =>
        {
            await foreach (var _ in abandoned) { }
        });
        Assert.Contains("abandoned", error.Message);
        await Assert.ThrowsAsync<BoltUsageException>(() => abandoned.ConsumeAsync());
        Assert.Equal(1L, (await result.SingleAsync()).Get<long>("n"));
        Assert.Single(server.Received, m => m.Name == "PULL" && m.Extra["n"] is 2L);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_second_query_in_a_session_first_reads_the_rest_of_the_open_result()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("RUN").Expect("PULL").Success(("fields", new[] { "i" })).Record(1L).Success(("has_more", true))
            .Expect("PULL", m => Assert.Equal(-1L, m.Extra["n"])).Record(2L).Record(3L).Success(("bookmark", "bm:1"))
            .ReturnOne(checkRun: m => Assert.Equal(new object?[] { "bm:1" }, m.Map(2)["bookmarks"]))
            .ReturnOne(checkRun: m => Assert.Equal(new object?[] { "bm:1" }, m.Map(2)["bookmarks"])));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session(fetchSize: 1);

        var first = await session.RunAsync("UNWIND [1, 2, 3] AS i RETURN i");
        Assert.Equal(1L, await session.ReturnOneAsync());
        Assert.Equal([1L, 2L, 3L], (await first.ToListAsync()).Select(r => r.Get<long>(0)));
        // RETURN 1 brought no new bookmark, so the last one is kept.
        Assert.Equal(1L, await session.ReturnOneAsync());
        await server.VerifyAsync();
    }

    [Fact]
    public async Task An_unsupported_parameter_type_is_refused_before_anything_is_sent()
    {
        await using var server = FakeBoltServer.Start();
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => session.RunAsync("RETURN $p",
            new Dictionary<string, object?> { ["p"] = new Dictionary<string, object?> { ["ids"] = new object[] { 1, Guid.Empty } } }));
        Assert.Contains("$p.ids[1] has type System.Guid, which Bolt cannot carry", error.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => session.RunAsync("RETURN $p", new Dictionary<string, object?> { ["p"] = ulong.MaxValue }));
        await Assert.ThrowsAsync<ArgumentException>(() => session.RunAsync("RETURN $p",
            new Dictionary<string, object?> { ["p"] = new Dictionary<int, string> { [1] = "x" } }));
        Assert.Equal(0, server.ConnectionCount);
    }

    [Fact]
    public async Task A_graph_value_parameter_the_writer_cannot_encode_is_refused_and_leaks_no_connection()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().ReturnOne());
        await using var driver = Fakes.Driver(server, Fakes.Config() with
        {
            MaxConnectionPoolSize = 1,
            ConnectionAcquisitionTimeout = TimeSpan.FromMilliseconds(300),
        });
        await using var session = driver.Session();

        var node = new BoltNode(1, "4:x:1", ["Country"], new Dictionary<string, object?> { ["id"] = Guid.Empty });
        var error = await Assert.ThrowsAsync<ArgumentException>(() => session.RunAsync("RETURN $n", new Dictionary<string, object?> { ["n"] = node }));
        Assert.Contains("$n.Properties.id has type System.Guid", error.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => session.RunAsync("RETURN $s", new Dictionary<string, object?>
        {
            ["s"] = new GeoGraph.Bolt.PackStream.PackStreamStructure(0x42, [new object()]),
        }));
        Assert.Equal(1L, await session.ReturnOneAsync());
        Assert.Equal(0, driver.Provider.Pools.Single().InUseCount);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_list_parameter_that_contains_itself_is_refused_before_anything_is_sent()
    {
        await using var server = FakeBoltServer.Start();
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();
        var loop = new List<object?>();
        loop.Add(loop);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => session.RunAsync("RETURN $p", new Dictionary<string, object?> { ["p"] = loop }));
        Assert.Contains("more than 1000 deep", error.Message);
        Assert.Equal(0, server.ConnectionCount);
    }

    [Fact]
    public async Task A_record_nested_ten_thousand_deep_breaks_the_connection_with_a_clear_error()
    {
        const int depth = 10_000; // a legal 10 KB message; recursing into it would overflow the stack
        var message = new List<byte> { 0xB1, 0x71, 0x91 };
        message.AddRange(Enumerable.Repeat((byte)0x91, depth - 1));
        message.Add(0xC0);
        var chunk = new List<byte> { (byte)(message.Count >> 8), (byte)message.Count };
        chunk.AddRange(message);
        chunk.AddRange([0x00, 0x00]);
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login()
            .Expect("RUN").Expect("PULL").Success(("fields", new[] { "l" }))
            .Raw([.. chunk]));
        server.OnConnection(s => s.Login().ReturnOne());
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        var result = await session.RunAsync("RETURN [[[...]]] AS l");
        var error = await Assert.ThrowsAsync<BoltProtocolException>(() => result.ToListAsync());
        Assert.Contains("nest more than 1000 deep", error.Message);
        Assert.Equal(1L, await session.ReturnOneAsync());
        Assert.Equal(2, server.ConnectionCount);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Parameters_of_every_supported_type_reach_the_server_as_Bolt_values()
    {
        var parameters = new Dictionary<string, object?>
        {
            ["int"] = 7,
            ["short"] = (short)-300,
            ["double"] = 2.5,
            ["text"] = "Größe",
            ["flag"] = true,
            ["nothing"] = null,
            ["bytes"] = new byte[] { 1, 2 },
            ["list"] = new List<int> { 1, 2, 3 },
            ["map"] = new Dictionary<string, int> { ["a"] = 1 },
            ["date"] = new DateOnly(2025, 10, 14),
            ["time"] = new TimeOnly(13, 30),
            ["local"] = new DateTime(2025, 10, 14, 9, 0, 0),
            ["instant"] = new DateTimeOffset(2025, 10, 14, 9, 0, 0, TimeSpan.FromHours(5.5)),
            ["span"] = TimeSpan.FromMinutes(90),
            ["point"] = new BoltPoint(BoltPoint.Wgs84, 77.2, 28.6),
        };
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().Query("RETURN 1", ["1"], [[1L]], checkRun: run =>
        {
            var p = run.Map(1);
            Assert.Equal(7L, p["int"]);
            Assert.Equal(-300L, p["short"]);
            Assert.Equal(2.5, p["double"]);
            Assert.Equal("Größe", p["text"]);
            Assert.Equal(true, p["flag"]);
            Assert.Null(p["nothing"]);
            Assert.Equal(new byte[] { 1, 2 }, p["bytes"]);
            Assert.Equal(new object?[] { 1L, 2L, 3L }, p["list"]);
            Assert.Equal(1L, ((IReadOnlyDictionary<string, object?>)p["map"]!)["a"]);
            Assert.Equal(new DateOnly(2025, 10, 14), p["date"]);
            Assert.Equal(new TimeOnly(13, 30), p["time"]);
            Assert.Equal(new DateTime(2025, 10, 14, 9, 0, 0), p["local"]);
            Assert.Equal(new DateTimeOffset(2025, 10, 14, 9, 0, 0, TimeSpan.FromHours(5.5)), p["instant"]);
            Assert.Equal(new BoltDuration(0, 0, 5400, 0), p["span"]);
            Assert.Equal(new BoltPoint(4326, 77.2, 28.6), p["point"]);
        }));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        await (await session.RunAsync("RETURN 1", parameters)).ConsumeAsync();
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Graph_values_in_records_become_nodes_relationships_and_paths()
    {
        var props = new Dictionary<string, object?> { ["name"] = "China" };
        var a = new BoltNode(1, "4:x:1", ["Entity", "Country"], props);
        var b = new BoltNode(2, "4:x:2", ["Entity", "Commodity"], new Dictionary<string, object?>());
        var rel = new BoltRelationship(9, "5:x:9", 1, "4:x:1", 2, "4:x:2", "EXPORTS", new Dictionary<string, object?>());
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().Query("MATCH p = (a)-[r]->(b) RETURN a, r, p, a.born",
            ["a", "r", "p", "born"], [[a, rel, new BoltPath([a, b], [rel]), new DateOnly(1949, 10, 1)]]));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        var record = await (await session.RunAsync("MATCH p = (a)-[r]->(b) RETURN a, r, p, a.born")).SingleAsync();
        var node = record.Get<BoltNode>("a");
        Assert.Equal(["Entity", "Country"], node.Labels);
        Assert.Equal("China", node.Properties["name"]);
        Assert.Equal("EXPORTS", record.Get<BoltRelationship>("r").Type);
        var path = record.Get<BoltPath>("p");
        Assert.Equal("4:x:2", path.End.ElementId);
        Assert.Equal("4:x:1", path.Relationships[0].StartNodeElementId);
        Assert.Equal(new DateOnly(1949, 10, 1), record.Get<DateOnly>("born"));
        Assert.Throws<InvalidCastException>(() => record.Get<string>("a"));
        Assert.Throws<KeyNotFoundException>(() => record["missing"]);
    }
}
