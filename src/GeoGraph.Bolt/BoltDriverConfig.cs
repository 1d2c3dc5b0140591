using System.Diagnostics;

namespace GeoGraph.Bolt;

public enum BoltLogLevel
{
    /// <summary>Every message sent and received, in the reference's <c>C:</c>/<c>S:</c> notation.</summary>
    Trace,
    Debug,
    Information,
    Warning,
    Error,
}

/// <summary>Driver settings. Defaults follow the official drivers where they have one.</summary>
public sealed record BoltDriverConfig
{
    /// <summary>HELLO <c>user_agent</c>: names the application.</summary>
    public string UserAgent { get; init; } = "GeoGraph.Bolt/1.0";

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Connections per server, in use and idle together.</summary>
    public int MaxConnectionPoolSize { get; init; } = 100;

    public TimeSpan ConnectionAcquisitionTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>An idle connection older than this is checked with RESET before reuse. Null: never check.</summary>
    public TimeSpan? ConnectionLivenessCheckTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>A connection older than this is closed instead of reused.</summary>
    public TimeSpan MaxConnectionLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Records per PULL; −1 pulls everything at once.</summary>
    public int FetchSize { get; init; } = 1000;

    /// <summary>Managed transactions stop retrying once this much time has passed since the first attempt.</summary>
    public TimeSpan MaxTransactionRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryInitialDelay { get; init; } = TimeSpan.FromSeconds(1);
    public double RetryDelayMultiplier { get; init; } = 2.0;

    /// <summary>Each delay is scaled by a random factor in [1 − jitter, 1 + jitter].</summary>
    public double RetryJitter { get; init; } = 0.2;

    /// <summary>
    /// Bolt 5.2+: the least severe notification the server should send (<c>"OFF"</c>, <c>"WARNING"</c>,
    /// <c>"INFORMATION"</c>); null keeps the server default. Sent in HELLO; ignored (with a warning) on 5.0/5.1.
    /// </summary>
    public string? NotificationsMinimumSeverity { get; init; }

    /// <summary>Bolt 5.2+: notification categories not to send (e.g. <c>"HINT"</c>, <c>"DEPRECATION"</c>).</summary>
    public IReadOnlyList<string>? NotificationsDisabledCategories { get; init; }

    /// <summary>Send TELEMETRY (Bolt 5.4) when the server asks for it.</summary>
    public bool TelemetryEnabled { get; init; } = true;

    /// <summary>
    /// Log sink. The library has no logging package dependency: give it a delegate (for instance one
    /// forwarding to an <c>ILogger</c>). Nothing is formatted for levels below <see cref="MinimumLogLevel"/>.
    /// </summary>
    public Action<BoltLogLevel, string>? Logger { get; init; }

    public BoltLogLevel MinimumLogLevel { get; init; } = BoltLogLevel.Information;

    /// <summary>Where the driver's clock comes from; tests replace it to age connections and routing tables.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

/// <summary>The library's single <see cref="ActivitySource"/>, named "GeoGraph.Bolt".</summary>
public static class BoltTelemetry
{
    public const string SourceName = "GeoGraph.Bolt";
    public static readonly ActivitySource Source = new(SourceName, "1.0");

    internal static Activity? StartQuery(string query, ServerAddress server, string? database)
    {
        var activity = Source.StartActivity("neo4j.query", ActivityKind.Client);
        if (activity is null) return null;
        activity.SetTag("db.system.name", "neo4j");
        activity.SetTag("db.query.text", query);
        activity.SetTag("server.address", server.Host);
        activity.SetTag("server.port", server.Port);
        if (database is not null) activity.SetTag("db.namespace", database);
        return activity;
    }

    internal static void Fail(Activity? activity, Exception error)
    {
        if (activity is null) return;
        activity.SetStatus(ActivityStatusCode.Error, error.Message);
        activity.SetTag("error.type", (error as BoltException)?.Code ?? error.GetType().Name);
        activity.Dispose();
    }
}

internal sealed class BoltLog(BoltDriverConfig config)
{
    private readonly Action<BoltLogLevel, string>? _sink = config.Logger;
    private readonly BoltLogLevel _minimum = config.MinimumLogLevel;

    public bool IsEnabled(BoltLogLevel level) => _sink is not null && level >= _minimum;

    public void Write(BoltLogLevel level, string message)
    {
        if (IsEnabled(level)) _sink!(level, message);
    }
}
