using GeoGraph.Bolt;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// Where Neo4j is and how long to wait for it: configuration section "Neo4j"
/// (<c>Neo4j__Uri</c>, <c>Neo4j__User</c>, <c>Neo4j__Password</c>, <c>Neo4j__Database</c>), shared
/// by the Neo4j store and <c>geograph cypher</c>.
/// </summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";
    public const string DefaultUri = "bolt://localhost:7687";

    /// <summary><c>bolt://</c>, <c>bolt+s://</c>, <c>bolt+ssc://</c> (one server) or <c>neo4j://</c>, <c>neo4j+s://</c> (a cluster, routed).</summary>
    public string Uri { get; set; } = DefaultUri;

    /// <summary>Used with <see cref="Password"/>: with a password and no user, "neo4j" (Neo4j's default user).</summary>
    public string? User { get; set; } = "neo4j";

    public string? Password { get; set; }

    /// <summary>The database; empty means the user's home database.</summary>
    public string? Database { get; set; }

    /// <summary>How long opening a connection may take before the store reports STORE_UNAVAILABLE.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long one store operation (with its retries on transient errors) may take before it fails
    /// with STORE_UNAVAILABLE, so requests fail fast while Neo4j is down instead of hanging.
    /// </summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Apply cypher/schema.cypher (idempotent) before the store's first operation.</summary>
    public bool ApplySchema { get; set; } = true;

    public BoltAuth Auth => User is { Length: > 0 } user && Password is not null ? BoltAuth.Basic(user, Password) : BoltAuth.None;

    /// <summary>A driver for these options; <paramref name="userAgent"/> names the caller in Neo4j's logs.</summary>
    public BoltDriver CreateDriver(string userAgent) => new(Uri, Auth, new BoltDriverConfig
    {
        UserAgent = userAgent,
        ConnectTimeout = ConnectTimeout,
        ConnectionAcquisitionTimeout = OperationTimeout,
        MaxTransactionRetryTime = OperationTimeout,
    });
}
