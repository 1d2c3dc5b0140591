using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace GeoGraph.Api.Http;

/// <summary>
/// ETags on GET answers: the answer is rendered, hashed, and sent only when the client does not
/// already hold it (If-None-Match), so HTTP caches and embedded tools revalidate for the price
/// of a 304. Weak tags: a compressed copy of the same answer is the same answer.
/// </summary>
public static class HttpCaching
{
    public static async Task WriteWithETagAsync(HttpContext http, Func<Stream, Task> render)
    {
        using var buffer = new MemoryStream();
        await render(buffer);
        var response = http.Response;
        var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"", isWeak: true);
        response.Headers.ETag = etag.ToString();
        // Stored by caches, but always revalidated: the graph changes with every ingestion.
        response.Headers.CacheControl = "no-cache";
        // The media type follows Accept, and CORS headers follow Origin (caches must not mix them).
        response.Headers.Append(HeaderNames.Vary, "Accept, Origin");
        if (http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } held && held.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentType = null;
            return;
        }
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, http.RequestAborted);
    }
}
