using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Core.Tests.Storage;

/// <summary>The one word rule both stores index and rank by, and the citation listing's positions.</summary>
public class TextSearchTests
{
    [Theory]
    [InlineData("China's rare-earth export controls", " china s rare earth export controls ")]
    [InlineData("Pakistan’s gift to Trump", " pakistan s gift to trump ")]
    [InlineData("  100 per cent, ÜBER Türkiye!  ", " 100 per cent über türkiye ")]
    [InlineData("北京 denies", " 北京 denies ")]
    [InlineData("Cafe\u0301 au lait", " café au lait ")] // NFC first: the combining accent joins its letter
    [InlineData("— ’ ( ) \" *", " ")]
    [InlineData("", " ")]
    public void The_indexed_form_is_the_words_between_single_spaces(string text, string indexed) =>
        Assert.Equal(indexed, TextSearch.Indexed(text));

    [Theory]
    [InlineData("rare earth", "China imposed rare-earth export controls", TextSearch.PhraseTier)]
    [InlineData("EARTH rare", "China imposed rare-earth export controls", TextSearch.AllWordsTier)]
    [InlineData("rare earth", "the top importers of China's rare earths", TextSearch.AnyWordTier)]
    [InlineData("rare earth", "a rarely earthy thing", null)]
    [InlineData("gem ores", "are gem ores purchased by staff", TextSearch.PhraseTier)]
    [InlineData("with", "Pakistan developed close ties with Washington", TextSearch.PhraseTier)]
    [InlineData("ties ties close", "close ties", TextSearch.AllWordsTier)]
    public void A_text_ranks_by_phrase_then_every_word_then_any_word(string search, string text, int? tier) =>
        Assert.Equal(tier, TextSearch.Parse(search)!.Tier(TextSearch.Indexed(text)));

    [Theory]
    [InlineData("') DETACH DELETE n //", "\"detach\" OR \"delete\" OR \"n\"")]
    [InlineData("\"unbalanced", "\"unbalanced\"")]
    [InlineData("rare\" OR title:* AND NOT(earth~2)^3", "\"rare\" OR \"or\" OR \"title\" OR \"and\" OR \"not\" OR \"earth\" OR \"2\" OR \"3\"")]
    [InlineData("Rare rare RARE", "\"rare\"")]
    public void The_index_query_holds_only_quoted_words(string search, string indexQuery)
    {
        var query = TextSearch.Parse(search)!;
        Assert.Equal(indexQuery, query.IndexQuery);
        Assert.DoesNotMatch("[^a-z0-9\" ]", query.IndexQuery.Replace(" OR ", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_searches_are_none_wordless_ones_match_nothing_and_big_ones_are_refused()
    {
        Assert.Null(TextSearch.Parse(null));
        Assert.Null(TextSearch.Parse("   "));
        var wordless = TextSearch.Parse("\"(*")!;
        Assert.True(wordless.MatchesNothing);
        Assert.Null(wordless.Tier(TextSearch.Indexed("anything at all")));
        Assert.Null(wordless.Tier(" "));

        Assert.Equal("search", Assert.Throws<GeoGraphException>(() => TextSearch.Parse(new string('a', QueryLimits.MaxSearchLength + 1))).Fields[0].Field);
        var words = string.Join(' ', Enumerable.Range(0, QueryLimits.MaxSearchWords + 1).Select(i => "w" + i));
        Assert.Throws<GeoGraphException>(() => TextSearch.Parse(words));
        Assert.NotNull(TextSearch.Parse(string.Join(' ', Enumerable.Repeat("same", 50))));
    }

    [Fact]
    public void A_citation_position_round_trips_through_a_page_key_and_orders_as_documented()
    {
        var citation = new Citation("rel:0123456789abcdef", "article:fedcba9876543210", "q", 12, 40, null, CitationStance.Asserts, false);
        var published = new DateTimeOffset(2025, 10, 14, 10, 33, 0, 250, TimeSpan.FromHours(5.5));

        var newest = CitationPosition.Of(CitationOrder.PublishedAtDesc, citation, 2, published);
        Assert.Equal((0, -published.ToUnixTimeMilliseconds()), (newest.Tier, newest.Value));
        Assert.Equal(newest, CitationPosition.FromPageKey(newest.ToPageKey()));
        Assert.Equal(new PageKey(0, $"{-published.ToUnixTimeMilliseconds()}|rel:0123456789abcdef|article:fedcba9876543210|12|40"), newest.ToPageKey());
        Assert.Equal((1, 0L), (CitationPosition.Of(CitationOrder.PublishedAtAsc, citation, 2, null).Tier, CitationPosition.Of(CitationOrder.PublishedAtAsc, citation, 2, null).Value));
        Assert.Equal((2, 0L), (CitationPosition.Of(CitationOrder.Relevance, citation, 2, published).Tier, CitationPosition.Of(CitationOrder.Relevance, citation, 2, published).Value));
        Assert.Equal(new CitationPosition(0, 0, citation.RelationId, citation.ArticleId, 12, 40), CitationPosition.Of(CitationOrder.Key, citation, 2, published));

        foreach (var bad in new[] { "x", "1|rel:a|article:b|1", "a|rel:a|article:b|1|2", "0|rel:a|article:b|-1|2", "0||article:b|1|2" })
            Assert.Equal(ErrorCodes.ValidationFailed, Assert.Throws<GeoGraphException>(() => CitationPosition.FromPageKey(new PageKey(0, bad))).Code);
    }

    [Fact]
    public void The_default_order_is_relevance_with_a_search_and_key_without_and_relevance_needs_a_search()
    {
        Assert.Equal(CitationOrder.Relevance, CitationListing.Resolve(null, searching: true));
        Assert.Equal(CitationOrder.Key, CitationListing.Resolve(null, searching: false));
        Assert.Equal(CitationOrder.PublishedAtDesc, CitationListing.Resolve(CitationOrder.PublishedAtDesc, searching: true));
        Assert.Equal("orderBy", Assert.Throws<GeoGraphException>(() => CitationListing.Resolve(CitationOrder.Relevance, searching: false)).Fields[0].Field);
    }
}
