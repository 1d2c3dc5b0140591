using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace GeoGraph.Api.GraphQL.Execution;

/// <summary>
/// Keeps parsed documents by query text, so a repeated query skips lexing, parsing and the
/// validation it already passed. Only documents that parsed and validated are kept, and only
/// queries up to <see cref="MaxQueryLength"/> characters (real clients send the same few queries;
/// a huge query is rarely repeated). The cache is bounded by the total length of the queries it holds.
/// </summary>
/// <remarks>
/// A cached document runs only the rules that depend on the request rather than on the document
/// (<see cref="ExecutionOptions.CachedDocumentValidationRules"/>: the caller's role, introspection),
/// as GraphQL.NET's own cache does — plus the complexity analyser when the document's cost depends on
/// its variables (a page size given as a variable), since another request may give a larger one.
/// Variables are still parsed and checked against their types on every request.
/// </remarks>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    public const int MaxQueryLength = 16 * 1024;
    public const long MaxTotalQueryLength = 8 * 1024 * 1024;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxTotalQueryLength });

    /// <summary>An execution step (GraphQL.NET's 200), after option configuration (100), before parsing.</summary>
    public float SortOrder => 200;

    private sealed record Entry(GraphQLDocument Document, bool CostDependsOnVariables);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { Length: > 0 and <= MaxQueryLength } query)
            return await next(options);
        if (_cache.TryGetValue(query, out Entry? cached) && cached is not null)
        {
            options.Document = cached.Document;
            IEnumerable<IValidationRule> rules = options.CachedDocumentValidationRules ?? [];
            if (cached.CostDependsOnVariables) rules = rules.Concat(options.ValidationRules?.OfType<ComplexityValidationRule>() ?? []);
            options.ValidationRules = rules.ToArray();
            return await next(options);
        }
        var result = await next(options);
        if (result.Executed && result.Document is { } parsed)
            _cache.Set(query, new Entry(parsed, CostDependsOnVariables(parsed)),
                new MemoryCacheEntryOptions { Size = query.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return result;
    }

    /// <summary>The parsed document of a query seen before, or null (the caller parses it).</summary>
    public GraphQLDocument? Find(string query) =>
        query.Length <= MaxQueryLength && _cache.TryGetValue(query, out Entry? cached) ? cached?.Document : null;

    /// <summary>
    /// Whether the complexity analyser's answer may change with the variables: the library's cost of a
    /// field reads only its page size arguments (<c>first</c>, <c>last</c>), so a document whose page
    /// sizes are all literals (or absent) costs the same whatever the variables.
    /// </summary>
    internal static bool CostDependsOnVariables(GraphQLDocument document)
    {
        var pending = new Stack<ASTNode>(document.Definitions);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case GraphQLField field:
                    if (field.Arguments?.Items.Any(a => a.Name.Value.Span is "first" or "last" && a.Value is GraphQLVariable) == true) return true;
                    if (field.SelectionSet is { } fieldSelections) pending.Push(fieldSelections);
                    break;
                case GraphQLOperationDefinition operation:
                    pending.Push(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    pending.Push(fragment.SelectionSet);
                    break;
                case GraphQLInlineFragment inline:
                    pending.Push(inline.SelectionSet);
                    break;
                case GraphQLSelectionSet set:
                    foreach (var selection in set.Selections) pending.Push(selection);
                    break;
            }
        }
        return false;
    }

    public int Count => _cache.Count;

    public void Dispose() => _cache.Dispose();
}
