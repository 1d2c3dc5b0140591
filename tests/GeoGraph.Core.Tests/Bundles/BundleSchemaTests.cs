using System.Text.Json.Nodes;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Seed;
using GeoGraph.Core.Synthetic;
using GeoGraph.Core.Tests.Support;

namespace GeoGraph.Core.Tests.Bundles;

/// <summary>The committed JSON Schema accepts the seed and refuses what the format forbids.</summary>
public class BundleSchemaTests
{
    [Fact]
    public void Seed_bundle_passes_the_committed_schema() =>
        AssertSchemaValid(JsonNode.Parse(BundleSchema.SeedJson()));

    [Fact]
    public void Bundle_written_by_BundleJson_passes_the_committed_schema() =>
        AssertSchemaValid(JsonNode.Parse(BundleJson.Write(SeedData.LoadBundle())));

    [Fact]
    public void Synthetic_bundles_with_their_retractions_pass_the_committed_schema()
    {
        var chunks = SyntheticGraph.Chunks(SyntheticGraphOptions.ForScale(1)).ToList();
        Assert.Contains(chunks, c => c.Relations.Any(r => r.RetractedAt is not null));
        foreach (var chunk in chunks)
            AssertSchemaValid(JsonNode.Parse(BundleJson.Write(SyntheticBundles.ToBundle(chunk))));
    }

    [Fact]
    public void A_citation_without_offsets_with_an_occurrence_passes_the_schema()
    {
        var bundle = JsonNode.Parse(BundleSchema.SeedJson())!;
        var citation = bundle["relations"]![0]!["citations"]![0]!.AsObject();
        citation.Remove("start");
        citation.Remove("end");
        citation["occurrence"] = 2;

        AssertSchemaValid(bundle);
    }

    [Theory]
    [InlineData("wrong format", "", "/format")]
    [InlineData("retraction without reason", "/relations/0", "/relations/0/retracted")]
    [InlineData("no citations", "/relations/0", "/relations/0/citations")]
    [InlineData("lowercase country", "/relations/0", "/relations/0/subject")]
    [InlineData("claim among entities", "/entities/0", "/entities/0/id")]
    [InlineData("unknown property", "/relations/0", "/relations/0/weight")]
    [InlineData("lowercase stance", "/relations/0/citations/0", "/relations/0/citations/0/stance")]
    [InlineData("negative start", "/relations/0/citations/0", "/relations/0/citations/0/start")]
    [InlineData("kind not matching prefix", "/entities/0", "/entities/0/kind")]
    [InlineData("precision without date", "/relations/0", "/relations/0")]
    [InlineData("confidence above 1", "/relations/0", "/relations/0/confidence")]
    [InlineData("missing relations", "", "")]
    [InlineData("start without end", "/relations/0/citations/0", "/relations/0/citations/0")]
    [InlineData("occurrence zero", "/relations/0/citations/0", "/relations/0/citations/0/occurrence")]
    public void Invalid_bundle_fails_the_schema_at_the_broken_location(string breakage, string target, string failingLocation)
    {
        var bundle = JsonNode.Parse(BundleSchema.SeedJson())!;
        Break(breakage, target == "" ? bundle.AsObject() : Locate(bundle, target));

        var results = BundleSchema.Evaluate(bundle);

        Assert.False(results.IsValid, $"the schema accepted a bundle with {breakage}");
        var errors = BundleSchema.Errors(results);
        Assert.True(errors.Any(e => e.StartsWith(failingLocation + ":", StringComparison.Ordinal)),
            $"expected an error at '{failingLocation}'; got:\n" + string.Join("\n", errors));
    }

    private static void Break(string breakage, JsonObject node)
    {
        switch (breakage)
        {
            case "wrong format": node["format"] = "geograph-bundle/2"; break;
            case "no citations": node["citations"] = new JsonArray(); break;
            case "lowercase country": node["subject"] = "country:cn"; break;
            case "claim among entities": node["id"] = "claim:gem-ores"; node.Remove("kind"); break;
            case "unknown property": node["weight"] = 3; break;
            case "lowercase stance": node["stance"] = "asserts"; break;
            case "negative start": node["start"] = -1; break;
            case "kind not matching prefix": node["kind"] = "PERSON"; break;
            case "precision without date": node.Remove("validFrom"); break;
            case "confidence above 1": node["confidence"] = 1.5; break;
            case "missing relations": node.Remove("relations"); break;
            case "retraction without reason": node["retracted"] = new JsonObject(); break;
            case "start without end": node.Remove("end"); break;
            case "occurrence zero": node["occurrence"] = 0; break;
            default: throw new ArgumentOutOfRangeException(nameof(breakage), breakage, null);
        }
    }

    private static JsonObject Locate(JsonNode root, string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Aggregate(root, (node, step) => int.TryParse(step, out var i) ? node[i]! : node[step]!)
            .AsObject();

    private static void AssertSchemaValid(JsonNode? bundle)
    {
        var results = BundleSchema.Evaluate(bundle);
        Assert.True(results.IsValid, "schema errors:\n" + string.Join("\n", BundleSchema.Errors(results)));
    }
}
