using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Caching.Memory;

namespace GeoGraph.Api.GraphQL.Execution;

/// <summary>
/// Keeps parsed documents by query text, so a repeated query skips lexing and parsing. Only
/// documents that parsed and validated are kept, and only queries up to <see cref="MaxQueryLength"/>
/// characters (real clients send the same few queries; a huge query is rarely repeated). The
/// cache is bounded by the total length of the queries it holds.
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    public const int MaxQueryLength = 16 * 1024;
    public const long MaxTotalQueryLength = 8 * 1024 * 1024;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxTotalQueryLength });

    /// <summary>An execution step (GraphQL.NET's 200), after option configuration (100), before parsing.</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { Length: > 0 and <= MaxQueryLength } query)
            return await next(options);
        if (_cache.TryGetValue(query, out GraphQLParser.AST.GraphQLDocument? cached) && cached is not null)
        {
            options.Document = cached;
            return await next(options);
        }
        var result = await next(options);
        if (result.Executed && result.Document is { } parsed)
            _cache.Set(query, parsed, new MemoryCacheEntryOptions { Size = query.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return result;
    }

    public int Count => _cache.Count;

    public void Dispose() => _cache.Dispose();
}
