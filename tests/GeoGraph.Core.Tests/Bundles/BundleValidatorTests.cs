using GeoGraph.Core.Bundles;
using GeoGraph.Core.Ingestion;
using static GeoGraph.Core.Tests.Support.TestBundles;
using static GeoGraph.Core.Tests.Support.Validation;

namespace GeoGraph.Core.Tests.Bundles;

/// <summary>Issue 2 "Bad input": each refusal names the failing field (camelCase path) and says why.</summary>
public class BundleValidatorTests
{
    private const string Citation = "relations[0].citations[0]";

    [Fact]
    public void Test_bundle_is_valid_before_each_test_breaks_it() => AssertValid(Valid());

    [Fact]
    public void Wrong_format_is_refused() =>
        AssertRefused(With(b => b.Format = "geograph-bundle/2"), "format", "must be \"geograph-bundle/1\"");

    [Fact]
    public void Unknown_relation_type_is_refused() =>
        AssertRefused(With(b => b.FirstRelation().Type = "LIKES"), "relations[0].type", "'LIKES' is not in the relation vocabulary");

    [Fact]
    public void Relation_type_is_case_sensitive() =>
        AssertRefused(With(b => b.FirstRelation().Type = "denies"), "relations[0].type", "not in the relation vocabulary");

    [Fact]
    public void Subject_kind_the_type_does_not_allow_is_refused() =>
        AssertRefused(With(b => b.Relations = [Relation("HOLDS_ROLE", "country:CN", "country:PK", Cite(Quote))]),
            "relations[0].subject", "HOLDS_ROLE takes a subject of kind PERSON, not COUNTRY");

    [Fact]
    public void Object_kind_the_type_does_not_allow_is_refused() =>
        AssertRefused(With(b => b.FirstRelation().Object = "commodity:rare-earths"),
            "relations[0].object", "DENIES takes an object of kind CLAIM, not COMMODITY");

    [Fact]
    public void Subject_and_object_kinds_are_both_reported() =>
        AssertRefused(With(b => b.Relations = [Relation("IMPORTS", "claim:reports-are-true", "person:lin-jian", Cite(Quote))]),
            ["relations[0].subject", "relations[0].object"], "relations[0].object", "IMPORTS takes an object of kind COMMODITY, not PERSON");

    [Fact]
    public void Relation_with_empty_citations_is_refused() =>
        AssertRefused(With(b => b.FirstRelation().Citations = []), "relations[0].citations", "a relation needs at least one citation");

    [Fact]
    public void Relation_without_citations_is_refused() =>
        AssertRefused(With(b => b.FirstRelation().Citations = null), "relations[0].citations", "a relation needs at least one citation");

    [Fact]
    public void Quote_not_in_the_article_text_is_refused() =>
        AssertRefused(With(b => b.FirstCitation().Requote("the reports were well founded")),
            $"{Citation}.quote", "does not occur verbatim in the article text");

    [Fact]
    public void Quote_is_matched_exactly_not_ignoring_case() =>
        AssertRefused(With(b => b.FirstCitation().Quote = "The reports were groundless"),
            $"{Citation}.quote", "does not occur verbatim");

    [Fact]
    public void Offsets_beyond_the_text_are_refused() =>
        AssertRefused(With(b =>
        {
            b.FirstCitation().Start = Text.Length + 10;
            b.FirstCitation().End = Text.Length + 10 + Quote.Length;
        }), $"{Citation}.end", $"is beyond the article text ({Text.Length} UTF-16 code units)");

    [Fact]
    public void Negative_start_is_refused() =>
        AssertRefused(With(b =>
        {
            b.FirstCitation().Start = -1;
            b.FirstCitation().End = Quote.Length - 1;
        }), $"{Citation}.start", "must be greater than or equal to '0'");

    [Fact]
    public void End_minus_start_other_than_the_quote_length_is_refused() =>
        AssertRefused(With(b => b.FirstCitation().End += 1), $"{Citation}.end", $"end - start must equal the quote's length in NFC ({Quote.Length} UTF-16 code units)");

    [Fact]
    public void End_before_start_is_refused() =>
        AssertRefused(With(b => b.FirstCitation().End = b.FirstCitation().Start), $"{Citation}.end", "must be greater than start");

    [Fact]
    public void Start_at_a_later_occurrence_is_refused()
    {
        var first = Text.IndexOf(Quote, StringComparison.Ordinal);
        var second = Text.IndexOf(Quote, first + 1, StringComparison.Ordinal);
        Assert.True(second > first, "test setup: the quote must occur twice");

        AssertRefused(With(b =>
        {
            b.FirstCitation().Start = second;
            b.FirstCitation().End = second + Quote.Length;
        }), $"{Citation}.start", $"must be {first}: offsets point at the quote's first occurrence");
    }

