using GeoGraph.Core.Bundles;
using GeoGraph.Core.Model;
using GeoGraph.Core.Seed;
using GeoGraph.Core.Suggestions;
using GeoGraph.Testing;

namespace GeoGraph.Core.Tests.Suggestions;

/// <summary>
/// Issue 10's measurement: suggestions on the founding article scored against the curated seed
/// bundle, (1) knowing only the country catalog and (2) knowing the seed's entities (what a store
/// holding the seed minus this article's relations lists; the relations are what is measured).
/// The figures are reported (test output, and GEOGRAPH_EXTRACTION_REPORT names a file to write
/// them to), and asserted only where docs/extraction.md states them.
/// </summary>
public class ExtractionMeasurementTests(ITestOutputHelper output)
{
    private static readonly Bundle Seed = SeedData.LoadBundle();

    public static Suggestion SuggestCountriesOnly(string text) => BundleSuggester.Default.Suggest(new SuggestRequest(text), new Gazetteer());

    public static Suggestion SuggestKnowingSeedEntities(string text)
    {
        var gazetteer = new Gazetteer();
        foreach (var e in Seed.Entities)
            gazetteer.AddEntity(new SuggestedEntity(e.Id!, GeoGraph.Core.Ids.NodeIds.KindOf(e.Id)!.Value, e.Name!, e.Aliases ?? [], e.Description, Known: true, "stored"));
        return BundleSuggester.Default.Suggest(new SuggestRequest(text), gazetteer);
    }

    [Fact]
    public void Founding_article_scores_are_reported_for_both_protocols()
    {
        var text = FoundingArticle.Text();
        var catalogOnly = ExtractionScore.Of(Seed, SuggestCountriesOnly(text));
        var seedEntities = ExtractionScore.Of(Seed, SuggestKnowingSeedEntities(text));
        var report = catalogOnly.Report("(1) store knowing only the country catalog") + "\n"
            + seedEntities.Report("(2) store holding the seed's entities and claims, not its relations");
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("GEOGRAPH_EXTRACTION_REPORT") is { Length: > 0 } path) File.WriteAllText(path, report);

        Assert.Equal(17, seedEntities.GoldEntities.Count);
        Assert.Equal(41, seedEntities.GoldRelations.Count);
    }
}
