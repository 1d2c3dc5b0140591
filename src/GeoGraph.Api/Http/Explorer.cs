namespace GeoGraph.Api.Http;

/// <summary>
/// The graph explorer (wwwroot/explore/index.html) at <see cref="Path"/>: <c>?focus=&lt;id&gt;</c>
/// draws a node's neighbourhood, <c>&amp;embed=1</c> shows the graph alone, for an iframe.
/// </summary>
public static class Explorer
{
    public const string Path = "/explore";
    public const string PagePath = "explore/index.html";

    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, IWebHostEnvironment env) => HtmlPage.WriteAsync(http, env, PagePath, "explorer"));
        return app;
    }
}
