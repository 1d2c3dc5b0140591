using GeoGraph.Bolt;
using GeoGraph.Cli.Commands;
using GeoGraph.Cli.Tests.Support;
using GeoGraph.Testing.Bolt;
using Record = GeoGraph.Bolt.Record;

namespace GeoGraph.Cli.Tests;

/// <summary><c>geograph cypher</c> end to end against the fake server, run in-process with captured output.</summary>
public class CypherCommandTests
{
    /// <summary>JSON written with single quotes for readability.</summary>
    private static string J(string singleQuoted) => singleQuoted.Replace('\'', '"');

    private static Task<CliRun> GeographAsync(Dictionary<string, string>? environment, params string[] args) =>
        Geograph.RunAsync(environment ?? [], null, args);

    [Fact]
    public async Task Prints_each_record_as_one_json_object_with_nodes_and_relationships_shaped()
    {
        var china = new BoltNode(1, "4:db:1", ["Entity", "Country"], BoltScript.Map(("id", "country:CN"), ("name", "China")));
        var rareEarths = new BoltNode(2, "4:db:2", ["Entity", "Commodity"], BoltScript.Map(("id", "commodity:rare-earths")));
        var exports = new BoltRelationship(7, "5:db:7", 1, "4:db:1", 2, "4:db:2", "EXPORTS", BoltScript.Map(("confidence", 0.9)));
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login(checkLogon: m => Assert.Equal(("basic", "neo4j", "secret"),
                (m.Extra["scheme"], m.Extra["principal"], m.Extra["credentials"])))
            .Query("MATCH (a)-[r]->(b) RETURN a, r, b.id AS id, $limit AS limit", ["a", "r", "id", "limit", "when"],
                [
                    [china, exports, "commodity:rare-earths", 10L, new DateOnly(2025, 10, 14)],
                    [rareEarths, null, "x\"y", 10L, new DateTimeOffset(2025, 10, 14, 9, 30, 0, TimeSpan.FromHours(5.5))],
                ],
                checkRun: m =>
                {
                    Assert.Equal(10L, m.Map(1)["limit"]);
                    Assert.Equal(new object?[] { "a", 1L, 2.5, true, null }, m.Map(1)["list"]);
                    Assert.Equal("geo", m.Map(2)["db"]);
                }));

