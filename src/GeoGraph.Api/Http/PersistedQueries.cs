using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GeoGraph.Core.Errors;
using GraphQL;
using Microsoft.Extensions.Caching.Memory;

namespace GeoGraph.Api.Http;

/// <summary>
/// Automatic persisted queries (Apollo's APQ convention): a request may carry
/// <c>extensions.persistedQuery = { version: 1, sha256Hash }</c>. With the query, the query is
/// kept under its hash; without it, the kept query is used, or the answer is
/// <c>PERSISTED_QUERY_NOT_FOUND</c> and the client sends the query once. Clients can then send
/// short GET requests that HTTP caches and ETags serve. The cache is bounded by the total length
/// of the queries it holds.
/// </summary>
public sealed class PersistedQueries : IDisposable
{
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";
    /// <summary>The message Apollo's clients look for, besides the code.</summary>
    public const string NotFoundMessage = "PersistedQueryNotFound";
    public const int MaxQueryLength = 64 * 1024;
    public const long MaxTotalQueryLength = 16 * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxTotalQueryLength });

    public int Count => _cache.Count;

    /// <summary>The query to execute, or a refusal (code and message) when the request cannot be resolved.</summary>
    public Resolution Resolve(string? query, Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
            return new(query, null, null);
        if (value is not IReadOnlyDictionary<string, object?> persisted
            || !persisted.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string hash
            || hash.Length != 64 || !hash.All(Uri.IsHexDigit))
            return Refuse(ErrorCodes.ValidationFailed, "extensions.persistedQuery needs sha256Hash: the 64 hex digits of the SHA-256 of the query (UTF-8)");
        if (persisted.TryGetValue("version", out var version) && version is not null
            && Convert.ToString(version, CultureInfo.InvariantCulture) != "1")
            return Refuse(ErrorCodes.ValidationFailed, "extensions.persistedQuery.version must be 1");
        hash = hash.ToLowerInvariant();

        if (string.IsNullOrEmpty(query))
            return _cache.TryGetValue(hash, out string? kept) && kept is not null
                ? new(kept, null, null)
                : Refuse(NotFoundCode, NotFoundMessage);

        if (Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query))) != hash)
            return Refuse(ErrorCodes.ValidationFailed, "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query");
        if (query.Length <= MaxQueryLength)
            _cache.Set(hash, query, new MemoryCacheEntryOptions { Size = query.Length, SlidingExpiration = TimeSpan.FromDays(1) });
        return new(query, null, null);
    }

    private static Resolution Refuse(string code, string message) => new(null, code, message);

    public void Dispose() => _cache.Dispose();

    public readonly record struct Resolution(string? Query, string? ErrorCode, string? ErrorMessage);
}
