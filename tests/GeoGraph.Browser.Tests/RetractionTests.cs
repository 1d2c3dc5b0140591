using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeoGraph.Browser.Tests.Support;
using Microsoft.Playwright;

namespace GeoGraph.Browser.Tests;

/// <summary>Retracted relations are hidden unless asked for, then drawn dashed; on an API of its own, since it retracts.</summary>
public sealed class RetractionTests(Chromium chromium) : BrowserTest(chromium), IAsyncLifetime
{
    private readonly LiveApi _api = new();

    public async ValueTask InitializeAsync() => await _api.StartAsync();

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        await _api.DisposeAsync();
    }

    private async Task<JsonNode> PostAsync(string query)
    {
        using var http = new HttpClient { BaseAddress = _api.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", GeoGraph.Testing.ApiTestKeys.Admin);
        using var response = await http.PostAsJsonAsync("/graphql", new { query }, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }

    [Fact]
    public async Task A_retracted_relation_is_hidden_until_asked_for()
    {
        var assures = (await PostAsync("""{ relations(where: { type: "ASSURES", subject: "country:PK" }) { edges { node { id } } } }"""))
            ["relations"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>();
        await PostAsync($$"""mutation { retractRelation(id: "{{assures}}", reason: "test: misread quote") { retractedAt } }""");

        var (explorer, watch) = await OpenExplorerAsync(_api.Url("/explore?focus=country:PK&depth=1"));
        var page = explorer.Page;
        await explorer.WaitForElementAsync("edge[type = 'ALLIED_WITH']");
        Assert.DoesNotContain(await explorer.EdgesAsync(), e => e.Id == assures);

        await page.Locator("#retracted").CheckAsync();
        await page.WaitForURLAsync("**retracted=1**");
        await explorer.WaitForElementAsync($"edge[id = '{assures}']");
        Assert.Contains(await explorer.EdgesAsync(), e => e.Id == assures && e.Retracted);

        await page.EvaluateAsync("() => GeoGraphExplorer.cy.fit(undefined, 60)");
        await explorer.ClickEdgeAsync(assures);
        await Assertions.Expect(page.Locator("#panel")).ToContainTextAsync("test: misread quote");
        watch.AssertClean();
    }
}
