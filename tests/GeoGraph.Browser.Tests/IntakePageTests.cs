using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeoGraph.Browser.Tests.Support;
using GeoGraph.Testing;
using Microsoft.Playwright;

namespace GeoGraph.Browser.Tests;

/// <summary>
/// The intake page (/ingest, issue 10): a pasted text's suggestions highlighted, accepted, edited,
/// dropped or added from a selected passage, then ingested; on an API of its own, since it writes.
/// </summary>
public sealed class IntakePageTests(Chromium chromium) : BrowserTest(chromium), IAsyncLifetime
{
    private const string Text =
        "Japanese Prime Minister Shigeru Ishiba expressed concern over Beijing's military drills near Taiwan. "
        + "Tokyo has strengthened ties with Manila, officials said.\n"
        + "Brazil sent its first shipment of soybeans to Egypt. Ishiba later met with Indian leaders.";

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
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiTestKeys.Reader);
        using var response = await http.PostAsJsonAsync("/graphql", new { query }, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }

    /// <summary>The page with a writer key already kept for the tab (as the explorer's prompt keeps it).</summary>
    private async Task<(IPage Page, PageWatch Watch)> OpenWithKeyAsync() =>
        await OpenAsync(_api.Url("/ingest"), context => context.AddInitScriptAsync(
            $"window.sessionStorage.setItem('geograph.apiKey', '{ApiTestKeys.Writer}');"));

    private static async Task SuggestAsync(IPage page)
    {
        await page.Locator("#text").FillAsync(Text);
        await page.Locator("#suggest").ClickAsync();
        // Generous: on a loaded machine (the full suite in parallel) the first suggestion reads every stored name.
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-state", "review", new() { Timeout = 60_000 });
    }

    /// <summary>Selects [start, end) of the normalised text in the article view, as a reader would with the mouse.</summary>
    private static Task SelectAsync(IPage page, int start, int end) => page.EvaluateAsync("""
        ([s, e]) => {
          const spans = [...document.querySelectorAll('#article span')];
          const at = (o, isEnd) => {
            for (const sp of spans) {
              const a = +sp.dataset.start, b = a + sp.textContent.length;
              if (isEnd ? (o > a && o <= b) : (o >= a && o < b)) return [sp.firstChild, o - a];
            }
          };
          const [n1, o1] = at(s, false), [n2, o2] = at(e, true);
          const range = document.createRange();
          range.setStart(n1, o1);
          range.setEnd(n2, o2);
          const selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        }
        """, new[] { start, end });

    [Fact]
    public async Task Suggestions_are_highlighted_reviewed_added_from_a_selection_and_ingested()
    {
        var (page, watch) = await OpenWithKeyAsync();
        await SuggestAsync(page);

        await Assertions.Expect(page.Locator("#article .mention[data-entity='person:shigeru-ishiba']").First).ToHaveTextAsync("Shigeru Ishiba");
        await Assertions.Expect(page.Locator("#article .mention[data-entity='country:CN']")).ToHaveTextAsync("Beijing");
        await Assertions.Expect(page.Locator("#entities li[data-id='person:shigeru-ishiba']")).ToContainTextAsync("proposed");
        var cards = page.Locator("#relations > li");
        var suggested = await cards.CountAsync();
        Assert.True(suggested >= 4, $"{suggested} suggestions");

        // Drop the first, reject the second, edit the third's confidence.
        await cards.Nth(0).Locator(".drop").ClickAsync();
        await cards.Nth(1).Locator(".accept").UncheckAsync();
        await cards.Nth(2).Locator(".confidence").FillAsync("0.95");
        await cards.Nth(2).Locator(".confidence").DispatchEventAsync("change");
        // Hovering a card marks its quote in the text.
        await cards.Nth(2).HoverAsync();
        await Assertions.Expect(page.Locator("#article .quoted").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "ingest-review");

        // A relation of the analyst's own, citing a selected passage.
        var passage = "Brazil sent its first shipment of soybeans to Egypt";
        var start = Text.IndexOf(passage, StringComparison.Ordinal);
        await SelectAsync(page, start, start + passage.Length);
        await Assertions.Expect(page.Locator("#add-relation")).ToBeEnabledAsync();
        await page.Locator("#add-relation").ClickAsync();
        var added = cards.Nth(suggested);
        await Assertions.Expect(added.Locator(".quote")).ToHaveValueAsync(passage);
        await added.Locator(".type").SelectOptionAsync("COOPERATES_WITH");
        await Assertions.Expect(added.Locator(".subject")).ToHaveValueAsync("country:BR");
        await Assertions.Expect(added.Locator(".object")).ToHaveValueAsync("country:EG");

        await page.Locator("#ingest").ClickAsync();
        await Assertions.Expect(page.Locator("#result")).ToContainTextAsync("Ingested article:", new() { Timeout = 30_000 });
        watch.AssertClean();

        var articleId = await page.EvaluateAsync<string>("() => GeoGraphIngest.state.articleId");
        var stored = await PostAsync($$"""
            { relations(where: { article: "{{articleId}}" }, first: 50) { totalCount edges { node { type subject { id } object { id } confidence citations { quote start end verified } } } } }
            """);
        Assert.Equal(suggested - 2 + 1, stored["relations"]!["totalCount"]!.GetValue<int>());
        var relations = stored["relations"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToArray();
        var mine = Assert.Single(relations, r => r["type"]!.GetValue<string>() == "COOPERATES_WITH");
        Assert.Equal(("country:BR", "country:EG"), (mine["subject"]!["id"]!.GetValue<string>(), mine["object"]!["id"]!.GetValue<string>()));
        var citation = mine["citations"]![0]!;
        Assert.Equal((passage, start, start + passage.Length, true),
            (citation["quote"]!.GetValue<string>(), citation["start"]!.GetValue<int>(), citation["end"]!.GetValue<int>(), citation["verified"]!.GetValue<bool>()));
        Assert.Contains(relations, r => r["confidence"]?.GetValue<double>() == 0.95);
    }

    [Fact]
    public async Task A_refused_ingestion_shows_the_errors_and_stores_nothing()
    {
        var (page, _) = await OpenWithKeyAsync();
        await SuggestAsync(page);
        var before = await PostAsync("{ articles { totalCount } }");

        // A confidence the API refuses (it is 0–1): the page sends it, the API names the field.
        var first = page.Locator("#relations > li").First;
        await first.Locator(".confidence").FillAsync("7");
        await first.Locator(".confidence").DispatchEventAsync("change");
        await page.Locator("#ingest").ClickAsync();

        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("VALIDATION_FAILED", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("confidence");
        Assert.Equal(before.ToJsonString(), (await PostAsync("{ articles { totalCount } }")).ToJsonString());
    }

    [Fact]
    public async Task The_page_is_served_with_the_strict_content_security_policy()
    {
        using var http = new HttpClient { BaseAddress = _api.BaseAddress };
        using var response = await http.GetAsync("/ingest", TestContext.Current.CancellationToken);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("connect-src 'self'", csp);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("<script>", html);
    }
}
