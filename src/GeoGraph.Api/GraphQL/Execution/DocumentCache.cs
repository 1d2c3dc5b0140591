using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Caching.Memory;

namespace GeoGraph.Api.GraphQL.Execution;

/// <summary>
/// Keeps parsed documents by query text, so a repeated query skips lexing and parsing. Only
/// documents that parsed and validated are kept; the cache is bounded by entry count.
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    public const int MaxEntries = 1_000;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
            return await next(options);
        if (_cache.TryGetValue(query, out GraphQLParser.AST.GraphQLDocument? cached) && cached is not null)
        {
            options.Document = cached;
            return await next(options);
        }
        var result = await next(options);
        if (result.Executed && result.Document is { } parsed)
            _cache.Set(query, parsed, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return result;
    }

    public int Count => _cache.Count;

    public void Dispose() => _cache.Dispose();
}
