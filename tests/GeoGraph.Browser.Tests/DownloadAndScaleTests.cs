using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Browser.Tests.Support;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Ingestion;
using Json.Schema;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoGraph.Browser.Tests;

/// <summary>The explorer's downloads (PNG, re-importable JSON bundle), and a 1,000-node drawing: laid out off the page's main thread, how long it takes and how long the page is blocked.</summary>
public sealed class DownloadAndScaleTests(Chromium chromium, SeededApi seeded) : BrowserTest(chromium), IClassFixture<SeededApi>
{
    private async Task<ExplorerPage> OpenPakistanAsync(string pathAndQuery)
    {
        var (explorer, _) = await OpenExplorerAsync(seeded.Api.Url(pathAndQuery));
        await explorer.WaitForElementAsync("node[id = 'country:PK']");
        return explorer;
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(button).ClickAsync());
        var path = Path.Combine(Screenshots.Directory, download.SuggestedFilename);
        Directory.CreateDirectory(Screenshots.Directory);
        await download.SaveAsAsync(path);
        return await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_png_download_is_a_picture_of_the_drawing()
    {
        var explorer = await OpenPakistanAsync("/explore?focus=country:PK");

        var png = await DownloadAsync(explorer.Page, "#download-png");

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.True(png.Length > 10_000, $"{png.Length} bytes");
    }

