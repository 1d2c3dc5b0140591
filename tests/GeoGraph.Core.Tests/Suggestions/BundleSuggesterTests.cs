using GeoGraph.Core.Bundles;
using GeoGraph.Core.Model;
using GeoGraph.Core.Suggestions;
using GeoGraph.Core.Tests.Support;
using GeoGraph.Core.Vocabulary;
using GeoGraph.Testing;

namespace GeoGraph.Core.Tests.Suggestions;

/// <summary>
/// Suggestions on texts written for these tests (not the seed, so the rules are seen to be
/// general), and the draft's contract: a valid geograph-bundle/1 document whose quotes sit at
/// their offsets, listing every entity it found.
/// </summary>
public class BundleSuggesterTests
{
    private const string Asia =
        "Japanese Prime Minister Shigeru Ishiba expressed concern over Beijing's military drills near Taiwan. "
        + "Tokyo has strengthened ties with Manila, officials said.\n"
        + "Brazil sent its first shipment of soybeans to Egypt. Ishiba later met with Indian leaders.";

    private const string Sanctions =
        "Canadian Foreign Minister Anita Anand criticised Moscow over the attacks. "
        + "The Kremlin accused Ottawa of meddling, and Moscow threatened to impose 25 per cent tariffs on Canadian goods.";

    private static Suggestion Suggest(string text) => BundleSuggester.Default.Suggest(new SuggestRequest(text), new Gazetteer());

    private static (string, string, string)[] Triples(Suggestion s) => s.Relations.Select(r => (r.Type, r.Subject, r.Object)).ToArray();

    [Fact]
    public void A_text_of_our_own_gets_people_by_title_countries_by_capital_and_demonym_and_relations_by_trigger()
    {
        var s = Suggest(Asia);

        var ishiba = Assert.Single(s.Entities, e => e.Id == "person:shigeru-ishiba");
        Assert.False(ishiba.Known);
        Assert.Contains("Ishiba", ishiba.Aliases);
        Assert.Contains(s.Mentions, m => m is { EntityId: "country:JP", Text: "Japanese", Rule: "demonym" });
        Assert.Contains(s.Mentions, m => m is { EntityId: "country:CN", Text: "Beijing", Rule: "capital" });
        Assert.Contains(s.Mentions, m => m is { EntityId: "person:shigeru-ishiba", Text: "Ishiba", Rule: "alias" });

        var triples = Triples(s);
        Assert.Contains(("HOLDS_ROLE", "person:shigeru-ishiba", "country:JP"), triples);
        Assert.Contains(("CRITICIZES", "person:shigeru-ishiba", "country:CN"), triples);
        Assert.Contains(("DEVELOPS_TIES_WITH", "country:JP", "country:PH"), triples);
        Assert.Contains(("EXPORTS_TO", "country:BR", "country:EG"), triples);
        // "Japanese" only qualifies the prime minister: it is not the one who expressed concern.
        Assert.DoesNotContain(("CRITICIZES", "country:JP", "country:CN"), triples);
    }

    [Fact]
    public void A_second_text_gets_the_rate_of_a_threatened_tariff_as_a_qualifier_and_the_clause_actor_as_subject()
    {
        var s = Suggest(Sanctions);

        var triples = Triples(s);
        Assert.Contains(("HOLDS_ROLE", "person:anita-anand", "country:CA"), triples);
        Assert.Contains(("CRITICIZES", "person:anita-anand", "country:RU"), triples);
        var tariff = Assert.Single(s.Relations, r => r.Type == "THREATENS_TARIFF");
        Assert.Equal(("country:RU", "country:CA"), (tariff.Subject, tariff.Object));
        var rate = Assert.Single(tariff.Qualifiers);
        Assert.Equal(("rate", 25.0, "percent"), (rate.Key, rate.Number!.Value, rate.Unit));
        Assert.Equal("THREATENS_TARIFF/threaten-rate-tariffs", tariff.Rule);
        Assert.Equal(CitationStance.Asserts, tariff.Stance);
    }

    [Fact]
    public void The_draft_is_a_valid_bundle_whose_quotes_sit_at_their_first_occurrence()
    {
        foreach (var text in new[] { Asia, Sanctions })
        {
            var s = Suggest(text);
            Validation.AssertValid(s.Bundle);
            var article = Assert.Single(s.Bundle.Articles);
            Assert.Equal(s.ArticleId, article.Id);
            Assert.Equal(s.Text, article.Text);
            foreach (var c in s.Bundle.Relations.SelectMany(r => r.Citations!))
            {
                Assert.Equal(c.Quote, s.Text[c.Start!.Value..c.End!.Value]);
                Assert.Equal(s.Text.IndexOf(c.Quote!, StringComparison.Ordinal), c.Start);
            }
            foreach (var m in s.Mentions) Assert.Equal(m.Text, s.Text[m.Start..m.End]);
            var declared = s.Bundle.Entities.Select(e => e.Id).ToHashSet();
            Assert.All(s.Mentions, m => Assert.Contains(m.EntityId, declared));
            Assert.All(s.Bundle.Relations, r => Assert.True(r.Confidence is > 0 and <= 1));
        }
    }

    [Fact]
    public void The_founding_article_draft_is_valid_and_lists_known_entities_too()
    {
        var s = ExtractionMeasurementTests.SuggestKnowingSeedEntities(FoundingArticle.Text());

        Validation.AssertValid(s.Bundle);
        Assert.Contains(s.Entities, e => e is { Id: "person:lin-jian", Known: true });
        Assert.Contains(s.Entities, e => e is { Id: "country:CN", Known: true });
        var tariff = Assert.Single(s.Bundle.Relations, r => r.Type == "THREATENS_TARIFF");
        // From the actor to the target: "Donald Trump expressed anger … and threatened to impose 100 per cent tariffs on Chinese".
        var quote = Assert.Single(tariff.Citations!).Quote!;
        Assert.StartsWith("Donald Trump expressed anger", quote);
        Assert.EndsWith("threatened to impose 100 per cent tariffs on Chinese", quote);
    }

    [Fact]
    public void Every_trigger_rule_names_a_vocabulary_type_and_every_demonym_a_catalog_country()
    {
        Assert.All(RelationTriggers.Default.Rules, r => Assert.NotNull(RelationVocabulary.Default.Find(r.Type)));
        Assert.All(CountryForms.Default.Codes, code => Assert.NotNull(Countries.CountryCatalog.Default.FindByAlpha2(code)));
        Assert.Equal(199, CountryForms.Default.Codes.Count);
    }

    [Fact]
    public void An_empty_text_is_refused()
    {
        var e = Assert.Throws<Errors.GeoGraphException>(() => Suggest("  \n "));
        Assert.Equal("VALIDATION_FAILED", e.Code);
    }
}
