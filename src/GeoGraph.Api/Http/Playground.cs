namespace GeoGraph.Api.Http;

/// <summary>
/// The GraphiQL page (wwwroot/playground/index.html, with assets npm installs at build time).
/// Where the page itself is missing, a short page says how to build it.
/// </summary>
public static class Playground
{
    public const string PagePath = "playground/index.html";

    public static async Task WriteAsync(HttpContext http, IWebHostEnvironment env)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        var page = env.WebRootFileProvider.GetFileInfo(PagePath);
        if (page.Exists)
        {
            await http.Response.SendFileAsync(page, http.RequestAborted);
            return;
        }
        await http.Response.WriteAsync("""
            <!doctype html><html><head><meta charset="utf-8"><title>GeoGraph — GraphQL playground</title></head>
            <body><h1>GeoGraph — GraphQL playground</h1>
            <p>The playground page is not installed. Build the API with Node.js and npm available:
            <code>dotnet build src/GeoGraph.Api</code> runs <code>npm ci</code> in src/GeoGraph.Api/Playground.</p>
            <p>The API itself works: POST GraphQL requests to <code>/graphql</code>.</p></body></html>
            """, http.RequestAborted);
    }
}