    [Fact]
    public async Task The_json_download_is_a_bundle_that_imports_into_an_empty_store()
    {
        var explorer = await OpenPakistanAsync("/explore?focus=country:PK&depth=1");
        var drawn = (await explorer.EdgesAsync()).Length;

        var json = System.Text.Encoding.UTF8.GetString(await DownloadAsync(explorer.Page, "#download-json"));

        var schema = JsonSchema.FromText(Embedded("GeoGraph.Core.Bundles.geograph-bundle-1.schema.json"));
        var evaluation = schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(evaluation.IsValid, json);
        var bundle = BundleJson.Read(json);
        Assert.Equal(drawn, bundle.Relations.Count);
        Assert.Single(bundle.Articles);

        // Re-import into a store that holds nothing but the preloaded countries.
        await using var empty = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Storage:Sqlite:Path", Path.Combine(Path.GetTempPath(), $"geograph-reimport-{Guid.NewGuid():N}.db"));
            b.UseSetting("Seed:OnStartup", "false");
        });
        var result = await empty.Services.GetRequiredService<Ingestor>().IngestAsync(bundle, "browser-test", TestContext.Current.CancellationToken);
        Assert.Equal(drawn, result.Applied.RelationsCreated);
    }

    [Fact]
    public async Task A_thousand_node_drawing_is_laid_out_without_freezing()
    {
        var explorer = await OpenPakistanAsync("/explore?focus=country:PK");
        var page = explorer.Page;
        // Wall time depends on what else the machine runs; the renderer's main-thread CPU time
        // (Chrome's ThreadTime metric) says what the drawing costs the page itself.
        var cdp = await Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");
        var cpuBefore = await ThreadTimeAsync(cdp);

        // A synthetic subgraph shaped like the API's answers: 1,000 nodes, 1,500 relations (a
        // random tree plus 501 extra edges), drawn and laid out by the page's own code path. The
        // page records its long tasks (main-thread work of 50 ms or more, the browser's measure
        // of jank) and whether a click is handled while the layout runs.
        await page.EvaluateAsync("""
            () => {
              const scale = window.scale = { done: false, longest: 0, longTasks: 0, clickedDuringLayout: null };
              scale.observer = new PerformanceObserver(list => scale.note(list.getEntries()));
              scale.note = entries => entries.forEach(e => { scale.longTasks++; scale.longest = Math.max(scale.longest, e.duration); });
              scale.observer.observe({ type: 'longtask' });
              document.getElementById('status').addEventListener('click', () => {
                if (scale.clickedDuringLayout === null) scale.clickedDuringLayout = !scale.done;
              });
              let seed = 42;
              const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
              const kinds = ['COUNTRY', 'PERSON', 'ORGANIZATION', 'COMMODITY', 'EVENT', 'CLAIM'];
              const nodes = [], relations = [];
              for (let i = 0; i < 1000; i++) nodes.push({ id: 'person:n' + i, kind: kinds[i % 6], name: 'Node ' + i });
              const edge = (a, b, i) => relations.push({ id: 'rel:' + i.toString(16).padStart(16, '0'), type: 'COOPERATES_WITH',
                phrase: 'cooperates with', subject: nodes[a], object: nodes[b], retractedAt: null });
              for (let i = 1; i < 1000; i++) edge(Math.floor(random() * i), i, i);
              for (let i = 1000; i < 1501; i++) edge(Math.floor(random() * 1000), Math.floor(random() * 1000), i);
              // From a task of the page's own (work done inside this evaluation is not one, so
              // the long-task observer would not see it).
              setTimeout(() => {
                const started = performance.now();
                GeoGraphExplorer.draw({ nodes, relations }).then(() => { scale.wallMs = performance.now() - started; scale.done = true; });
              }, 0);
            }
            """);
        // A real click, while the layout runs: Playwright first waits for the page to paint
        // (it checks that the target is visible and stable over animation frames), so on a
        // frozen page the click only lands after the layout.
        await page.Locator("#status").ClickAsync();
        await page.WaitForFunctionAsync("() => window.scale.done", null, new() { Timeout = 120_000 });
        // The frame that draws the new positions belongs to the drawing too: wait for it to be
        // painted, then collect the long tasks not yet delivered to the observer.
        var scale = await page.EvaluateAsync<JsonElement>("""
            async () => {
              await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
              const scale = window.scale;
              scale.note(scale.observer.takeRecords());
              scale.observer.disconnect();
              const positions = new Set(GeoGraphExplorer.cy.nodes().map(n => Math.round(n.position('x')) + ',' + Math.round(n.position('y'))));
              return { wallMs: scale.wallMs, layoutMs: GeoGraphExplorer.lastLayoutMs, thread: GeoGraphExplorer.layoutThread || 'page',
                longest: scale.longest, longTasks: scale.longTasks, clickedDuringLayout: scale.clickedDuringLayout, places: positions.size };
            }
            """);
        var cpuMs = (await ThreadTimeAsync(cdp) - cpuBefore) * 1000;

        var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg", TestContext.Current.CancellationToken)).Split(' ')[0] : "?";
        var line = $"1,000 nodes, 1,500 relations drawn and laid out by fcose on the {scale.GetProperty("thread").GetString()} thread in headless Chromium: {scale.GetProperty("wallMs").GetDouble():F0} ms wall " +
            $"(layout alone {scale.GetProperty("layoutMs").GetDouble():F0} ms), longest main-thread task {scale.GetProperty("longest").GetDouble():F0} ms " +
            $"({scale.GetProperty("longTasks").GetInt32()} long tasks), {cpuMs:F0} ms of renderer main-thread CPU; load average {load} on {Environment.ProcessorCount} cores";
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Directory.CreateDirectory(Screenshots.Directory);
        await File.AppendAllTextAsync(Path.Combine(Screenshots.Directory, "measurements.txt"), $"{DateTimeOffset.UtcNow:u} {line}\n", TestContext.Current.CancellationToken);
        await Screenshots.SaveAsync(page, "explorer-1000-nodes");

        Assert.Equal(1000, (await explorer.NodeIdsAsync()).Length);
        Assert.Equal("worker", scale.GetProperty("thread").GetString());
        Assert.True(scale.GetProperty("clickedDuringLayout").GetBoolean(), "the click waited for the layout to end");
        Assert.True(scale.GetProperty("places").GetInt32() > 990, $"{scale.GetProperty("places")} distinct places for 1,000 nodes: the layout's positions were not drawn");
    }

    private static async Task<double> ThreadTimeAsync(ICDPSession cdp)
    {
        var metrics = await cdp.SendAsync("Performance.getMetrics");
        return metrics!.Value.GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("name").GetString() == "ThreadTime").GetProperty("value").GetDouble();
    }

    private static string Embedded(string name)
    {
        using var stream = typeof(Bundle).Assembly.GetManifestResourceStream(name)!;
        return new StreamReader(stream).ReadToEnd();
    }
}
