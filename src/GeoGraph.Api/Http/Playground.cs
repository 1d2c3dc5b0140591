namespace GeoGraph.Api.Http;

/// <summary>The GraphiQL page (wwwroot/playground/index.html), which a browser's GET /graphql gets.</summary>
public static class Playground
{
    public const string PagePath = "playground/index.html";

    public static Task WriteAsync(HttpContext http, IWebHostEnvironment env) => HtmlPage.WriteAsync(http, env, PagePath, "GraphQL playground");
}
