namespace GeoGraph.Core.Errors;

/// <summary>The stable error codes clients see as GraphQL extensions.code.</summary>
public static class ErrorCodes
{
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string NotFound = "NOT_FOUND";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string SubscriptionNeedsEventStream = "SUBSCRIPTION_NEEDS_EVENT_STREAM";
    public const string TooManyStreams = "TOO_MANY_STREAMS";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}

/// <summary>One failing input field: a path such as relations[2].citations[0].quote.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// A refusal the caller can act on, with a stable code and the failing fields. Anything else that
/// escapes is a bug.
/// </summary>
public sealed class GeoGraphException(string code, string message, IReadOnlyList<FieldError> fields, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;
    public IReadOnlyList<FieldError> Fields { get; } = fields;

    public static GeoGraphException Validation(IReadOnlyList<FieldError> fields) =>
        new(ErrorCodes.ValidationFailed,
            fields.Count == 1 ? $"{fields[0].Field}: {fields[0].Message}" : $"{fields.Count} input fields are invalid; first {fields[0].Field}: {fields[0].Message}",
            fields);

    public static GeoGraphException Validation(string field, string message) => Validation([new FieldError(field, message)]);

    public static GeoGraphException NotFound(string field, string id) =>
        new(ErrorCodes.NotFound, $"no node, relation or article has id '{id}'", [new FieldError(field, $"'{id}' not found")]);

    public static GeoGraphException StoreUnavailable(string message, Exception inner) =>
        new(ErrorCodes.StoreUnavailable, message, [], inner);
}
