using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Testing.Bolt;

namespace GeoGraph.Bolt.Tests.Connection;

public class ConnectionTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Each_minor_version_logs_in_its_own_way(int minor)
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Version(minor).Login(
            checkHello: hello =>
            {
                var extra = hello.Extra;
                Assert.Equal("GeoGraph.Bolt/1.0", extra["user_agent"]);
                Assert.False(extra.ContainsKey("routing"));
                // 5.0 carries auth in HELLO; 5.1+ moved it to LOGON.
                Assert.Equal(minor == 0, extra.ContainsKey("credentials"));
                if (minor == 0) Assert.Equal(("basic", "neo4j", "pass"), (extra["scheme"], extra["principal"], extra["credentials"]));
                // bolt_agent is mandatory from 5.3 (and absent before).
                Assert.Equal(minor >= 3, extra.ContainsKey("bolt_agent"));
                if (minor >= 3)
                    Assert.Equal("GeoGraph.Bolt/1.0", ((IReadOnlyDictionary<string, object?>)extra["bolt_agent"]!)["product"]);
            },
            checkLogon: logon => Assert.Equal(("basic", "neo4j", "pass"),
                (logon.Extra["scheme"], logon.Extra["principal"], logon.Extra["credentials"])))
            .ReturnOne());
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        Assert.Equal(1L, await session.ReturnOneAsync());
        var info = await driver.VerifyConnectivityAsync();
        Assert.Equal($"5.{minor}", info.ProtocolVersion);
        Assert.Equal("Neo4j/5.26.0", info.Agent);
        await server.VerifyAsync();
        Assert.Equal("6060B01700040405000000000000000000000000", Convert.ToHexString(server.Handshakes[0]));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(4, true)]
    public async Task Notification_filters_are_sent_in_HELLO_from_5_2(int minor, bool sent)
    {
        var warnings = new List<string>();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Version(minor).Login(checkHello: hello =>
        {
            Assert.Equal(sent, hello.Extra.ContainsKey("notifications_minimum_severity"));
            if (!sent) return;
            Assert.Equal("WARNING", hello.Extra["notifications_minimum_severity"]);
            Assert.Equal(new object?[] { "HINT", "DEPRECATION" }, hello.Extra["notifications_disabled_categories"]);
        }));
        await using var driver = Fakes.Driver(server, Fakes.Config() with
        {
            NotificationsMinimumSeverity = "WARNING",
            NotificationsDisabledCategories = ["HINT", "DEPRECATION"],
            Logger = (_, line) => warnings.Add(line),
            MinimumLogLevel = BoltLogLevel.Warning,
        });

        await driver.VerifyConnectivityAsync();
        Assert.Equal(!sent, warnings.Any(w => w.Contains("notification filters need Bolt 5.2")));
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_server_refusing_every_version_gives_a_clear_error()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.RefuseHandshake(0, 0, 0, 0));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        var error = await Assert.ThrowsAsync<BoltProtocolException>(() => session.RunAsync("RETURN 1"));
        Assert.Contains("supports none of the Bolt versions offered (5.0 to 5.4)", error.Message);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_server_choosing_a_version_not_offered_is_refused()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.RefuseHandshake(0, 0, 4, 4));
        await using var driver = Fakes.Driver(server);

        var error = await Assert.ThrowsAsync<BoltProtocolException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("00000404, which was not offered", error.Message);
    }

    [Fact]
    public async Task Neo4j_http_port_is_recognised()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.RefuseHandshake("HTTP"u8.ToArray()));
        await using var driver = Fakes.Driver(server);

        var error = await Assert.ThrowsAsync<BoltProtocolException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("that is Neo4j's HTTP port; Bolt is usually 7687", error.Message);
    }

    [Fact]
    public async Task A_HELLO_failure_keeps_its_code_when_the_server_closes_before_answering_LOGON()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Expect("HELLO").Expect("LOGON")
            .Failure("Neo.ClientError.Request.Invalid", "Unknown key in HELLO: 'foo'.")
            .Close());
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN 1"));
        Assert.Equal("Neo.ClientError.Request.Invalid", error.Code);
        Assert.Equal("Unknown key in HELLO: 'foo'.", error.ServerMessage);
        Assert.Equal(0, driver.Provider.Pools.Single().InUseCount);
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Wrong_password_raises_AuthenticationException_with_the_server_code()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Expect("HELLO").Expect("LOGON").Success(("server", "Neo4j/5.26.0"))
            .Failure("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        var error = await Assert.ThrowsAsync<AuthenticationException>(() => session.RunAsync("RETURN 1"));
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal("The client is unauthorized due to authentication failure.", error.ServerMessage);
        Assert.Equal(0, driver.Provider.Pools.Single().IdleCount);
        Assert.Equal(0, driver.Provider.Pools.Single().InUseCount);
        await server.VerifyAsync();
    }

    [Theory]
    [InlineData("none")]
    [InlineData("bearer")]
    public async Task None_and_bearer_auth_are_sent_in_LOGON(string scheme)
    {
        var auth = scheme == "none" ? BoltAuth.None : BoltAuth.Bearer("tok-123");
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login(checkLogon: logon =>
        {
            Assert.Equal(scheme, logon.Extra["scheme"]);
            if (scheme == "bearer") Assert.Equal("tok-123", logon.Extra["credentials"]);
            else Assert.Single(logon.Extra);
        }));
        await using var driver = Fakes.Driver(server, auth: auth);

        await driver.VerifyConnectivityAsync();
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Connect_timeout_applies_to_a_server_that_never_answers_the_handshake()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        await using var driver = new BoltDriver($"bolt://127.0.0.1:{port}", BoltAuth.None,
            Fakes.Config() with { ConnectTimeout = TimeSpan.FromMilliseconds(300) });

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("timed out after 0.3 s", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Nothing_listening_is_service_unavailable()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        await using var driver = new BoltDriver($"bolt://127.0.0.1:{port}", BoltAuth.None, Fakes.Config());

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains($"Could not connect to 127.0.0.1:{port}", error.Message);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task Keep_alive_chunks_are_skipped_anywhere_between_messages()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().Noop()
            .Expect("RUN").Expect("PULL").Noop().Success(("fields", new[] { "n" })).Noop().Noop()
            .Record(1L).Noop().Success(("type", "r")));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session();

        Assert.Equal(1L, await session.ReturnOneAsync());
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Wire_traffic_is_logged_at_trace_in_spec_notation_without_secrets()
    {
        var lines = new List<string>();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().ReturnOne());
        await using (var driver = Fakes.Driver(server, Fakes.Config() with
                     {
                         Logger = (level, line) =>
                         {
                             lock (lines) lines.Add($"{level} {line}");
                         },
                         MinimumLogLevel = BoltLogLevel.Trace,
                     }))
        {
            await using var session = driver.Session();
            await session.ReturnOneAsync();
        }

        var log = string.Join("\n", lines);
        Assert.Contains("Trace [127.0.0.1:", log);
        Assert.Contains("C: <MAGIC> 60 60 B0 17", log);
        Assert.Contains("S: <HANDSHAKE> 00000405", log);
        Assert.Contains("C: LOGON {\"scheme\": \"basic\", \"principal\": \"neo4j\", \"credentials\": \"******\"}", log);
        Assert.Contains("C: RUN \"RETURN 1 AS n\" {} {}", log);
        Assert.Contains("C: PULL {\"n\": 1000}", log);
        Assert.Contains("S: RECORD [1]", log);
        Assert.Contains("C: GOODBYE", log);
        Assert.DoesNotContain("pass\"", log);
    }

    [Fact]
    public async Task Nothing_is_formatted_when_the_log_level_is_above_trace()
    {
        var lines = new List<string>();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().ReturnOne());
        await using var driver = Fakes.Driver(server, Fakes.Config() with { Logger = (_, line) => lines.Add(line), MinimumLogLevel = BoltLogLevel.Debug });
        await using var session = driver.Session();
        await session.ReturnOneAsync();

        Assert.DoesNotContain(lines, l => l.Contains("C: ") || l.Contains("S: "));
        Assert.Contains(lines, l => l.Contains("connected: Bolt 5.4, Neo4j/5.26.0, bolt-1"));
    }

    [Fact]
    public async Task Each_query_is_an_activity_with_database_attributes()
    {
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "GeoGraph.Bolt",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (activities) activities.Add(activity);
            },
        };
        ActivitySource.AddActivityListener(listener);
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login().Query("MATCH (n) RETURN n", ["n"], []));
        await using var driver = Fakes.Driver(server);
        await using var session = driver.Session("geo");
        await (await session.RunAsync("MATCH (n) RETURN n")).ConsumeAsync();

        var activity = Assert.Single(activities, a => (string?)a.GetTagItem("db.query.text") == "MATCH (n) RETURN n");
        Assert.Equal("neo4j", activity.GetTagItem("db.system.name"));
        Assert.Equal("127.0.0.1", activity.GetTagItem("server.address"));
        Assert.Equal(server.Port, activity.GetTagItem("server.port"));
        Assert.Equal("geo", activity.GetTagItem("db.namespace"));
        Assert.Equal(ActivityKind.Client, activity.Kind);
    }

    [Fact]
    public async Task Telemetry_is_sent_on_5_4_only_when_the_server_asks_and_the_config_allows()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Login(telemetry: true)
            .Expect("TELEMETRY", m => Assert.Equal(2L, m.Fields[0])).Expect("RUN").Expect("PULL")
            .Success().Success(("fields", new[] { "n" })).Record(1L).Success()
            .Expect("TELEMETRY", m => Assert.Equal(0L, m.Fields[0])).Expect("BEGIN").Expect("RUN").Expect("PULL")
            .Success().Success().Success(("fields", new[] { "n" })).Record(1L).Success()
            .Expect("COMMIT").Success(("bookmark", "bm")));
        server.OnConnection(s => s.Login(telemetry: true).ReturnOne());
        await using (var driver = Fakes.Driver(server))
        {
            await using var session = driver.Session();
            await session.ReturnOneAsync();
            await session.ExecuteWriteAsync(async tx => await (await tx.RunAsync("RETURN 1 AS n")).ToListAsync());
        }
        await using (var quiet = Fakes.Driver(server, Fakes.Config() with { TelemetryEnabled = false }))
        {
            await using var session = quiet.Session();
            await session.ReturnOneAsync();
        }
        await server.VerifyAsync();
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    [Fact]
    public async Task Bolt_ssc_accepts_a_self_signed_certificate()
    {
        using var certificate = SelfSignedCertificate();
        await using var server = FakeBoltServer.Start(certificate);
        server.OnConnection(s => s.Login().ReturnOne());
        await using var driver = Fakes.Driver(server, scheme: "bolt+ssc");
        await using var session = driver.Session();

        Assert.Equal(1L, await session.ReturnOneAsync());
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Bolt_s_refuses_a_self_signed_certificate()
    {
        using var certificate = SelfSignedCertificate();
        await using var server = FakeBoltServer.Start(certificate);
        server.OnEveryConnection(s => s.Login());
        await using var driver = Fakes.Driver(server, scheme: "bolt+s");

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("TLS with 127.0.0.1", error.Message);
        Assert.Empty(server.Received);
    }
}