    [Fact]
    public void Offsets_count_in_the_normalised_text_not_the_supplied_one()
    {
        var crlf = Text.Replace("\n", "\r\n");
        var bundle = With(b => b.Articles = [Article(crlf)]);
        Assert.Equal(ArticleText.Normalize(crlf).IndexOf("China", StringComparison.Ordinal), Text.IndexOf("China", StringComparison.Ordinal));
        bundle.Relations = [Relation("DENIES", "person:lin-jian", "claim:reports-are-true", Cite("China controls nearly 90 per cent"))];

        AssertValid(bundle);
    }

    [Theory]
    [InlineData("country:cn")]
    [InlineData("person:Lin Jian")]
    [InlineData("foo:bar")]
    [InlineData("lin-jian")]
    [InlineData("person:")]
    public void Malformed_subject_id_is_refused(string id) =>
        AssertRefused(With(b => b.FirstRelation().Subject = id), "relations[0].subject", "must be a node id: '<prefix>:<slug>'");

    [Fact]
    public void Node_id_with_a_trailing_newline_is_refused() =>
        AssertRefused(With(b => b.FirstRelation().Subject = "person:lin-jian\n"), "relations[0].subject", "must be a node id");

    [Fact]
    public void Qualifier_key_with_a_trailing_newline_is_refused() =>
        AssertRefused(With(b => b.FirstRelation().Qualifiers = [Qualifier("rate\n", "100")]), "relations[0].qualifiers[0].key", "must be lowerCamelCase");

    [Fact]
    public void TextSha256_with_a_trailing_newline_is_refused() =>
        AssertRefused(With(b =>
        {
            b.Articles[0].Text = null;
            b.Articles[0].TextSha256 += "\n";
        }), "articles[0].textSha256", "must be 64 lowercase hex digits");

    [Fact]
    public void Malformed_entity_id_is_refused() =>
        AssertRefused(With(b => b.Entities = [Entity("person:Lin_Jian", "Lin Jian"), Entity("person:lin-jian", "Lin Jian")]),
            "entities[0].id", "must be a node id");

    [Fact]
    public void Country_code_that_is_not_iso_is_refused() =>
        AssertRefused(With(b => b.Relations = [Relation("DENIES", "country:ZZ", "claim:reports-are-true", Cite(Quote))]),
            "relations[0].subject", "is not an ISO 3166-1 alpha-2 country code");

    [Fact]
    public void Speaker_with_a_malformed_id_is_refused() =>
        AssertRefused(With(b => b.FirstCitation().Speaker = "Lin Jian"), $"{Citation}.speaker", "must be a node id");

    [Fact]
    public void Claim_id_among_entities_is_refused() =>
        AssertRefused(With(b => b.Entities.Add(Entity("claim:reports-are-false", "The reports are false."))),
            "entities[1].id", "claims belong in 'claims', not 'entities'");

    [Fact]
    public void Entity_id_in_claims_is_refused() =>
        AssertRefused(With(b => b.Claims.Add(new BundleClaim { Id = "person:someone", Statement = "Someone said it." })),
            "claims[1].id", "must be 'claim:<slug>'");

    [Fact]
    public void Kind_not_matching_the_id_prefix_is_refused() =>
        AssertRefused(With(b => b.Entities[0].Kind = "ORGANIZATION"), "entities[0].kind", "must match the id's prefix (PERSON)");

    [Fact]
    public void Kind_matching_the_id_prefix_is_accepted() => AssertValid(With(b => b.Entities[0].Kind = "PERSON"));

    [Fact]
    public void Empty_article_text_is_refused() =>
        AssertRefused(With(b => b.Articles = [ArticleWithOnlyText(" \r\n\t ")]), "articles[0].text", "must not be empty; omit it to store no text");

    [Fact]
    public void Article_text_of_300000_characters_is_refused() =>
        AssertRefused(With(b => b.Articles = [ArticleWithOnlyText(new string('a', 300_000))]), "articles[0].text", "must be at most 200,000 characters");

    [Fact]
    public void Article_text_of_200001_characters_is_refused_and_200000_accepted()
    {
        AssertRefused(With(b => b.Articles = [ArticleWithOnlyText(new string('a', ArticleText.MaxLength + 1))]), "articles[0].text", "at most 200,000");
        AssertValid(With(b => b.Articles.Add(Article(new string('a', ArticleText.MaxLength)))));
    }

    [Fact]
    public void Control_character_in_a_name_is_refused() =>
        AssertRefused(With(b => b.Entities[0].Name = "Lin\u0001Jian"), "entities[0].name", "must not contain U+0001: control characters (other than tab, CR and LF)");