        var run = await GeographAsync(null, "cypher", "--uri", server.Uri(), "--user", "neo4j", "--password", "secret",
            "--database", "geo", "--param", "limit=10", "--param", "list=[\"a\", 1, 2.5, true, null]",
            "MATCH (a)-[r]->(b) RETURN a, r, b.id AS id, $limit AS limit");

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                J("{'a':{'elementId':'4:db:1','labels':['Entity','Country'],'properties':{'id':'country:CN','name':'China'}}," +
                  "'r':{'elementId':'5:db:7','type':'EXPORTS','startElementId':'4:db:1','endElementId':'4:db:2','properties':{'confidence':0.9}}," +
                  "'id':'commodity:rare-earths','limit':10,'when':'2025-10-14'}"),
                J("{'a':{'elementId':'4:db:2','labels':['Entity','Commodity'],'properties':{'id':'commodity:rare-earths'}}," +
                  "'r':null,'id':'x\\'y','limit':10,'when':'2025-10-14T09:30:00+05:30'}"),
            ],
            run.Lines);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_server_failure_prints_code_and_message_to_stderr_and_exits_1()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().Expect("RUN").Expect("PULL")
            .Failure("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'").Ignored());

        var run = await GeographAsync(null, "cypher", "--uri", server.Uri(), "RETRUN 1");

        Assert.Equal(ExitCodes.ServerFailure, run.ExitCode);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError: Invalid input 'RETRUN'\n", run.Error);
        Assert.Equal("", run.Out);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task An_unreachable_server_exits_2_with_a_clear_message()
    {
        await using var closed = FakeBoltServer.Start();
        var uri = closed.Uri();
        await closed.DisposeAsync();

        var run = await GeographAsync(null, "cypher", "--uri", uri, "RETURN 1");

        Assert.Equal(ExitCodes.ConnectionFailure, run.ExitCode);
        Assert.StartsWith($"geograph cypher: cannot talk to Neo4j at {uri}: Could not connect to", run.Error);
    }

    [Fact]
    public async Task The_http_port_exits_2_and_says_which_port_bolt_uses()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.RefuseHandshake("HTTP"u8.ToArray()));

        var run = await GeographAsync(null, "cypher", "--uri", server.Uri(), "RETURN 1");

        Assert.Equal(ExitCodes.ConnectionFailure, run.ExitCode);
        Assert.Contains("that is Neo4j's HTTP port; Bolt is usually 7687", run.Error);
    }

    [Fact]
    public async Task Defaults_come_from_the_Neo4j_environment_variables()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login(checkLogon: m => Assert.Equal(("reader", "pw"), (m.Extra["principal"], m.Extra["credentials"])))
            .Query("RETURN 1 AS n", ["n"], [[1L]], checkRun: m => Assert.Equal("geo", m.Map(2)["db"])));

        var run = await GeographAsync(new Dictionary<string, string>
        {
            ["Neo4j__Uri"] = server.Uri(),
            ["Neo4j__User"] = "reader",
            ["Neo4j__Password"] = "pw",
            ["Neo4j__Database"] = "geo",
        }, "cypher", "RETURN 1 AS n");

        Assert.Equal((0, "{\"n\":1}\n"), (run.ExitCode, run.Out));
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_file_runs_its_statements_in_one_transaction()
    {
        var file = System.IO.Path.GetTempFileName();
        await File.WriteAllTextAsync(file, """
            // seed two countries
            CREATE (:Country {id: 'country:CN', name: 'China; PRC'});
            CREATE (:Country {id: 'country:US'}) /* ; not a separator */ ;
            MATCH (c:Country) RETURN c.id AS id ORDER BY id;
            """);
        try
        {
            await using var server = FakeBoltServer.Start();
            server.OnConnection(s => s.Login().StrictReset()
                .Expect("BEGIN").Expect("RUN", m => Assert.Equal("// seed two countries\nCREATE (:Country {id: 'country:CN', name: 'China; PRC'})", m.Fields[0]))
                .Expect("PULL").Success().Success(("fields", Array.Empty<string>())).Success(("type", "w"))
                .Expect("RUN", m => Assert.Equal("CREATE (:Country {id: 'country:US'}) /* ; not a separator */", m.Fields[0]))
                .Expect("PULL").Success(("fields", Array.Empty<string>())).Success(("type", "w"))
                .Query("MATCH (c:Country) RETURN c.id AS id ORDER BY id", ["id"], [["country:CN"], ["country:US"]])
                .Expect("COMMIT").Success(("bookmark", "bm:9")));

            var run = await GeographAsync(null, "cypher", "--uri", server.Uri(), "--file", file);

            Assert.Equal("", run.Error);
            Assert.Equal(["{\"id\":\"country:CN\"}", "{\"id\":\"country:US\"}"], run.Lines);
            await server.VerifyAsync();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_failing_statement_in_a_file_rolls_the_whole_script_back_and_exits_1()
    {
        var file = System.IO.Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "CREATE (:A);\nCREATE (:B {x: 1/0});\nCREATE (:C);");
        try
        {
            await using var server = FakeBoltServer.Start();
            server.OnConnection(s => s.Login().StrictReset()
                .Expect("BEGIN").Expect("RUN").Expect("PULL").Success().Success(("fields", Array.Empty<string>())).Success()
                .Expect("RUN").Expect("PULL").Failure("Neo.ClientError.Statement.ArithmeticError", "/ by zero").Ignored()
                .Expect("RESET").Success());

            var run = await GeographAsync(null, "cypher", "--uri", server.Uri(), "--file", file);

            Assert.Equal(ExitCodes.ServerFailure, run.ExitCode);
            Assert.Equal("Neo.ClientError.Statement.ArithmeticError: / by zero\n", run.Error);
            Assert.DoesNotContain(server.Received, m => m.Name == "COMMIT");
            await server.VerifyAsync();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--param", "x", "RETURN 1")]
    [InlineData("--param", "x={not json", "RETURN 1")]
    [InlineData("--bogus")]
    [InlineData("RETURN 1", "RETURN 2")]
    [InlineData("--file", "f.cypher", "RETURN 1")]
    [InlineData]
    public async Task Bad_command_lines_exit_64_with_the_reason_and_the_verbs_help_on_stderr(params string[] args)
    {
        var run = await GeographAsync(null, ["cypher", .. args]);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("geograph cypher: ", run.Error);
        Assert.Contains("Usage:\n  geograph cypher [<statement>] [options]", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Unknown_verbs_are_refused_and_the_verb_list_is_shown()
    {
        var run = await GeographAsync(null, "frobnicate");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Unrecognized command or argument 'frobnicate'", run.Error);
        Assert.All(["cypher", "import", "export", "migrate", "verify"], verb => Assert.Contains($"\n  {verb} ", run.Error));
    }

    [Fact]
    public async Task Help_is_generated_for_every_verb_and_exits_0()
    {
        foreach (var verb in new[] { "cypher", "import", "export", "migrate", "verify" })
        {
            var run = await GeographAsync(null, verb, "--help");
            Assert.Equal((0, ""), (run.ExitCode, run.Error));
            Assert.Contains($"Usage:\n  geograph {verb}", run.Out);
        }
    }

    [Fact]
    public void Script_splitting_ignores_semicolons_in_strings_names_and_comments()
    {
        Assert.Equal(
            ["RETURN ';' AS a", "RETURN \"\\\";\" AS `b;c`", "MATCH (n) // trailing ; comment\nRETURN n"],
            CypherScript.Split("RETURN ';' AS a;\nRETURN \"\\\";\" AS `b;c`;; MATCH (n) // trailing ; comment\nRETURN n;\n// only a comment\n"));
    }

    [Fact]
    public void Json_parameters_become_bolt_values()
    {
        Assert.Equal(9_000_000_000L, JsonLines.Parse("9000000000"));
        Assert.Equal(1.5, JsonLines.Parse("1.5"));
        var map = Assert.IsType<Dictionary<string, object?>>(JsonLines.Parse("{\"k\": [1, \"two\"]}"));
        Assert.Equal(new object?[] { 1L, "two" }, map["k"]);
    }

    [Fact]
    public void A_point_with_a_non_finite_coordinate_prints_like_any_non_finite_float()
    {
        var record = new Record(new RecordKeys(["p", "f"]), [new BoltPoint(BoltPoint.Cartesian3D, double.NaN, 1.5, double.PositiveInfinity), double.NaN]);
        Assert.Equal(J("{'p':{'srid':9157,'x':'NaN','y':1.5,'z':'Infinity'},'f':'NaN'}"), JsonLines.Format(record));
    }

    [Fact]
    public void A_value_as_deep_as_the_driver_decodes_still_prints()
    {
        object? value = 1L;
        for (var i = 0; i < BoltValues.MaxNestingDepth; i++) value = new object?[] { value };
        var line = JsonLines.Format(new Record(new RecordKeys(["l"]), [value]));
        Assert.Equal("{\"l\":" + new string('[', 1000) + "1" + new string(']', 1000) + "}", line);
    }
}
