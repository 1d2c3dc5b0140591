using GeoGraph.Storage;

namespace GeoGraph.Cli.Tests;

/// <summary><c>--store</c>, parsed once into the configuration keys AddGraphStore reads.</summary>
public sealed class StoreLocationTests
{
    [Fact]
    public void A_sqlite_path_becomes_the_provider_and_an_absolute_path()
    {
        var location = StoreLocation.Parse("sqlite:data/geo.db");
        Assert.Equal(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = Path.GetFullPath("data/geo.db"),
        }, location.ConfigurationOverrides);
        Assert.Equal("sqlite:" + Path.GetFullPath("data/geo.db"), location.ToString());
    }

    [Theory]
    [InlineData("neo4j://db.example:7687")]
    [InlineData("neo4j+s://db.example")]
    [InlineData("neo4j+ssc://db.example:7687")]
    [InlineData("bolt://localhost:7687")]
    [InlineData("bolt+s://db.example:7687")]
    [InlineData("BOLT+SSC://db.example:7687")]
    public void A_neo4j_uri_becomes_the_provider_and_the_uri(string uri)
    {
        Assert.Equal(new Dictionary<string, string?> { ["Storage:Provider"] = "Neo4j", ["Neo4j:Uri"] = uri }, StoreLocation.Parse(uri).ConfigurationOverrides);
    }

    [Theory]
    [InlineData("geo.db")]
    [InlineData("http://localhost:7474")]
    [InlineData("neo4j://")]
    [InlineData("sqlite:  ")]
    [InlineData("Sqlite://geo.db")]
    [InlineData("bolt://neo4j:secret@localhost:7687")]
    public void Anything_else_is_refused_with_a_message(string text)
    {
        var e = Assert.Throws<FormatException>(() => StoreLocation.Parse(text));
        Assert.Contains($"'{text}'", e.Message);
    }
}
