using GeoGraph.Core.Errors;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GeoGraph.Core.Storage;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.GraphQL.Execution;

/// <summary>Configuration section "Limits": how long one request may run.</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Execution time allowed to one request; its store calls are cancelled when it runs out. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// A refusal that says what was measured, how much, and the bound (extensions <c>measure</c>,
/// <c>cost</c>, <c>limit</c>, code QUERY_TOO_COMPLEX), so a client knows by how much to shrink its query.
/// </summary>
public sealed class QueryTooComplexError(string measure, double cost, double limit, string message) : ValidationError(message)
{
    public string Measure { get; } = measure;
    public double Cost { get; } = cost;
    public double Limit { get; } = limit;
}

/// <summary>A request that ran out of time (<see cref="RequestLimitsOptions.RequestTimeout"/>).</summary>
public sealed class RequestTimeoutError(TimeSpan timeout)
    : ExecutionError($"the request did not finish within {timeout.TotalSeconds:0.###} s and was stopped; ask for less (smaller pages, fewer levels)");

/// <summary>
/// Bounds the work of every request, inside the document cache (a cached document passed these
/// checks when it was first seen): parses with a nesting limit, refuses a document beyond
/// <see cref="DocumentLimits"/> before validation sees it, stops execution after
/// <see cref="RequestLimitsOptions.RequestTimeout"/> (or when the client leaves: the request's
/// token is linked), and lists at most <see cref="DocumentLimits.MaxErrors"/> errors.
/// </summary>
public sealed class RequestGuard(IOptions<RequestLimitsOptions> options) : IConfigureExecution
{
    /// <summary>After the document cache (200): it only sees documents the cache does not hold.</summary>
    public float SortOrder => 210;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        if (execution.Document is null && execution.Query is { Length: > 0 } query)
        {
            try
            {
                execution.Document = GraphQLParser.Parser.Parse(query, new GraphQLParser.ParserOptions { MaxDepth = DocumentLimits.MaxParserDepth });
            }
            catch (GraphQLMaxDepthExceededException)
            {
                return Refused(new QueryTooComplexError("parserDepth", DocumentLimits.MaxParserDepth + 1, DocumentLimits.MaxParserDepth,
                    $"the query nests more than {DocumentLimits.MaxParserDepth} levels (selections and input values)"));
            }
            catch (GraphQLParserException)
            {
                // GraphQL.NET parses it again and reports the syntax error in its usual form.
            }
            if (execution.Document is { } document && DocumentShape.Check(document) is { } refusal)
                return Refused(refusal.Measure == DocumentShape.FragmentCycle
                    ? new ValidationError(refusal.Message) { Code = "NoFragmentCycles" }
                    : new QueryTooComplexError(refusal.Measure, refusal.Value, refusal.Limit, refusal.Message));
        }

        var timeout = options.Value.RequestTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(execution.CancellationToken);
        deadline.CancelAfter(timeout);
        var clientToken = execution.CancellationToken;
        execution.CancellationToken = deadline.Token;
        ExecutionResult result;
        try
        {
            result = await next(execution);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !clientToken.IsCancellationRequested)
        {
            return new ExecutionResult { Errors = [new RequestTimeoutError(timeout)], Executed = true };
        }
        finally
        {
            execution.CancellationToken = clientToken;
        }
        return CapErrors(result);
    }

    private static ExecutionResult Refused(ExecutionError error) => new() { Errors = [error], Executed = false };

    /// <summary>At most <see cref="DocumentLimits.MaxErrors"/> errors, then one saying how many were left out.</summary>
    private static ExecutionResult CapErrors(ExecutionResult result)
    {
        if (result.Errors is not { Count: > DocumentLimits.MaxErrors } errors) return result;
        var kept = new ExecutionErrors();
        foreach (var e in errors.Take(DocumentLimits.MaxErrors)) kept.Add(e);
        kept.Add(new ValidationError(
            $"{errors.Count - DocumentLimits.MaxErrors:N0} more errors are not listed; fix the ones above and send the query again"));
        result.Errors = kept;
        return result;
    }
}

/// <summary>The complexity analyser's refusal, restated with the computed cost and the limit.</summary>
public static class ComplexityRefusal
{
    public static Task Restate(ComplexityValidationContext context)
    {
        if (context.Error is null) return Task.CompletedTask;
        var options = context.Configuration;
        context.Error = context.MaxDepth > options.MaxDepth
            ? new QueryTooComplexError("depth", context.MaxDepth, options.MaxDepth!.Value,
                $"the query nests {context.MaxDepth} levels of fields; at most {options.MaxDepth} are allowed")
            : new QueryTooComplexError("complexity", Math.Round(context.TotalImpact), options.MaxComplexity ?? 0,
                $"the query's computed cost is {context.TotalImpact:N0}; at most {options.MaxComplexity:N0} is allowed (each connection costs its page size times its fields): ask for smaller pages or fewer nested lists");
        return Task.CompletedTask;
    }

    /// <summary>
    /// The library's cost of a field, with a page size beyond <see cref="QueryLimits.MaxPageSize"/>
    /// costed at that bound: <c>first: 1000000</c> is then refused by the argument's own check,
    /// which names the argument and its range, rather than as a vague excess of cost.
    /// </summary>
    public static FieldComplexityResult PageSizeWithinBounds(FieldComplexityResult library) =>
        new(library.FieldImpact, Math.Min(library.ChildImpactMultiplier, QueryLimits.MaxPageSize));
}