    [Fact]
    public void Control_character_in_a_quote_is_refused() =>
        AssertRefused(With(b => b.FirstCitation().Quote = "the reports\u0001were groundless"), $"{Citation}.quote", "must not contain U+0001");

    [Fact]
    public void Control_character_in_article_text_is_refused() =>
        AssertRefused(With(b => b.Articles = [ArticleWithOnlyText("Lin Jian said\u001b the reports were groundless.")]), "articles[0].text", "must not contain U+001B");

    [Theory]
    [InlineData("Lin\u009BJian", "U+009B")] // C1 control (CSI)
    [InlineData("Lin\u007FJian", "U+007F")] // DEL
    [InlineData("Lin \u202Enaij", "U+202E")] // right-to-left override: displays as something else
    [InlineData("Lin \u2066Jian\u2069", "U+2066")] // left-to-right isolate
    [InlineData("Lin\uFFFEJian", "U+FFFE")] // noncharacter (.NET's normalisation throws on it)
    [InlineData("Lin\uFDD0Jian", "U+FDD0")]
    [InlineData("Lin\U0001FFFFJian", "U+1FFFF")] // supplementary noncharacter
    public void Characters_that_are_not_plain_text_are_refused_and_named(string name, string named) =>
        AssertRefused(With(b => b.Entities[0].Name = name), "entities[0].name", $"must not contain {named}: ");

    [Fact]
    public void Direction_marks_that_real_right_to_left_text_uses_are_allowed() =>
        AssertValid(With(b => b.Entities[0].Name = "\u200Fلين جيان\u200E (Lin Jian)"));

    [Fact]
    public void Tab_CR_and_LF_are_allowed_in_text_fields() =>
        AssertValid(With(b =>
        {
            b.Entities[0].Name = "Lin\tJian";
            b.Entities[0].Description = "Spokesperson.\r\nChinese Foreign Ministry.\n";
            b.Relations = [Relation("DENIES", "person:lin-jian", "claim:reports-are-true", Cite("groundless.\n\nChina"))];
        }));

    [Fact]
    public void Duplicate_entity_ids_are_refused() =>
        AssertRefused(With(b => b.Entities.Add(Entity("person:lin-jian", "Jian"))), "entities[1].id", "'person:lin-jian' is declared twice in this bundle");

    [Fact]
    public void Duplicate_claim_ids_are_refused() =>
        AssertRefused(With(b => b.Claims.Add(new BundleClaim { Id = "claim:reports-are-true", Statement = "Again." })),
            "claims[1].id", "'claim:reports-are-true' is declared twice");

    [Fact]
    public void Duplicate_qualifier_keys_are_refused() =>
        AssertRefused(With(b => b.FirstRelation().Qualifiers = [Qualifier("topic", "gift"), Qualifier("topic", "controls")]),
            "relations[0].qualifiers", "qualifier keys must be unique");

    [Fact]
    public void Qualifier_value_other_than_its_entity_id_is_refused() =>
        AssertRefused(With(b => b.FirstRelation().Qualifiers = [new BundleQualifier { Key = "origin", Value = "China", Entity = "country:CN" }]),
            "relations[0].qualifiers[0].value", "must be the entity id when 'entity' is given");

    [Fact]
    public void Qualifier_value_equal_to_its_entity_id_is_accepted() =>
        AssertValid(With(b => b.FirstRelation().Qualifiers = [new BundleQualifier { Key = "origin", Value = "country:CN", Entity = "country:CN" }]));

    [Fact]
    public void Qualifier_key_that_is_not_lower_camel_case_is_refused() =>
        AssertRefused(With(b => b.FirstRelation().Qualifiers = [Qualifier("Tariff-Rate", "100")]),
            "relations[0].qualifiers[0].key", "must be lowerCamelCase");

    [Fact]
    public void Unknown_precision_is_refused_on_the_precision_field() =>
        AssertRefused(Dated("2025-10-01", "DECADE"), "relations[0].validFromPrecision", "DAY, WEEK, MONTH or YEAR");

    [Fact]
    public void Lowercase_precision_is_refused() =>
        Assert.Contains(Failures(Dated("2025-10-06", "week")), f => f.Field.StartsWith("relations[0].validFrom", StringComparison.Ordinal) && f.Message.Contains("DAY, WEEK, MONTH or YEAR", StringComparison.Ordinal));

    [Fact]
    public void Week_that_does_not_start_on_a_monday_is_refused() =>
        AssertRefused(Dated("2025-10-07", "WEEK"), "relations[0].validFrom", "a Monday for WEEK");

    [Theory]
    [InlineData("2025-10-06", "WEEK")]
    [InlineData("2025-10-01", "MONTH")]
    [InlineData("2025-01-01", "YEAR")]
    [InlineData("2025-10-14", null)]
    public void Aligned_dates_are_accepted(string date, string? precision) =>
        AssertValid(Dated(date, precision));

