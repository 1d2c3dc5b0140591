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
