using GeoGraph.Core.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace GeoGraph.Api.GraphQL.Execution;

/// <summary>A refusal from GeoGraph, carried through GraphQL execution with its code and fields.</summary>
public sealed class GeoGraphExecutionError(GeoGraphException exception) : ExecutionError(exception.Message, exception)
{
    public GeoGraphException Refusal { get; } = exception;
}

/// <summary>
/// Every error leaves with a stable extensions.code: ours (VALIDATION_FAILED with the failing
/// fields, NOT_FOUND, QUERY_TOO_COMPLEX with what was measured, REQUEST_TIMEOUT, STORE_UNAVAILABLE) or INTERNAL_SERVER_ERROR, whose
/// details are logged, never sent.
/// </summary>
public sealed class GeoGraphErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError error)
    {
        var extensions = new Dictionary<string, object?>();
        string message = error.Message;
        switch (error)
        {
            case GeoGraphExecutionError g:
                extensions["code"] = g.Refusal.Code;
                if (g.Refusal.Fields.Count > 0)
                    extensions["fields"] = g.Refusal.Fields.Select(f => new Dictionary<string, object?> { ["field"] = f.Field, ["message"] = f.Message }).ToArray();
                break;
            case QueryTooComplexError q:
                extensions["code"] = ErrorCodes.QueryTooComplex;
                extensions["measure"] = q.Measure;
                extensions["cost"] = q.Cost;
                extensions["limit"] = q.Limit;
                break;
            case Security.AccessDeniedError denied:
                extensions["code"] = denied.AccessCode;
                break;
            case ComplexityError:
                extensions["code"] = ErrorCodes.QueryTooComplex;
                break;
            case RequestTimeoutError:
                extensions["code"] = ErrorCodes.RequestTimeout;
                break;
            case ValidationError or SyntaxError or DocumentError or RequestError:
                extensions["code"] = ErrorCodes.ValidationFailed;
                if (error.Code is { } rule) extensions["rule"] = rule;
                break;
            default:
                extensions["code"] = ErrorCodes.InternalServerError;
                message = "internal error; the server log has the details";
                break;
        }
        return new ErrorInfo { Message = message, Extensions = extensions };
    }
}

public static class UnhandledExceptions
{
    /// <summary>GeoGraph refusals become their own errors; anything else is logged as a bug.</summary>
    public static void Handle(UnhandledExceptionContext context, ILogger logger)
    {
        if (context.OriginalException is GeoGraphException refusal)
        {
            // The client learns the store is unavailable; operators must too, with the cause.
            if (refusal.Code == ErrorCodes.StoreUnavailable)
                logger.LogError(refusal.InnerException, "Store unavailable resolving {Field}: {Message}", context.FieldContext?.FieldDefinition.Name, refusal.Message);
            context.Exception = new GeoGraphExecutionError(refusal);
            return;
        }
        logger.LogError(context.OriginalException, "Unhandled exception resolving {Field}", context.FieldContext?.FieldDefinition.Name);
    }
}
