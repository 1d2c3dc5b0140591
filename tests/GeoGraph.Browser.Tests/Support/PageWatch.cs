using Microsoft.Playwright;

namespace GeoGraph.Browser.Tests.Support;

/// <summary>
/// Everything that went wrong on a page: failed requests, HTTP errors, console errors (a CSP
/// violation is one) and uncaught exceptions.
/// </summary>
public sealed class PageWatch
{
    private readonly List<string> _problems = [];

    public PageWatch(IPage page)
    {
        page.RequestFailed += (_, request) => Add($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) => { if (response.Status >= 400) Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}"); };
        page.Console += (_, message) => { if (message.Type == "error") Add($"console error: {message.Text}"); };
        page.PageError += (_, error) => Add($"page error: {error}");
    }

    public IReadOnlyList<string> Problems { get { lock (_problems) return _problems.ToArray(); } }

    public void AssertClean() => Assert.True(Problems.Count == 0, "the page had problems:\n" + string.Join('\n', Problems));

    private void Add(string problem) { lock (_problems) _problems.Add(problem); }
}

/// <summary>Screenshots into the test output (TestResults/screenshots beside the test assembly, or GEOGRAPH_SCREENSHOTS_DIR).</summary>
public static class Screenshots
{
    public static string Directory =>
        Environment.GetEnvironmentVariable("GEOGRAPH_SCREENSHOTS_DIR") is { Length: > 0 } dir ? dir
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {path}");
        return path;
    }
}
