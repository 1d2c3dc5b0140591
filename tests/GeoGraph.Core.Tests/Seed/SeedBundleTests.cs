using GeoGraph.Core.Bundles;
using GeoGraph.Core.Countries;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Model;
using GeoGraph.Core.Seed;
using GeoGraph.Core.Tests.Support;
using GeoGraph.Testing;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Core.Tests.Seed;

/// <summary>The shipped seed bundle, checked against the founding article and issue 2 §5.</summary>
public class SeedBundleTests
{
    private static readonly Bundle Seed = SeedData.LoadBundle();

    private static BundleArticle SeedArticle => Assert.Single(Seed.Articles);

    private static IEnumerable<(BundleRelation Relation, BundleCitation Citation, string Label)> Citations() =>
        Seed.Relations.SelectMany((r, i) => r.Citations!.Select((c, j) => (r, c, $"relations[{i}].citations[{j}] ({r.Type} {r.Subject} → {r.Object})")));

    [Fact]
    public void Founding_article_text_hashes_to_the_seed_articles_sha_length_and_id()
    {
        var text = FoundingArticle.Text();
        var sha = ContentIds.Sha256Hex(text);

        Assert.Equal(SeedArticle.TextSha256, sha);
        Assert.Equal(SeedArticle.TextLength, text.Length);
        Assert.Equal(SeedArticle.Id, ContentIds.ForArticle(sha));
        Assert.Equal("article:21064a8d1731bc87", SeedArticle.Id);
    }

