using System.Net;
using GeoGraph.Browser.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoGraph.Browser.Tests;

/// <summary>
/// A dashboard page on another loopback origin calls /graphql: the browser lets it read the
/// answer only when the API lists that origin in Cors:Origins, and frames the explorer only when
/// Embedding:FrameAncestors names it.
/// </summary>
public sealed class CrossOriginTests(Chromium chromium) : BrowserTest(chromium), IAsyncLifetime
{
    private WebApplication? _dashboard;
    private string _dashboardOrigin = "";

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _dashboard = builder.Build();
        _dashboard.MapGet("/", (string? frame) => Results.Content(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>Dashboard</title></head><body><h1>Dashboard</h1>"
            + (frame is null ? "" : $"<iframe id=\"geograph\" src=\"{WebUtility.HtmlEncode(frame)}\" width=\"800\" height=\"500\"></iframe>")
            + "</body></html>", "text/html"));
        await _dashboard.StartAsync();
        _dashboardOrigin = _dashboard.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        if (_dashboard is not null) await _dashboard.DisposeAsync();
    }

    private async Task<IPage> DashboardAsync(string? frame = null) =>
        (await OpenAsync(_dashboardOrigin + "/" + (frame is null ? "" : "?frame=" + Uri.EscapeDataString(frame)))).Page;

    private const string CallGraphQL = """
        async (url) => {
          try {
            const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ query: '{ entity(id: "country:PK") { name } }' }) });
            return (await response.json()).data.entity.name;
          } catch (e) {
            return 'blocked: ' + e.name;
          }
        }
        """;

    [Fact]
    public async Task A_page_on_a_configured_origin_can_call_graphql_and_another_cannot()
    {
        var page = await DashboardAsync();
        await using var allowing = await new LiveApi(("Cors:Origins", _dashboardOrigin)).StartAsync();
        await using var closed = await new LiveApi().StartAsync();

        Assert.Equal("Pakistan", await page.EvaluateAsync<string>(CallGraphQL, allowing.Url("/graphql")));
        Assert.Equal("blocked: TypeError", await page.EvaluateAsync<string>(CallGraphQL, closed.Url("/graphql")));
    }

    [Fact]
    public async Task The_explorer_is_framed_only_by_origins_configured_as_frame_ancestors()
    {
        await using var framable = await new LiveApi(("Embedding:FrameAncestors", $"'self' {_dashboardOrigin}")).StartAsync();
        await using var closed = await new LiveApi().StartAsync();

        var page = await DashboardAsync(framable.Url("/explore?focus=country:PK&embed=1"));
        var frame = page.FrameLocator("#geograph");
        await frame.Locator("body[data-state='ready']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        Assert.False(await frame.Locator("#chrome").IsVisibleAsync());
        await Screenshots.SaveAsync(page, "dashboard-embedding-explorer");

        var refused = await DashboardAsync(closed.Url("/explore?focus=country:PK&embed=1"));
        await refused.WaitForTimeoutAsync(1500);
        Assert.Equal(0, await refused.FrameLocator("#geograph").Locator("#graph").CountAsync());
    }
}
