using GeoGraph.Core.Bundles;
using GeoGraph.Testing;
using static GeoGraph.Core.Tests.Support.TestBundles;
using static GeoGraph.Core.Tests.Support.Validation;

namespace GeoGraph.Core.Tests.Bundles;

/// <summary>Quotes without offsets: placed in the text, the n-th occurrence on request, and a quote not found explained.</summary>
public class QuoteCheckTests
{
    private const string Citation = "relations[0].citations[0]";

    private const string News =
        "Trump said on Friday he would impose an additional 100% tariff on Chinese goods \u2014 a sharp escalation.\n" +
        "Beijing\u2019s commerce ministry called the move \u201Ctypical double standards\u201D.\n" +
        "Trump said on Friday he would impose an additional 100% tariff on Chinese goods \u2014 a sharp escalation.";

    private const string Tariff = "he would impose an additional 100% tariff on Chinese goods";

    [Fact]
    public void Without_offsets_the_first_occurrence_is_used()
    {
        var at = QuoteCheck.Locate(News, Tariff, null, null, null);

        Assert.True(at.Found);
        Assert.Equal((News.IndexOf(Tariff, StringComparison.Ordinal), News.IndexOf(Tariff, StringComparison.Ordinal) + Tariff.Length), (at.Start, at.End));
    }

    [Fact]
    public void Occurrence_picks_a_later_one()
    {
        var second = News.LastIndexOf(Tariff, StringComparison.Ordinal);
        Assert.NotEqual(News.IndexOf(Tariff, StringComparison.Ordinal), second);

        var at = QuoteCheck.Locate(News, Tariff, null, null, 2);

        Assert.Equal((second, second + Tariff.Length), (at.Start, at.End));
        Assert.True(QuoteCheck.Locate(News, Tariff, second, second + Tariff.Length, 2).Found);
    }

    [Fact]
    public void Occurrence_beyond_the_count_is_refused_saying_how_often_it_occurs()
    {
        var failure = Assert.Single(QuoteCheck.Locate(News, Tariff, null, null, 3).Failures);

        Assert.Equal(("occurrence", "is 3, but the quote occurs 2 times in the article text"), (failure.Field, failure.Message));
    }

    [Fact]
    public void Offsets_at_a_later_occurrence_without_occurrence_are_refused_naming_the_fix()
    {
        var second = News.LastIndexOf(Tariff, StringComparison.Ordinal);

        var failure = Assert.Single(QuoteCheck.Locate(News, Tariff, second, second + Tariff.Length, null).Failures);

        Assert.Equal("start", failure.Field);
        Assert.Equal($"must be {News.IndexOf(Tariff, StringComparison.Ordinal)}: offsets point at the quote's first occurrence; these offsets are its occurrence 2: add occurrence: 2", failure.Message);
    }

    [Fact]
    public void Offsets_that_disagree_with_the_occurrence_asked_for_are_refused()
    {
        var first = News.IndexOf(Tariff, StringComparison.Ordinal);

        var failure = Assert.Single(QuoteCheck.Locate(News, Tariff, first, first + Tariff.Length, 2).Failures);

        Assert.Equal(("start", $"must be {News.LastIndexOf(Tariff, StringComparison.Ordinal)}: occurrence 2 of the quote starts there"), (failure.Field, failure.Message));
    }

    [Fact]
    public void Offsets_pointing_elsewhere_are_refused_naming_where_the_quote_is()
    {
        var failure = Assert.Single(QuoteCheck.Locate(News, Tariff, 3, 3 + Tariff.Length, null).Failures);

        Assert.Equal(("start", $"must be {News.IndexOf(Tariff, StringComparison.Ordinal)}: offsets point at the quote's first occurrence"), (failure.Field, failure.Message));
    }

    private static string NotFound(string quote)
    {
        var failure = Assert.Single(QuoteCheck.Locate(News, quote, null, null, null).Failures);
        Assert.Equal("quote", failure.Field);
        Assert.StartsWith("does not occur verbatim in the article text; the closest passage, at ", failure.Message, StringComparison.Ordinal);
        return failure.Message;
    }

