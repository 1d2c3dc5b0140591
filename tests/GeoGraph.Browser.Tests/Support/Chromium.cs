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

    public static string? FindExecutable() =>
        new[] { Environment.GetEnvironmentVariable(PathVariable), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public async ValueTask InitializeAsync()
    {
        var executable = FindExecutable();
        if (executable is null)
        {
            Unavailable = $"no Chromium found ({PathVariable}, /usr/bin/chromium, /usr/bin/chromium-browser); install it with `apt-get install -y chromium`";
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
        if (Browser is not null) return Browser;
        var reason = Unavailable ?? "no browser";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1") Assert.Fail($"{RequireVariable}=1 but {reason}");
        Assert.Skip(reason);
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
