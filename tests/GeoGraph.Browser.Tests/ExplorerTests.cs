using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeoGraph.Browser.Tests.Support;
using GeoGraph.Core.Vocabulary;
using Microsoft.Playwright;

namespace GeoGraph.Browser.Tests;

/// <summary>The explorer in a real browser against the seeded API: search, drawing, expansion, the quote behind an edge, embedding, filters in the URL.</summary>
public sealed class ExplorerTests(Chromium chromium, SeededApi seeded) : BrowserTest(chromium), IClassFixture<SeededApi>
{
    private LiveApi Api => seeded.Api;

    private async Task<string[]> NeighbourhoodFromApiAsync(string id, int depth)
    {
        using var http = new HttpClient { BaseAddress = Api.BaseAddress };
        var query = $$"""{ neighborhood(id: "{{id}}", depth: {{depth}}, limit: 200, relationLimit: 2000) { nodes { id } } }""";
        using var response = await http.PostAsJsonAsync("/graphql", new { query }, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        return body["data"]!["neighborhood"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public async Task Typing_Pakistan_draws_its_neighbourhood_and_expanding_Asim_Munir_shows_the_quote_of_his_gift_to_Trump()
    {
        var (explorer, watch) = await OpenExplorerAsync(Api.Url("/explore"));
        var page = explorer.Page;

        await page.Locator("#search").PressSequentiallyAsync("Pakist", new() { Delay = 30 });
        var suggestion = page.Locator("#suggestions li[data-id='country:PK']");
        await suggestion.WaitForAsync();
        await suggestion.ClickAsync();
        await explorer.WaitForElementAsync("node[id = 'person:asim-munir']");

        Assert.Contains("focus=country:PK", page.Url);
        Assert.Equal(await NeighbourhoodFromApiAsync("country:PK", 2), await explorer.NodeIdsAsync());
        Assert.DoesNotContain(await explorer.EdgesAsync(), e => e is { Type: "GIFTED", Source: "person:asim-munir" });
        Assert.True(await page.EvaluateAsync<bool>("() => GeoGraphExplorer.cy.getElementById('claim:cn-export-controls-linked-to-pk-gift').hasClass('disputed')"),
            "the disputed claim is marked");
        await Screenshots.SaveAsync(page, "explorer-pakistan");

        await explorer.ClickNodeAsync("person:asim-munir");
        await explorer.WaitForElementAsync("edge[type = 'GIFTED'][source = 'person:asim-munir'][target = 'person:donald-trump']");
        Assert.Contains("expand=person:asim-munir", page.Url);
        await page.Locator("#panel-close").ClickAsync();

        var gift = (await explorer.EdgesAsync()).Single(e => e is { Type: "GIFTED", Source: "person:asim-munir", Target: "person:donald-trump" });
        await page.EvaluateAsync("() => GeoGraphExplorer.cy.fit(undefined, 60)");
        await explorer.ClickEdgeAsync(gift.Id);
        var panel = page.Locator("#panel");
        await Assertions.Expect(panel).ToContainTextAsync("the box of raw stones presented to Trump by Munir");
        await Assertions.Expect(panel).ToContainTextAsync("Pakistani leaders presented the precious metals to US President Donald Trump");
        await Assertions.Expect(panel).ToContainTextAsync("Lin Jian");
        await Assertions.Expect(panel).ToContainTextAsync("Beijing denies link between its rare earths restrictions");
        await Assertions.Expect(panel).ToContainTextAsync("box of samples");
        await Assertions.Expect(panel).ToContainTextAsync("3 citations");
        await page.EvaluateAsync("() => GeoGraphExplorer.cy.fit(undefined, 30)");
        await Screenshots.SaveAsync(page, "explorer-gift-quote");
        watch.AssertClean();
    }

    [Fact]
    public async Task Embed_mode_shows_the_graph_alone()
    {
        var (explorer, watch) = await OpenExplorerAsync(Api.Url("/explore?focus=country:PK&embed=1"));
        var page = explorer.Page;
        await explorer.WaitForElementAsync("node[id = 'country:PK']");

        foreach (var chrome in new[] { "#chrome", "#search", "#filters", "#status" })
            Assert.False(await page.Locator(chrome).IsVisibleAsync(), $"{chrome} is visible in embed mode");
        var graph = await page.Locator("#graph").BoundingBoxAsync();
        Assert.True(graph is { Width: 1280, Height: 800 }, $"the graph fills the frame: {graph?.Width}x{graph?.Height}");
        Assert.True((await explorer.NodeIdsAsync()).Length > 5);
        await Screenshots.SaveAsync(page, "explorer-embed");
        watch.AssertClean();
    }

    [Fact]
    public async Task Without_its_layout_thread_the_explorer_lays_out_on_the_page()
    {
        // The worker's script does not load (as behind a proxy that refuses it): the page lays
        // out on its own thread and still draws, and expanding still works.
        var (explorer, _) = await OpenExplorerAsync(Api.Url("/explore?focus=country:PK"),
            context => context.RouteAsync("**/explore/layout-worker.js", route => route.FulfillAsync(new() { Status = 404 })));
        await explorer.WaitForElementAsync("node[id = 'person:asim-munir']");

        Assert.Equal("page", await explorer.Page.EvaluateAsync<string>("() => GeoGraphExplorer.layoutThread"));
        Assert.Equal(await NeighbourhoodFromApiAsync("country:PK", 2), await explorer.NodeIdsAsync());
        var nodes = (await explorer.NodeIdsAsync()).Length;
        Assert.Equal(nodes, await explorer.Page.EvaluateAsync<int>("() => new Set(GeoGraphExplorer.cy.nodes().map(n => Math.round(n.position('x')) + ',' + Math.round(n.position('y')))).size"));

        await explorer.ClickNodeAsync("person:asim-munir");
        await explorer.WaitForElementAsync("edge[type = 'GIFTED']");
    }

    [Fact]
    public async Task Filters_are_kept_in_the_url_and_read_back_from_it()
    {
        var (explorer, watch) = await OpenExplorerAsync(Api.Url("/explore?focus=country:PK&types=ALLIED_WITH,EXPORTS_TO,ASSURES&direction=OUT&depth=1"));
        var page = explorer.Page;
        await explorer.WaitForElementAsync("node[id = 'country:PK']");

        Assert.Equal(["ASSURES", "EXPORTS_TO"], (await explorer.EdgesAsync()).Select(e => e.Type).Order(StringComparer.Ordinal));
        Assert.All(await explorer.EdgesAsync(), e => Assert.Equal("country:PK", e.Source));
        Assert.Equal("OUT", await page.Locator("#direction").InputValueAsync());
        Assert.Equal("1", await page.Locator("#depth").InputValueAsync());
        Assert.Equal($"3 of {RelationVocabulary.Default.All.Count}", await page.Locator("#types-summary").TextContentAsync());

        await page.Locator("#direction").SelectOptionAsync("IN");
        await page.WaitForURLAsync("**direction=IN**");
        await explorer.WaitForElementAsync("edge[type = 'ALLIED_WITH']");
        Assert.Equal(["ALLIED_WITH country:CN country:PK"], (await explorer.EdgesAsync()).Select(e => $"{e.Type} {e.Source} {e.Target}"));

        await page.Locator("#validAt").FillAsync("2025-10-14");
        await page.WaitForURLAsync("**validAt=2025-10-14**");
        await explorer.WaitReadyAsync();
        Assert.Contains("types=ALLIED_WITH,EXPORTS_TO,ASSURES", page.Url);
        watch.AssertClean();
    }
}