    [Fact]
    public void A_straight_apostrophe_where_the_text_has_a_curly_one_is_named()
    {
        var message = NotFound("Beijing's commerce ministry called the move");

        var passage = "Beijing\u2019s commerce ministry called the move";
        var at = News.IndexOf(passage, StringComparison.Ordinal);
        Assert.Contains($"at {at}–{at + passage.Length}, is \"{passage}\"", message, StringComparison.Ordinal);
        Assert.EndsWith("it differs by apostrophe: the text has a curly apostrophe (’) where the quote has a straight apostrophe (')", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Straight_quotation_marks_where_the_text_has_curly_ones_are_named()
    {
        var message = NotFound("called the move \"typical double standards\"");

        Assert.Contains("quotation mark: the text has a left curly quotation mark (“) where the quote has a straight quotation mark (\")", message, StringComparison.Ordinal);
        Assert.Contains("quotation mark: the text has a right curly quotation mark (”) where the quote has a straight quotation mark (\")", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hyphen_where_the_text_has_an_em_dash_is_named() =>
        Assert.EndsWith("it differs by dash: the text has an em dash (—) where the quote has a hyphen-minus (-)",
            NotFound("tariff on Chinese goods - a sharp escalation"), StringComparison.Ordinal);

    [Fact]
    public void Different_whitespace_is_named() =>
        Assert.EndsWith("it differs by whitespace: the text has a line break between \".\" and \"Beijing\" where the quote has a space",
            NotFound("a sharp escalation. Beijing\u2019s commerce ministry"), StringComparison.Ordinal);

    [Fact]
    public void Different_case_is_named() =>
        Assert.EndsWith("it differs by case: the text has \"Chinese\" where the quote has \"chinese\"",
            NotFound("additional 100% tariff on chinese goods"), StringComparison.Ordinal);

    [Fact]
    public void A_word_left_out_of_the_quote_is_named() =>
        Assert.EndsWith("it differs by a missing word: the text has \"additional\" after \"an\", which the quote leaves out",
            NotFound("he would impose an 100% tariff on Chinese goods"), StringComparison.Ordinal);

    [Fact]
    public void A_word_added_to_the_quote_is_named() =>
        Assert.EndsWith("it differs by an extra word: the quote has \"all\", which the text does not",
            NotFound("an additional 100% tariff on all Chinese goods"), StringComparison.Ordinal);

    [Fact]
    public void A_changed_word_is_named() =>
        Assert.EndsWith("it differs by a different word: the text has \"goods\" where the quote has \"imports\"",
            NotFound("an additional 100% tariff on Chinese imports"), StringComparison.Ordinal);

    [Fact]
    public void A_quote_nothing_resembles_says_so() =>
        Assert.Equal("does not occur verbatim in the article text; nothing in the text resembles it closely",
            Assert.Single(QuoteCheck.Locate(News, "rare earth magnets were shipped to Pakistan", null, null, null).Failures).Message);

    [Fact]
    public void The_closest_passage_is_found_in_the_founding_article()
    {
        var text = FoundingArticle.Text();
        var verbatim = text.Substring(text.IndexOf("Chinese", StringComparison.Ordinal), 60);
        var typed = verbatim.Replace("’", "'", StringComparison.Ordinal).Replace("Chinese", "chinese", StringComparison.Ordinal);
        if (typed == verbatim) typed = verbatim.Replace("Chinese", "chinese", StringComparison.Ordinal);

        var failure = Assert.Single(QuoteCheck.Locate(text, typed, null, null, null).Failures);

        Assert.Contains($"is \"{verbatim.Trim()}", failure.Message, StringComparison.Ordinal);
        Assert.Contains("case: the text has \"Chinese", failure.Message, StringComparison.Ordinal);
    }

    // ---- the bundle validator applies the rule to texts in the bundle ---------------------------

    [Fact]
    public void A_bundle_citation_without_offsets_is_valid_when_its_article_text_is_in_the_bundle() =>
        AssertValid(With(b => { b.FirstCitation().Start = null; b.FirstCitation().End = null; }));

    [Fact]
    public void A_bundle_citation_with_only_one_offset_is_refused() =>
        AssertRefused(With(b => b.FirstCitation().End = null), $"{Citation}.end", "is missing: give start and end together, or neither");

    [Fact]
    public void A_bundle_citation_with_occurrence_zero_is_refused() =>
        AssertRefused(With(b => { b.FirstCitation().Start = null; b.FirstCitation().End = null; b.FirstCitation().Occurrence = 0; }),
            $"{Citation}.occurrence", "must be 1 or more");

    [Fact]
    public void A_bundle_citation_asking_for_a_third_occurrence_of_a_quote_that_occurs_twice_is_refused() =>
        AssertRefused(With(b => { b.FirstCitation().Start = null; b.FirstCitation().End = null; b.FirstCitation().Occurrence = 3; }),
            $"{Citation}.occurrence", "is 3, but the quote occurs 2 times in the article text");

    [Fact]
    public void A_bundle_quote_with_a_curly_apostrophe_the_text_lacks_is_refused_with_the_closest_passage() =>
        AssertRefused(With(b => { b.FirstCitation().Quote = "the reports were groundless\u2019"; b.FirstCitation().Start = null; b.FirstCitation().End = null; }),
            $"{Citation}.quote", "the closest passage, at 14–41, is \"the reports were groundless\"; it differs by an extra mark: the quote has \"’\", which the text does not");
}
