namespace GeoGraph.Bolt;

/// <summary>Base of every error this client raises. <see cref="Code"/> is the server's code when the server sent one.</summary>
public class BoltException(string message, string? code = null, Exception? inner = null) : Exception(message, inner)
{
    public string? Code { get; } = code;

    /// <summary>True when running the same work again may succeed (managed transactions retry these).</summary>
    public virtual bool IsRetryable => false;

    /// <summary>Classifies a server FAILURE by its code prefix.</summary>
    public static BoltException FromFailure(string code, string message, Exception? inner = null) => code switch
    {
        "Neo.ClientError.Security.Unauthorized" => new AuthenticationException(code, message, inner),
        "Neo.ClientError.Security.AuthorizationExpired" or "Neo.ClientError.Security.TokenExpired"
            or "Neo.ClientError.Security.Forbidden" => new AuthorizationException(code, message, inner),
        // The server says these are transient, but retrying work the user terminated would be wrong.
        "Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped"
            => new ClientException(code, message, inner),
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => new ClientException(code, message, inner),
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new TransientException(code, message, inner),
        _ => new DatabaseException(code, message, inner),
    };
}

/// <summary>The query or request was wrong (<c>Neo.ClientError.*</c>).</summary>
public class ClientException(string code, string message, Exception? inner = null) : BoltException($"{code}: {message}", code, inner)
{
    public string ServerMessage { get; } = message;
}

/// <summary>Credentials refused (<c>Neo.ClientError.Security.Unauthorized</c>).</summary>
public sealed class AuthenticationException(string code, string message, Exception? inner = null) : ClientException(code, message, inner);

/// <summary>Authenticated but not allowed, or the token or authorization expired.</summary>
public sealed class AuthorizationException(string code, string message, Exception? inner = null) : ClientException(code, message, inner);

/// <summary>A temporary server condition (<c>Neo.TransientError.*</c>): deadlock, leader switch, unavailable database.</summary>
public sealed class TransientException(string code, string message, Exception? inner = null) : BoltException($"{code}: {message}", code, inner)
{
    public string ServerMessage { get; } = message;
    public override bool IsRetryable => true;
}

/// <summary>The server failed internally (<c>Neo.DatabaseError.*</c>).</summary>
public sealed class DatabaseException(string code, string message, Exception? inner = null) : BoltException($"{code}: {message}", code, inner)
{
    public string ServerMessage { get; } = message;
}

/// <summary>No server could be reached, or the connection broke. Retryable.</summary>
public sealed class ServiceUnavailableException(string message, Exception? inner = null) : BoltException(message, null, inner)
{
    public override bool IsRetryable => true;
}

/// <summary>
/// The server a routed session used can no longer serve it (it is no longer the leader, it is
/// read-only, or it went away). The routing table has been updated; retrying picks another server.
/// </summary>
public sealed class SessionExpiredException(string message, string? code = null, Exception? inner = null) : BoltException(message, code, inner)
{
    public override bool IsRetryable => true;
}

/// <summary>The other side broke the Bolt protocol, or is not a Bolt server at all.</summary>
public sealed class BoltProtocolException(string message, Exception? inner = null) : BoltException(message, null, inner);

/// <summary>No pooled connection became free within the acquisition timeout.</summary>
public sealed class ConnectionAcquisitionTimeoutException(string message) : BoltException(message);

/// <summary>The API was used in a way it does not allow (e.g. running in a closed transaction).</summary>
public sealed class BoltUsageException(string message) : BoltException(message);