    [Theory]
    [InlineData("2025-10-02", "MONTH")]
    [InlineData("2025-02-01", "YEAR")]
    [InlineData("2025-02-30", null)]
    [InlineData("14/10/2025", null)]
    public void Misaligned_or_impossible_dates_are_refused(string date, string? precision) =>
        AssertRefused(Dated(null, null, date, precision), "relations[0].validTo", "must be a date yyyy-MM-dd that starts a period of its precision");

    [Fact]
    public void Precision_without_its_date_is_refused() =>
        AssertRefused(Dated(null, null, null, "MONTH"), "relations[0].validToPrecision", "is given without validTo");

    [Fact]
    public void ValidTo_before_validFrom_is_refused() =>
        AssertRefused(Dated("2025-10-14", null, "2025-10-13", null), "relations[0].validTo", "must not end before validFrom starts");

    [Fact]
    public void ValidTo_period_that_overlaps_validFrom_is_accepted() =>
        AssertValid(Dated("2025-10-14", null, "2025-10-01", "MONTH"));

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    public void Confidence_outside_0_to_1_is_refused(double confidence) =>
        AssertRefused(With(b => b.FirstRelation().Confidence = confidence), "relations[0].confidence", "between 0 and 1");

    [Theory]
    [InlineData("CLAIMS")]
    [InlineData("asserts")]
    [InlineData("")]
    public void Bad_stance_is_refused(string stance) =>
        AssertRefused(With(b => b.FirstCitation().Stance = stance), $"{Citation}.stance", "ASSERTS or REPORTS");

    [Fact]
    public void Citation_of_a_malformed_article_id_is_refused() =>
        AssertRefused(With(b => b.FirstCitation().Article = "article:XYZ"), $"{Citation}.article", "must be an article id ('article:' and 16 hex digits)");

    [Fact]
    public void Article_id_not_matching_textSha256_is_refused() =>
        AssertRefused(With(b =>
        {
            b.Articles[0].Text = null;
            b.Articles[0].Id = "article:0000000000000000";
            b.FirstCitation().Article = "article:0000000000000000";
        }), "articles[0].id", $"must be {ArticleId}, derived from textSha256");

    [Fact]
    public void Article_id_not_matching_its_text_is_refused() =>
        AssertRefused(With(b =>
        {
            b.Articles[0].Id = "article:0000000000000000";
            b.Articles[0].TextSha256 = null;
        }), "articles[0].id", $"must be {ArticleId}, derived from the text");

    [Fact]
    public void TextSha256_and_textLength_not_matching_the_text_are_refused() =>
        AssertRefused(With(b =>
        {
            b.Articles[0].TextSha256 = new string('0', 64);
            b.Articles[0].TextLength = 7;
        }), ["articles[0].textSha256", "articles[0].textLength"], "articles[0].textLength", "does not match the length of the normalised text");

    [Fact]
    public void Article_without_text_needs_its_hash_and_length() =>
        AssertRefused(With(b =>
        {
            b.Articles[0].Text = null;
            b.Articles[0].TextSha256 = null;
            b.Articles[0].TextLength = null;
        }), ["articles[0].textSha256", "articles[0].textLength"], "articles[0].textSha256", "is required when the text is not supplied");

    [Fact]
    public void Article_without_text_leaves_quotes_unchecked()
    {
        var bundle = With(b =>
        {
            b.Articles[0].Text = null;
            b.FirstCitation().Requote("words the article never said");
        });

        AssertValid(bundle);
    }

    [Fact]
    public void Article_url_must_be_absolute_http() =>
        AssertRefused(With(b => b.Articles[0].Url = "ftp://example.org/a"), "articles[0].url", "must be an absolute http(s) URL");

    [Fact]
    public void Every_failure_of_a_bundle_is_reported_at_once()
    {
        var failures = Failures(With(b =>
        {
            b.Format = null;
            b.Entities[0].Name = "";
            b.FirstCitation().Stance = "MAYBE";
        }));

        Assert.Equal(["entities[0].name", "format", $"{Citation}.stance"], failures.Select(f => f.Field).Order(StringComparer.Ordinal));
    }

    /// <summary>The valid bundle with its relation's validity interval set.</summary>
    private static Bundle Dated(string? from, string? fromPrecision, string? to = null, string? toPrecision = null) =>
        With(b =>
        {
            var relation = b.FirstRelation();
            (relation.ValidFrom, relation.ValidFromPrecision, relation.ValidTo, relation.ValidToPrecision) = (from, fromPrecision, to, toPrecision);
        });

    private static BundleQualifier Qualifier(string key, string value) => new() { Key = key, Value = value };
}
