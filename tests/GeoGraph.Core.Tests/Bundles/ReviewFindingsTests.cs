using GeoGraph.Core.Bundles;
using static GeoGraph.Core.Tests.Support.TestBundles;
using static GeoGraph.Core.Tests.Support.Validation;

namespace GeoGraph.Core.Tests.Bundles;

/// <summary>Inputs that once crashed validation or were accepted with wrong offsets.</summary>
public sealed class ReviewFindingsTests
{
    private const string Citation = "relations[0].citations[0]";

    [Theory]
    [InlineData("9999-12-27", "WEEK")]
    public void A_period_ending_after_year_9999_is_refused_not_a_crash(string date, string precision) =>
        AssertRefused(With(b => { b.FirstRelation().ValidTo = date; b.FirstRelation().ValidToPrecision = precision; }),
            "relations[0].validTo", "ends by 9999-12-31");

    [Theory]
    [InlineData("9999-12-01", "MONTH")]
    [InlineData("9999-01-01", "YEAR")]
    [InlineData("9999-12-20", "WEEK")]
    public void The_last_periods_of_year_9999_are_accepted(string date, string precision) =>
        AssertValid(With(b => { b.FirstRelation().ValidTo = date; b.FirstRelation().ValidToPrecision = precision; }));

    [Fact]
    public void A_lone_surrogate_is_refused_where_it_stands()
    {
        AssertRefused(With(b => b.Entities[0].Name = "Lin \ud800 Jian"), "entities[0].name", "lone UTF-16 surrogate");
        AssertRefused(With(b => b.Articles[0].Text = Text + " \udc00"), "articles[0].text", "lone UTF-16 surrogate");
    }

    [Fact]
    public void A_decomposed_quote_is_measured_in_its_normal_form()
    {
        const string text = "Café owners met the minister. Prices rose.";
        var decomposed = "Cafe\u0301 owners";
        var bundle = With(b =>
        {
            b.Articles = [Article(text)];
            b.Relations = [Relation("DENIES", "person:lin-jian", "claim:reports-are-true", Cite("Café owners", text))];
            b.FirstCitation().Quote = decomposed;
        });
        AssertValid(bundle);

        bundle.FirstCitation().End = decomposed.Length; // the raw (NFD) length is one more than NFC
        AssertRefused(bundle, $"{Citation}.end", "quote's length in NFC (11 UTF-16 code units)");
    }
}
