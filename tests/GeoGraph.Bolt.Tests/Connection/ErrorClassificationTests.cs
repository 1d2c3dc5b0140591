namespace GeoGraph.Bolt.Tests.Connection;

public class ErrorClassificationTests
{
    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", typeof(ClientException), false)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", typeof(ClientException), false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", typeof(AuthenticationException), false)]
    [InlineData("Neo.ClientError.Security.Forbidden", typeof(AuthorizationException), false)]
    [InlineData("Neo.ClientError.Security.TokenExpired", typeof(AuthorizationException), false)]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", typeof(TransientException), true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", typeof(TransientException), true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", typeof(ClientException), false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", typeof(ClientException), false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", typeof(DatabaseException), false)]
    [InlineData("Something.Else", typeof(DatabaseException), false)]
    public void Failures_are_classified_by_code_prefix_and_keep_code_and_message(string code, Type type, bool retryable)
    {
        var error = BoltException.FromFailure(code, "the server's words");
        Assert.IsType(type, error);
        Assert.Equal(code, error.Code);
        Assert.Equal(retryable, error.IsRetryable);
        Assert.Equal($"{code}: the server's words", error.Message);
    }

    [Fact]
    public void Connection_level_errors_are_retryable_and_protocol_errors_are_not()
    {
        Assert.True(new ServiceUnavailableException("down").IsRetryable);
        Assert.True(new SessionExpiredException("moved").IsRetryable);
        Assert.False(new BoltProtocolException("garbage").IsRetryable);
        Assert.False(new ConnectionAcquisitionTimeoutException("busy").IsRetryable);
    }
}
