using Microsoft.Playwright;

namespace GeoGraph.Browser.Tests.Support;

/// <summary>
/// Debian's Chromium, headless, through Playwright (whose own browser download does not work on
/// our machines). Absent, the tests skip saying why, unless GEOGRAPH_REQUIRE_BROWSER=1 (CI) makes
/// that a failure.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string RequireVariable = "GEOGRAPH_REQUIRE_BROWSER";
    public const string PathVariable = "GEOGRAPH_CHROMIUM";

    // DESIGN §1's flags. Playwright gives every launch a fresh profile directory of its own (it
    // refuses --user-data-dir in the arguments), so each run starts from a clean browser.
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    /// <summary>Why there is no browser, when there is none.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>GEOGRAPH_CHROMIUM when set (and then only that), else Debian's or Ubuntu's path.</summary>
    public static string? FindExecutable() =>
        (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } chosen ? [chosen] : new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" })
            .FirstOrDefault(File.Exists);

    public async ValueTask InitializeAsync()
    {
        var executable = FindExecutable();
        if (executable is null)
        {
            var looked = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } chosen ? $"{PathVariable}={chosen}" : "/usr/bin/chromium, /usr/bin/chromium-browser";
            Unavailable = $"no Chromium found ({looked}); install it with `apt-get install -y chromium`";
            return;
        }
        try
        {
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = Flags,
                Timeout = 60_000,
            });
        }
        catch (PlaywrightException e)
        {
            Unavailable = $"Chromium at {executable} did not start under Playwright: {e.Message}";
        }
    }

    /// <summary>The browser, or the test is skipped (failed where the browser is required).</summary>
    public IBrowser Require()
    {
        var reason = Browser is null ? Unavailable ?? "no browser" : MissingPageAssets();
        if (reason is null) return Browser!;
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1") Assert.Fail($"{RequireVariable}=1 but {reason}");
        Assert.Skip(reason);
        return null!;
    }

    /// <summary>The pages' npm assets, which the build installs only where npm exists.</summary>
    private static string? MissingPageAssets()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "GeoGraph.sln"))) directory = Path.GetDirectoryName(directory);
        var wwwroot = Path.Combine(directory ?? ".", "src", "GeoGraph.Api", "wwwroot");
        var missing = new[] { "explore/vendor/cytoscape.min.js", "explore/vendor/cytoscape-fcose.js", "playground/vendor/graphiql.umd.js" }
            .Where(f => !File.Exists(Path.Combine(wwwroot, f))).ToArray();
        return missing.Length == 0 ? null
            : $"the pages' npm assets are not installed ({string.Join(", ", missing)}): build with npm available (`dotnet build src/GeoGraph.Api` runs npm ci)";
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
