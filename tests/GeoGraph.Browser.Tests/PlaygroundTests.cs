using GeoGraph.Browser.Tests.Support;
using Microsoft.Playwright;

namespace GeoGraph.Browser.Tests;

/// <summary>The GraphiQL playground in a real browser: loads everything from the API itself, runs an example, and opens a result in the explorer.</summary>
public sealed class PlaygroundTests(Chromium chromium, SeededApi seeded) : BrowserTest(chromium), IClassFixture<SeededApi>
{
    private async Task<(IPage Page, PageWatch Watch)> OpenPlaygroundAsync()
    {
        var (page, watch) = await OpenAsync(seeded.Api.Url("/graphql"));
        await page.Locator(".graphiql-container").WaitForAsync(new() { Timeout = 30_000 });
        return (page, watch);
    }

    [Fact]
    public async Task The_playground_loads_with_no_failed_request_and_runs_an_example()
    {
        var (page, watch) = await OpenPlaygroundAsync();

        await page.Locator(".graphiql-execute-button").ClickAsync();

        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync("claim:cn-export-controls-linked-to-pk-gift", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync("Lin Jian");
        Assert.Equal("/explore", await page.Locator("#explorer-link").GetAttributeAsync("href"));
        await Screenshots.SaveAsync(page, "playground");
        watch.AssertClean();
    }

    [Fact]
    public async Task The_open_in_explorer_example_opens_its_result_in_the_explorer()
    {
        var (page, watch) = await OpenPlaygroundAsync();

        await page.Locator(".graphiql-tab", new() { HasText = "OpenInExplorer" }).ClickAsync();
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("query OpenInExplorer");
        await page.Locator(".graphiql-execute-button").ClickAsync();
        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync("country:PK", new() { Timeout = 30_000 });
        var explorerPage = await Context.RunAndWaitForPageAsync(() => page.Locator("#open-in-explorer").ClickAsync());

        await Screenshots.SaveAsync(explorerPage, "playground-opened-explorer");
        TestContext.Current.TestOutputHelper?.WriteLine("opened " + explorerPage.Url);
        await explorerPage.WaitForFunctionAsync("() => location.pathname === '/explore' && new URLSearchParams(location.search).get('focus') === 'country:PK'");
        var explorer = new ExplorerPage(explorerPage);
        await explorer.WaitForElementAsync("node[id = 'country:PK'][[degree > 3]]");
        Assert.Equal("/graphql", await explorerPage.Locator("#playground-link").GetAttributeAsync("href"));
        watch.AssertClean();
    }
}
