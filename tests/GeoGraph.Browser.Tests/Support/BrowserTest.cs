using Microsoft.Playwright;

namespace GeoGraph.Browser.Tests.Support;

/// <summary>
/// A test class's browser pages: each opens in a fresh context (its own cookies, storage and
/// cache), which is closed after the test; <see cref="Chromium.Require"/> skips or fails first
/// where there is no browser.
/// </summary>
public abstract class BrowserTest(Chromium chromium) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    protected IBrowserContext Context => _contexts[^1];

    /// <summary>
    /// A new 1280×800 page at <paramref name="url"/>, watched for failed requests and console
    /// errors; <paramref name="prepare"/> sees its context first (to route requests, say).
    /// </summary>
    protected async Task<(IPage Page, PageWatch Watch)> OpenAsync(string url, Func<IBrowserContext, Task>? prepare = null)
    {
        var context = await chromium.Require().NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            AcceptDownloads = true,
        });
        _contexts.Add(context);
        if (prepare is not null) await prepare(context);
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await page.GotoAsync(url);
        return (page, watch);
    }

    /// <summary>The explorer at <paramref name="url"/>, once it has drawn.</summary>
    protected async Task<(ExplorerPage Explorer, PageWatch Watch)> OpenExplorerAsync(string url, Func<IBrowserContext, Task>? prepare = null)
    {
        var (page, watch) = await OpenAsync(url, prepare);
        var explorer = new ExplorerPage(page);
        await explorer.WaitReadyAsync();
        return (explorer, watch);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
