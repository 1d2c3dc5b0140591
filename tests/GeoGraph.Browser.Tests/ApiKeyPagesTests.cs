using GeoGraph.Browser.Tests.Support;
using GeoGraph.Testing;
using Microsoft.Playwright;

namespace GeoGraph.Browser.Tests;

/// <summary>
/// On a server that needs a key for every request (Auth:RequireReadKey), the explorer asks for
/// one once, sends it, and draws; the key is kept for the tab, so the playground uses it too.
/// </summary>
public sealed class ApiKeyPagesTests(Chromium chromium) : IAsyncLifetime
{
    private readonly LiveApi _api = new(("Auth:RequireReadKey", "true"));

    public async ValueTask InitializeAsync() => await _api.StartAsync();

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_explorer_asks_for_a_key_once_and_then_draws()
    {
        await using var context = await chromium.Require().NewContextAsync();
        var page = await context.NewPageAsync();
        var prompts = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            prompts.Add(dialog.Message);
            await dialog.AcceptAsync(ApiTestKeys.Reader);
        };

        await page.GotoAsync(_api.Url("/explore?focus=country:PK"));
        var explorer = new ExplorerPage(page);
        await explorer.WaitForElementAsync("#country\\:PK");

        Assert.Contains("person:asim-munir", await explorer.NodeIdsAsync());
        Assert.Single(prompts);
        Assert.Contains("API key", prompts[0]);

        // The same tab's playground sends the kept key: its schema loads and its example runs
        // without asking again.
        await page.GotoAsync(_api.Url("/graphql"));
        await page.Locator(".graphiql-container").WaitForAsync(new() { Timeout = 30_000 });
        await page.Locator(".graphiql-execute-button").ClickAsync();
        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync("Lin Jian", new() { Timeout = 30_000 });
        Assert.Single(prompts);
    }
}
