using System.Net;

namespace GeoGraph.Api.Http;

/// <summary>
/// Serves one of the API's pages from wwwroot (assets npm installs at build time beside it).
/// Where the page itself is missing, a short page says how to build it.
/// </summary>
internal static class HtmlPage
{
    public static async Task WriteAsync(HttpContext http, IWebHostEnvironment env, string pagePath, string title)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        var page = env.WebRootFileProvider.GetFileInfo(pagePath);
        if (page.Exists)
        {
            await http.Response.SendFileAsync(page, http.RequestAborted);
            return;
        }
        var heading = "GeoGraph — " + WebUtility.HtmlEncode(title);
        await http.Response.WriteAsync($"""
            <!doctype html><html><head><meta charset="utf-8"><title>{heading}</title></head>
            <body><h1>{heading}</h1>
            <p>The {WebUtility.HtmlEncode(title)} page is not installed. Build the API with Node.js and npm available:
            <code>dotnet build src/GeoGraph.Api</code> runs <code>npm ci</code> in src/GeoGraph.Api/Playground.</p>
            <p>The API itself works: POST GraphQL requests to <code>/graphql</code>.</p></body></html>
            """, http.RequestAborted);
    }
}
