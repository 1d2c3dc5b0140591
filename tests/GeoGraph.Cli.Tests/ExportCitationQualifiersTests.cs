using GeoGraph.Cli.Tests.Support;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Ingestion;
using GeoGraph.Testing;

namespace GeoGraph.Cli.Tests;

/// <summary>
/// One fact reported by two sources in different words: a JSON export keeps each citation's own
/// describing qualifiers, so export → import into a fresh store → export is the same document.
/// </summary>
public sealed class ExportCitationQualifiersTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A report that China controls 70 percent of rare-earth mining, "about" or "roughly" (CONTROLS_SHARE_OF: approximation describes).</summary>
    private static string Report(string outlet, string approximation)
    {
        var text = $"China controls {approximation} 70 percent of rare-earth mining, {outlet} reported.";
        var id = ContentIds.ForArticle(ContentIds.Sha256Hex(ArticleText.Normalize(text)));
        return $$"""
        {
          "format": "geograph-bundle/1",
          "articles": [{ "id": "{{id}}", "title": "Rare earths ({{outlet}})", "publisher": "{{outlet}}", "publishedAt": "2025-10-14T05:03:00Z",
                         "text": "{{text}}" }],
          "entities": [
            { "id": "country:CN", "kind": "COUNTRY", "name": "China" },
            { "id": "commodity:rare-earths", "kind": "COMMODITY", "name": "rare earths" }
          ],
          "claims": [],
          "relations": [{
            "type": "CONTROLS_SHARE_OF", "subject": "country:CN", "object": "commodity:rare-earths",
            "qualifiers": [
              { "key": "share", "value": "70", "number": 70, "unit": "percent" },
              { "key": "stage", "value": "mining" },
              { "key": "approximation", "value": "{{approximation}}" }
            ],
            "citations": [{ "article": "{{id}}", "quote": "China controls {{approximation}} 70 percent of rare-earth mining", "stance": "ASSERTS" }]
          }]
        }
        """;
    }

    /// <summary>A store holding the two reports: one relation, two citations, "about" and "roughly".</summary>
    private async Task<string> TwoReportsAsync()
    {
        var store = _dir.File("reports.db");
        Directory.CreateDirectory(Path.GetDirectoryName(store)!);
        foreach (var (outlet, approximation) in new[] { ("Reuters", "about"), ("Bloomberg", "roughly") })
        {
            var file = _dir.File($"{outlet}.json");
            await File.WriteAllTextAsync(file, Report(outlet, approximation), TestContext.Current.CancellationToken);
            var import = await Geograph.RunAsync("import", "--store", Stores.Sqlite(store), file);
            Assert.True(import.ExitCode == 0, import.ToString());
        }
        return store;
    }

    [Fact]
    public async Task A_fact_two_sources_worded_differently_round_trips_through_json_with_each_citations_wording()
    {
        var store = await TwoReportsAsync();

        var first = (await Stores.ExportAsync(store, "json")).Out;
        var bundle = BundleJson.Read(first);
        var fact = Assert.Single(bundle.Relations);
        // The relation keeps the first source's wording; the second citation carries its own, the first none (it is the relation's).
        Assert.Equal("about", fact.Qualifiers!.Single(q => q.Key == "approximation").Value);
        Assert.Equal(2, fact.Citations!.Count);
        Assert.Equal(["roughly"], fact.Citations.SelectMany(c => c.Qualifiers ?? []).Select(q => q.Value));
        Assert.Contains("China controls roughly 70 percent", fact.Citations.Single(c => c.Qualifiers is not null).Quote, StringComparison.Ordinal);

        var exported = _dir.File("export.json");
        await File.WriteAllTextAsync(exported, first, TestContext.Current.CancellationToken);
        var copy = _dir.File("copy.db");
        var reimport = await Geograph.RunAsync("import", "--store", Stores.Sqlite(copy), exported);
        Assert.True(reimport.ExitCode == 0, reimport.ToString());

        Assert.Equal(first, (await Stores.ExportAsync(copy, "json")).Out);
        var citations = (await Stores.SnapshotAsync(copy)).Where(line => line.StartsWith("citation ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, citations.Length);
        Assert.Single(citations, c => c.EndsWith("{approximation='about' number= unit= entity=}", StringComparison.Ordinal));
        Assert.Single(citations, c => c.EndsWith("{approximation='roughly' number= unit= entity=}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cypher_graphml_and_csv_carry_every_citations_own_qualifiers()
    {
        var store = await TwoReportsAsync();
        const string Roughly = "\"key\":\"approximation\",\"value\":\"roughly\"";

        var cypher = (await Stores.ExportAsync(store, "cypher")).Out;
        Assert.Contains("r.citationQualifiers = [", cypher, StringComparison.Ordinal);
        // Single-quoted Cypher strings: the JSON's double quotes stay as they are.
        Assert.Contains(Roughly, cypher.Split('\n').Single(l => l.Contains("r.citationQualifiers", StringComparison.Ordinal)), StringComparison.Ordinal);

        var graphml = (await Stores.ExportAsync(store, "graphml")).Out;
        Assert.Contains(Roughly.Replace("\"", "&quot;", StringComparison.Ordinal), graphml.Replace("\"", "&quot;", StringComparison.Ordinal), StringComparison.Ordinal);

        var dir = _dir.File("csv");
        await Stores.ExportAsync(store, "csv", dir);
        var citations = Csv.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "citations.csv"), TestContext.Current.CancellationToken));
        var qualifiers = Array.IndexOf(citations[0], "qualifiers");
        Assert.Equal(2, citations.Count - 1);
        Assert.Single(citations.Skip(1), row => row[qualifiers].Contains(Roughly, StringComparison.Ordinal));
        Assert.Single(citations.Skip(1), row => row[qualifiers].Contains("\"value\":\"about\"", StringComparison.Ordinal));
    }
}