    [Fact]
    public void Seed_quote_occurs_verbatim_at_its_offsets()
    {
        var text = FoundingArticle.Text();

        var wrong = Citations()
            .Where(x => x.Citation.End > text.Length || text[x.Citation.Start!.Value..x.Citation.End!.Value] != x.Citation.Quote)
            .Select(x => x.Label).ToArray();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Seed_quote_offsets_point_at_its_first_occurrence()
    {
        var text = FoundingArticle.Text();

        var wrong = Citations()
            .Where(x => text.IndexOf(x.Citation.Quote!, StringComparison.Ordinal) != x.Citation.Start)
            .Select(x => $"{x.Label}: start {x.Citation.Start}, first occurrence {text.IndexOf(x.Citation.Quote!, StringComparison.Ordinal)}").ToArray();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Seed_bundle_passes_the_validator_with_the_article_text_attached()
    {
        var text = FoundingArticle.Text();
        var bundle = SeedData.LoadBundle();
        bundle.Articles[0].Text = text;

        Validation.AssertValid(bundle);
    }

    [Fact]
    public void Seed_bundle_passes_the_validator_without_the_article_text() => Validation.AssertValid(SeedData.LoadBundle());

    [Fact]
    public void Seed_relation_types_are_in_the_vocabulary_with_allowed_kinds()
    {
        var wrong = Seed.Relations
            .Where(r => RelationVocabulary.Default.Find(r.Type) is not { } type
                        || NodeIds.KindOf(r.Subject) is not { } s || NodeIds.KindOf(r.Object) is not { } o
                        || !type.Allows(s, o))
            .Select(r => $"{r.Type} {r.Subject} → {r.Object}").ToArray();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Seed_refers_only_to_nodes_it_declares_or_to_iso_countries()
    {
        var declared = Seed.Entities.Select(e => e.Id).Concat(Seed.Claims.Select(c => c.Id)).ToHashSet(StringComparer.Ordinal);
        var referenced = Seed.Relations.SelectMany(r => new[] { r.Subject, r.Object }
            .Concat((r.Qualifiers ?? []).Select(q => q.Entity))
            .Concat(r.Citations!.Select(c => c.Speaker)))
            .OfType<string>().Distinct(StringComparer.Ordinal);

        var unknown = referenced.Where(id => !declared.Contains(id) && CountryCatalog.Default.FindByNodeId(id) is null).ToArray();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_seed_citation_cites_the_seed_article() =>
        Assert.All(Citations(), x => Assert.Equal(SeedArticle.Id, x.Citation.Article));

    [Fact]
    public void Seed_cites_each_fact_once()
    {
        var ids = Seed.Relations.Select(RelationId).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());

        var repeatedCitations = Seed.Relations
            .Where(r => r.Citations!.DistinctBy(c => (c.Article, c.Start, c.End)).Count() != r.Citations!.Count)
            .Select(r => $"{r.Type} {r.Subject} → {r.Object}").ToArray();
        Assert.Empty(repeatedCitations);
    }

    [Fact]
    public void China_denies_the_link_speaking_through_Lin_Jian()
    {
        var denial = Single("DENIES_LINK", "country:CN", "claim:cn-export-controls-linked-to-pk-gift");

        Assert.All(denial.Citations!, c => Assert.Equal("person:lin-jian", c.Speaker));
        Assert.Contains(denial.Citations!, c => c.Quote == "Jian said the export controls had nothing to do with Pakistan.");
        Assert.Contains(Seed.Relations, r => r is { Type: "CONCERNS", Subject: "claim:cn-export-controls-linked-to-pk-gift", Object: "event:cn-rare-earth-export-controls-2025-10" });
    }

    [Fact]
    public void Trump_threatens_China_with_100_percent_tariffs()
    {
        var threat = Single("THREATENS_TARIFF", "person:donald-trump", "country:CN");
        var rate = Assert.Single(threat.Qualifiers!, q => q.Key == "rate");

        Assert.Equal(100, rate.Number);
        Assert.Equal("percent", rate.Unit);
        Assert.Equal("100", rate.Value);
        Assert.Equal("threatened to impose 100 per cent tariffs on Chinese goods", Assert.Single(threat.Citations!).Quote);
    }

    [Theory]
    [InlineData("mining", 70)]
    [InlineData("processing", 90)]
    public void China_controls_its_share_of_rare_earth_stages(string stage, double percent)
    {
        var share = Assert.Single(Seed.Relations, r => r is { Type: "CONTROLS_SHARE_OF", Subject: "country:CN", Object: "commodity:rare-earths" }
                                                      && r.Qualifiers!.Any(q => q is { Key: "stage" } && q.Value == stage));
        var number = Assert.Single(share.Qualifiers!, q => q.Key == "share");

        Assert.Equal(percent, number.Number);
        Assert.Equal("percent", number.Unit);
    }

    [Theory]
    [InlineData("country:US")]
    [InlineData("org:eu")]
    [InlineData("country:IN")]
    public void Top_importers_import_rare_earths_from_China(string importer)
    {
        var imports = Single("IMPORTS", importer, "commodity:rare-earths");
        var origin = Assert.Single(imports.Qualifiers!, q => q.Key == "origin");

        Assert.Equal("country:CN", origin.Entity);
        Assert.Equal("country:CN", origin.Value);
    }

    [Theory]
    [InlineData("person:asim-munir")]
    [InlineData("person:shehbaz-sharif")]
    public void Pakistans_leaders_gifted_Trump(string giver) => Single("GIFTED", giver, "person:donald-trump");

    [Theory]
    [InlineData("claim:pk-gift-contained-rare-earths", "org:unattributed-reports", "person:lin-jian")]
    [InlineData("claim:cn-export-controls-linked-to-pk-gift", "org:unattributed-reports", "country:CN")]
    public void Disputed_claim_has_a_supporter_and_a_denier(string claim, string supporter, string denier)
    {
        Assert.Contains(Seed.Relations, r => r.Object == claim && r.Subject == supporter && ClaimStances.SupportTypes.Contains(r.Type));
        Assert.Contains(Seed.Relations, r => r.Object == claim && r.Subject == denier && ClaimStances.DenialTypes.Contains(r.Type));
    }

    [Fact]
    public void Disputed_claims_are_exactly_the_gift_contents_and_the_link()
    {
        var disputed = Seed.Claims.Select(c => c.Id!)
            .Where(id => Seed.Relations.Any(r => r.Object == id && ClaimStances.SupportTypes.Contains(r.Type))
                         && Seed.Relations.Any(r => r.Object == id && ClaimStances.DenialTypes.Contains(r.Type)))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["claim:cn-export-controls-linked-to-pk-gift", "claim:pk-gift-contained-rare-earths"], disputed);
    }

    [Fact]
    public void Lin_Jian_asserts_the_samples_were_gem_ores() =>
        Assert.Contains(Single("ASSERTS", "person:lin-jian", "claim:pk-gift-was-gem-ores").Citations!, c => c.Speaker == "person:lin-jian");

    [Theory]
    [InlineData("person:lin-jian", "org:cn-foreign-ministry", "spokesperson")]
    [InlineData("person:asim-munir", "org:pakistan-army", "army chief")]
    [InlineData("person:shehbaz-sharif", "country:PK", "Prime Minister")]
    [InlineData("person:donald-trump", "country:US", "President")]
    public void People_hold_their_roles(string person, string organisation, string role) =>
        Assert.Contains(Single("HOLDS_ROLE", person, organisation).Qualifiers!, q => q.Key == "role" && q.Value == role);

    [Fact]
    public void China_imposed_export_controls_the_week_before_the_article()
    {
        var controls = Single("IMPOSES_EXPORT_CONTROL", "country:CN", "commodity:rare-earths");

        Assert.Equal("2025-10-06", controls.ValidFrom);
        Assert.Equal("WEEK", controls.ValidFromPrecision);
        Assert.Contains(controls.Qualifiers!, q => q.Key == "measure" && q.Entity == "event:cn-rare-earth-export-controls-2025-10");
        Single("ACCUSES", "country:CN", "org:unnamed-foreign-firms");
    }

    [Theory]
    [InlineData("ALLIED_WITH", "country:CN", "country:PK")]
    [InlineData("DEVELOPS_TIES_WITH", "country:PK", "country:US")]
    [InlineData("EXPORTS_TO", "country:PK", "country:US")]
    [InlineData("COOPERATES_WITH", "country:PK", "country:US")]
    [InlineData("ASSURES", "country:PK", "country:CN")]
    [InlineData("QUESTIONS", "org:global-times", "person:lin-jian")]
    [InlineData("ASSERTS", "country:CN", "claim:cn-export-controls-legitimate-and-protect-peace")]
    [InlineData("PART_OF", "org:cn-foreign-ministry", "country:CN")]
    public void Seed_contains_the_relation_the_article_supports(string type, string subject, string @object) => Single(type, subject, @object);

    [Fact]
    public void Seed_survives_a_json_round_trip_with_the_same_relation_ids()
    {
        var reread = BundleJson.Read(BundleJson.Write(Seed));

        Assert.Equal(Seed.Relations.Select(RelationId), reread.Relations.Select(RelationId));
        Assert.Equal(Citations().Select(x => x.Citation.Quote), reread.Relations.SelectMany(r => r.Citations!).Select(c => c.Quote));
    }

    private static BundleRelation Single(string type, string subject, string @object) =>
        Assert.Single(Seed.Relations, r => r.Type == type && r.Subject == subject && r.Object == @object);

    private static string RelationId(BundleRelation r)
    {
        Assert.True(PartialDates.TryParse(r.ValidFrom, r.ValidFromPrecision, out var from));
        Assert.True(PartialDates.TryParse(r.ValidTo, r.ValidToPrecision, out var to));
        return ContentIds.ForRelation(GeoGraph.Core.Vocabulary.RelationVocabulary.Default, r.Type!, r.Subject!, r.Object!,
            (r.Qualifiers ?? []).Select(q => new Qualifier(q.Key!, q.Value!, q.Number, q.Unit, q.Entity)), from, to);
    }
}
