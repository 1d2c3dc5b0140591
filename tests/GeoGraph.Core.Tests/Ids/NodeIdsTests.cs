using GeoGraph.Core.Ids;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Tests.Ids;

public class NodeIdsTests
{
    [Theory]
    [InlineData("country:CN", NodeKind.Country)]
    [InlineData("country:ZZ", NodeKind.Country)]
    [InlineData("person:lin-jian", NodeKind.Person)]
    [InlineData("org:eu", NodeKind.Organization)]
    [InlineData("commodity:rare-earths", NodeKind.Commodity)]
    [InlineData("event:cn-rare-earth-export-controls-2025-10", NodeKind.Event)]
    [InlineData("claim:pk-gift-was-gem-ores", NodeKind.Claim)]
    [InlineData("person:3", NodeKind.Person)]
    public void KindOf_reads_the_kind_from_the_prefix(string id, NodeKind kind) => Assert.Equal(kind, NodeIds.KindOf(id));

    [Theory]
    [InlineData("country:cn")]
    [InlineData("country:CHN")]
    [InlineData("country:C")]
    [InlineData("person:Lin Jian")]
    [InlineData("person:lin_jian")]
    [InlineData("person:-lin")]
    [InlineData("person:")]
    [InlineData("Person:lin-jian")]
    [InlineData("organization:eu")]
    [InlineData("foo:bar")]
    [InlineData("lin-jian")]
    [InlineData(" person:lin-jian")]
    [InlineData("person:lin-jian\n")]
    [InlineData("")]
    [InlineData(null)]
    public void KindOf_is_null_for_a_malformed_id(string? id)
    {
        Assert.Null(NodeIds.KindOf(id));
        Assert.False(NodeIds.IsWellFormed(id));
    }

    [Fact]
    public void Ids_longer_than_200_characters_are_malformed()
    {
        Assert.Equal(NodeKind.Event, NodeIds.KindOf("event:" + new string('a', NodeIds.MaxLength - "event:".Length)));
        Assert.Null(NodeIds.KindOf("event:" + new string('a', NodeIds.MaxLength - "event:".Length + 1)));
    }

    [Fact]
    public void Every_kind_has_a_prefix_that_KindOf_reads_back() =>
        Assert.All(Enum.GetValues<NodeKind>(), kind => Assert.Equal(kind, NodeIds.KindOf(NodeIds.PrefixOf(kind) + (kind == NodeKind.Country ? ":PK" : ":x"))));
}
