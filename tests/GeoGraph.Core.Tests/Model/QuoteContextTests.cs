using GeoGraph.Core.Model;

namespace GeoGraph.Core.Tests.Model;

public sealed class QuoteContextTests
{
    private const string Text = "First sentence here. Jian said it was not true. He added \"nothing more.\" Then\nA new line starts.";

    private static QuoteContext Of(string quote)
    {
        var start = Text.IndexOf(quote, StringComparison.Ordinal);
        return QuoteContext.Of(Text, start, start + quote.Length)!;
    }

    [Fact]
    public void A_quote_inside_a_sentence_gets_the_rest_of_that_sentence_on_both_sides() =>
        Assert.Equal(new QuoteContext("Jian said ", "it was not", " true."), Of("it was not"));

    [Fact]
    public void A_quote_ending_its_sentence_has_nothing_after() =>
        Assert.Equal(new QuoteContext("", "Jian said it was not true.", ""), Of("Jian said it was not true."));

    [Fact]
    public void A_closing_quote_mark_after_the_full_stop_ends_the_sentence() =>
        Assert.Equal(new QuoteContext("He added \"", "nothing", " more.\""), Of("nothing"));

    [Fact]
    public void A_line_break_ends_a_sentence() =>
        Assert.Equal(new QuoteContext("", "A new", " line starts."), Of("A new"));

    [Fact]
    public void Context_is_bounded_where_no_sentence_ends()
    {
        var text = new string('a', 1000) + "QUOTE" + new string('b', 1000);
        var context = QuoteContext.Of(text, 1000, 1005)!;
        Assert.Equal((QuoteContext.MaxSide, "QUOTE", QuoteContext.MaxSide), (context.Before.Length, context.Quote, context.After.Length));
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(5, 4)]
    [InlineData(0, 200)]
    public void Offsets_outside_the_text_have_no_context(int start, int end) => Assert.Null(QuoteContext.Of(Text, start, end));
}
