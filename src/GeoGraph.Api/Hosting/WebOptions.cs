namespace GeoGraph.Api.Hosting;

/// <summary>
/// Configuration section "Embedding": who may frame GeoGraph's pages (the explorer with
/// <c>embed=1</c> in an iframe).
/// </summary>
public sealed class EmbeddingOptions
{
    public const string Section = "Embedding";

    /// <summary>CSP frame-ancestors sources: <c>'self'</c> (default), <c>'none'</c>, or origins such as <c>https://dash.example.com</c>.</summary>
    public IReadOnlyList<string> FrameAncestors { get; set; } = ["'self'"];
}

/// <summary>Configuration section "Cors": browser pages on these origins may call /graphql. None by default.</summary>
public sealed class CorsOriginsOptions
{
    public const string Section = "Cors";

    /// <summary>Origins (scheme://host[:port]) allowed to call /graphql from a browser; empty turns CORS off.</summary>
    public IReadOnlyList<string> Origins { get; set; } = [];
}

/// <summary>
/// Lists in configuration, written either as ASP.NET arrays (<c>Cors__Origins__0=…</c>) or as
/// one value separated by spaces or commas (<c>Cors__Origins="https://a.example https://b.example"</c>),
/// the handier form in an environment variable.
/// </summary>
public static class ConfigurationLists
{
    public static IReadOnlyList<string>? Read(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.Value is { } single
            ? single.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(v => v.Length > 0).ToArray();
        return section.Exists() ? values : null;
    }

    /// <summary>An origin as browsers send it: scheme://host[:port], no path, lower case, no trailing slash.</summary>
    public static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.AbsolutePath == "/" && !value.EndsWith('/') && uri.Query.Length == 0 && uri.Fragment.Length == 0
        && uri.UserInfo.Length == 0;
}
