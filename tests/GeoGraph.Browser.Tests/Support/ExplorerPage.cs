using System.Text.Json;
using Microsoft.Playwright;

namespace GeoGraph.Browser.Tests.Support;

/// <summary>The explorer page as a test drives it: through the DOM, real mouse clicks on the drawing, and its Cytoscape instance for reading what is drawn.</summary>
public sealed class ExplorerPage(IPage page)
{
    public IPage Page { get; } = page;

    public Task WaitReadyAsync() =>
        Page.WaitForFunctionAsync("() => document.body.dataset.state === 'ready' && window.GeoGraphExplorer", null, new() { Timeout = 30_000 });

    /// <summary>Waits until <paramref name="selector"/> (a Cytoscape selector) matches something, then until the page is ready.</summary>
    public async Task WaitForElementAsync(string selector)
    {
        await Page.WaitForFunctionAsync("s => window.GeoGraphExplorer && GeoGraphExplorer.cy.$(s).length > 0", selector, new() { Timeout = 30_000 });
        await WaitReadyAsync();
    }

    public async Task<string[]> NodeIdsAsync() =>
        await Page.EvaluateAsync<string[]>("() => GeoGraphExplorer.cy.nodes().map(n => n.id()).sort()");

    public async Task<Edge[]> EdgesAsync() =>
        (await Page.EvaluateAsync<JsonElement>("() => GeoGraphExplorer.cy.edges().map(e => ({ id: e.id(), type: e.data('type'), source: e.data('source'), target: e.data('target'), retracted: e.data('retracted') }))"))
            .EnumerateArray().Select(e => new Edge(e.GetProperty("id").GetString()!, e.GetProperty("type").GetString()!, e.GetProperty("source").GetString()!,
                e.GetProperty("target").GetString()!, e.GetProperty("retracted").GetBoolean())).ToArray();

    /// <summary>A real click where the node is drawn.</summary>
    public Task ClickNodeAsync(string id) => ClickAtAsync("(id) => { const n = GeoGraphExplorer.cy.getElementById(id); return n.renderedPosition(); }", id);

    /// <summary>
    /// A real click on the edge's line, and the side panel showing that relation. Labels and
    /// other edges may lie over the middle of the line, so points along it are tried in turn.
    /// </summary>
    public async Task ClickEdgeAsync(string id)
    {
        // The midpoint lies on the line even when parallel edges curve; then points along the chord.
        var candidates = new[] { "(id) => GeoGraphExplorer.cy.getElementById(id).renderedMidpoint()" }.Concat(
            new[] { "0.4", "0.6", "0.3", "0.7", "0.2", "0.8" }.Select(t =>
                "(id) => { const e = GeoGraphExplorer.cy.getElementById(id), s = e.renderedSourceEndpoint(), t = e.renderedTargetEndpoint();" +
                $" return {{ x: s.x + (t.x - s.x) * {t}, y: s.y + (t.y - s.y) * {t} }}; }}"));
        foreach (var candidate in candidates)
        {
            await ClickAtAsync(candidate, id);
            try
            {
                await Page.Locator("#panel .type", new() { HasText = id }).WaitForAsync(new() { Timeout = 3_000 });
                return;
            }
            catch (TimeoutException)
            {
                if (await Page.Locator("#panel-close").IsVisibleAsync()) await Page.Locator("#panel-close").ClickAsync();
                await WaitReadyAsync();
            }
        }
        await Screenshots.SaveAsync(Page, "edge-click-failed");
        throw new InvalidOperationException($"no click along edge {id} opened it");
    }

    private async Task ClickAtAsync(string positionScript, string id)
    {
        var position = await Page.EvaluateAsync<JsonElement>(positionScript, id);
        var box = await Page.Locator("#graph").BoundingBoxAsync() ?? throw new InvalidOperationException("the graph is not drawn");
        await Page.Mouse.ClickAsync((float)(box.X + position.GetProperty("x").GetDouble()), (float)(box.Y + position.GetProperty("y").GetDouble()));
    }

    public sealed record Edge(string Id, string Type, string Source, string Target, bool Retracted);
}
