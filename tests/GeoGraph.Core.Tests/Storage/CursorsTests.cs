using System.Buffers.Text;
using System.Text;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Storage;

namespace GeoGraph.Core.Tests.Storage;

public class CursorsTests
{
    [Theory]
    [InlineData(0, "country:CN")]
    [InlineData(1, "person:lin-jian")]
    [InlineData(2, "claim:a|b|c")]
    [InlineData(0, "rel:0123456789abcdef")]
    [InlineData(2, "person:zoë-ñ-北京")]
    public void Cursor_round_trips(int rank, string id)
    {
        var cursor = Cursors.Encode("nodes", new PageKey(rank, id));

        Assert.Equal(new PageKey(rank, id), Cursors.Decode(cursor, "nodes", ranked: true, "after"));
    }

    [Fact]
    public void Cursor_is_url_safe() =>
        Assert.Matches("^[A-Za-z0-9_-]+$", Cursors.Encode("nodes", new PageKey(2, "person:zoë-ñ-北京???>>>")));

    [Theory]
    [InlineData("")]
    [InlineData("not a cursor!")]
    [InlineData("%%%")]
    [InlineData("A")]
    public void Cursor_that_is_not_base64url_is_malformed(string cursor) => AssertMalformed(cursor);

    [Theory]
    [InlineData("v2|nodes|0|country:CN")]
    [InlineData("v1|nodes|6|country:CN")]
    [InlineData("v1|nodes|-1|country:CN")]
    [InlineData("v1|nodes|+1|country:CN")]
    [InlineData("v1|nodes| 1|country:CN")]
    [InlineData("v1|nodes|x|country:CN")]
    [InlineData("v1|nodes|0|")]
    [InlineData("v1|nodes|0")]
    [InlineData("country:CN")]
    public void Cursor_with_a_bad_payload_is_malformed(string payload) =>
        AssertMalformed(Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_'));

    [Fact]
    public void Cursor_with_an_id_over_300_characters_is_malformed() =>
        AssertMalformed(Cursors.Encode("nodes", new PageKey(0, "event:" + new string('a', 300))));

    [Fact]
    public void Cursor_from_another_listing_is_refused() =>
        AssertRefused(Cursors.Encode("relations", new PageKey(0, "rel:0123456789abcdef")), "belongs to the relations listing, not nodes");

    [Fact]
    public void Search_cursor_outside_a_search_is_refused()
    {
        var cursor = Cursors.Encode("nodes", new PageKey(1, "country:CN"));

        AssertRefused(cursor, "belongs to a search", ranked: false);
        Assert.Equal(new PageKey(1, "country:CN"), Cursors.Decode(cursor, "nodes", ranked: true, "after"));
    }

    private static void AssertMalformed(string cursor) => AssertRefused(cursor, "malformed cursor");

    private static void AssertRefused(string cursor, string message, bool ranked = true)
    {
        var e = Assert.Throws<GeoGraphException>(() => Cursors.Decode(cursor, "nodes", ranked, "after"));

        Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
        var field = Assert.Single(e.Fields);
        Assert.Equal("after", field.Field);
        Assert.Contains(message, field.Message, StringComparison.Ordinal);
    }
}

public class OrderedCursorsTests
{
    private static readonly RelationOrder ByCitations = RelationOrder.Of(
        [new(RelationOrderField.CitationCount, SortDirection.Desc), new(RelationOrderField.FirstReported), new(RelationOrderField.ValidFrom)]);

    [Fact]
    public void An_ordered_cursor_round_trips_its_typed_values_and_names_its_ordering()
    {
        var key = new PageKey(0, "rel:0123456789abcdef|x", new SortValues(ByCitations.Name,
            [3L, new DateTimeOffset(2025, 10, 14, 10, 33, 0, TimeSpan.FromHours(5.5)), null]));

        var cursor = Cursors.Encode("relations", key);
        var decoded = Cursors.Decode(cursor, "relations", ByCitations, "after");

        Assert.Equal(key, decoded);
        Assert.StartsWith("v2|relations|CITATION_COUNT:DESC,FIRST_REPORTED:ASC,VALID_FROM:ASC,ID:ASC|3|",
            Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cursor_of_another_ordering_or_of_id_order_is_refused_naming_both()
    {
        var ordered = Cursors.Encode("relations", new PageKey(0, "rel:1", new SortValues(ByCitations.Name, [3L, null, null])));
        var byConfidence = RelationOrder.Of([new(RelationOrderField.Confidence)]);

        Refused(() => Cursors.Decode(ordered, "relations", byConfidence, "after"), "CITATION_COUNT:DESC,FIRST_REPORTED:ASC,VALID_FROM:ASC,ID:ASC, not CONFIDENCE:ASC,ID:ASC");
        Refused(() => Cursors.Decode(ordered, "relations", RelationOrder.ById, "after"), "not ID:ASC");
        Refused(() => Cursors.Decode(ordered, "relations", ranked: false, "after"), "pass the same orderBy");
        Refused(() => Cursors.Decode(Cursors.Encode("relations", new PageKey(0, "rel:1")), "relations", byConfidence, "after"), "the ordering ID:ASC");
        Refused(() => Cursors.Decode(ordered, "nodes", ByCitations, "after"), "belongs to the relations listing, not nodes");
    }

    [Theory]
    [InlineData("v2|relations|CITATION_COUNT:DESC,FIRST_REPORTED:ASC,VALID_FROM:ASC,ID:ASC|x|~|~|rel:1")]
    [InlineData("v2|relations|CITATION_COUNT:DESC,FIRST_REPORTED:ASC,VALID_FROM:ASC,ID:ASC|~|~|~|rel:1")]
    [InlineData("v2|relations|CITATION_COUNT:DESC,FIRST_REPORTED:ASC,VALID_FROM:ASC,ID:ASC|3|~|2025-13-01|rel:1")]
    [InlineData("v2|relations|CITATION_COUNT:DESC,FIRST_REPORTED:ASC,VALID_FROM:ASC,ID:ASC|3|~|rel:1")]
    [InlineData("v2|relations|CITATION_COUNT:DESC,FIRST_REPORTED:ASC,VALID_FROM:ASC,ID:ASC|3|~|~|")]
    public void An_ordered_cursor_with_values_of_the_wrong_type_or_number_is_malformed(string payload) =>
        Refused(() => Cursors.Decode(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)), "relations", ByCitations, "after"), "malformed cursor");

    [Fact]
    public void An_order_drops_keys_after_the_id_and_refuses_a_field_named_twice()
    {
        var order = RelationOrder.Of([new(RelationOrderField.Confidence, SortDirection.Desc), new(RelationOrderField.Id, SortDirection.Desc), new(RelationOrderField.ValidFrom)]);
        Assert.Equal("CONFIDENCE:DESC,ID:DESC", order.Name);
        Assert.True(RelationOrder.Of([new(RelationOrderField.Id)]).IsById);
        Refused(() => RelationOrder.Of([new(RelationOrderField.Confidence), new(RelationOrderField.Confidence, SortDirection.Desc)]), "CONFIDENCE is named twice", "orderBy");
    }

    private static void Refused(Action decode, string message, string field = "after")
    {
        var e = Assert.Throws<GeoGraphException>(decode);
        Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
        var failure = Assert.Single(e.Fields);
        Assert.Equal(field, failure.Field);
        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }
}
