namespace GeoGraph.Api.Http;

/// <summary>
/// The intake page (wwwroot/ingest/index.html) at <see cref="Path"/>: paste a text, review the
/// draft suggestBundle makes of it, send the accepted relations to ingestArticle.
/// </summary>
public static class IntakePage
{
    public const string Path = "/ingest";
    public const string PagePath = "ingest/index.html";

    public static IEndpointRouteBuilder MapIntakePage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, IWebHostEnvironment env) => HtmlPage.WriteAsync(http, env, PagePath, "intake"));
        return app;
    }
}
