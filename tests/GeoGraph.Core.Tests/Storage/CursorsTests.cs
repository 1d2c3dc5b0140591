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
        var cursor = Cursors.Encode(new PageKey(rank, id));

        Assert.Equal(new PageKey(rank, id), Cursors.Decode(cursor, "after"));
    }

    [Fact]
    public void Cursor_is_url_safe() =>
        Assert.Matches("^[A-Za-z0-9_-]+$", Cursors.Encode(new PageKey(2, "person:zoë-ñ-北京???>>>")));

    [Theory]
    [InlineData("")]
    [InlineData("not a cursor!")]
    [InlineData("%%%")]
    [InlineData("A")]
    public void Cursor_that_is_not_base64url_is_malformed(string cursor) => AssertMalformed(cursor);

    [Theory]
    [InlineData("v2|0|country:CN")]
    [InlineData("v1|3|country:CN")]
    [InlineData("v1|-1|country:CN")]
    [InlineData("v1|+1|country:CN")]
    [InlineData("v1| 1|country:CN")]
    [InlineData("v1|x|country:CN")]
    [InlineData("v1|0|")]
    [InlineData("v1|0")]
    [InlineData("country:CN")]
    public void Cursor_with_a_bad_payload_is_malformed(string payload) =>
        AssertMalformed(Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_'));

    [Fact]
    public void Cursor_with_an_id_over_300_characters_is_malformed() =>
        AssertMalformed(Cursors.Encode(new PageKey(0, "event:" + new string('a', 300))));

    private static void AssertMalformed(string cursor)
    {
        var e = Assert.Throws<GeoGraphException>(() => Cursors.Decode(cursor, "after"));

        Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
        var field = Assert.Single(e.Fields);
        Assert.Equal("after", field.Field);
        Assert.Contains("malformed cursor", field.Message, StringComparison.Ordinal);
    }
}
