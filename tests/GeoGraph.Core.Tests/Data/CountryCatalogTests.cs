using GeoGraph.Core.Countries;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Tests.Data;

public class CountryCatalogTests
{
    private static readonly CountryCatalog Catalog = CountryCatalog.Default;

    [Fact]
    public void Catalog_has_the_249_officially_assigned_codes_plus_Kosovo_user_assigned()
    {
        Assert.Equal(249, Catalog.All.Count(c => !c.UserAssigned));
        var kosovo = Assert.Single(Catalog.All, c => c.UserAssigned);
        Assert.Equal(("XK", "Kosovo"), (kosovo.Alpha2, kosovo.Name));
    }

    [Fact]
    public void Alpha2_and_alpha3_codes_are_unique_and_well_formed()
    {
        Assert.Equal(Catalog.All.Count, Catalog.All.Select(c => c.Alpha2).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Catalog.All.Count, Catalog.All.Select(c => c.Alpha3).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Catalog.All, c =>
        {
            Assert.Matches("^[A-Z]{2}$", c.Alpha2);
            Assert.Matches("^[A-Z]{3}$", c.Alpha3);
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
        });
    }

    [Fact]
    public void Officially_assigned_codes_have_unique_three_digit_numeric_codes()
    {
        var numeric = Catalog.All.Where(c => !c.UserAssigned).Select(c => c.Numeric).ToArray();

        Assert.All(numeric, n => Assert.Matches("^[0-9]{3}$", n));
        Assert.Equal(numeric.Length, numeric.Distinct().Count());
    }

    [Theory]
    [InlineData("CN", "CHN", "China", "Beijing")]
    [InlineData("PK", "PAK", "Pakistan", "Islamabad")]
    [InlineData("US", "USA", "United States of America", "Washington")]
    [InlineData("IN", "IND", "India", "New Delhi")]
    [InlineData("MK", "MKD", "North Macedonia", "Skopje")]
    public void Country_has_its_codes_name_and_capital(string alpha2, string alpha3, string name, string capital)
    {
        var country = Catalog.FindByAlpha2(alpha2);

        Assert.NotNull(country);
        Assert.Equal((alpha3, name, false), (country.Alpha3, country.Name, country.UserAssigned));
        Assert.StartsWith(capital, country.Capital, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("country:ZZ")]
    [InlineData("country:cn")]
    [InlineData("CN")]
    [InlineData("person:CN")]
    public void FindByNodeId_finds_nothing_for_ids_that_are_not_iso_countries(string id) => Assert.Null(Catalog.FindByNodeId(id));

    [Fact]
    public void Country_node_carries_alpha3_and_capital_as_aliases()
    {
        var china = Assert.Single(Catalog.ToNodes(DateTimeOffset.UnixEpoch), n => n.Id == "country:CN");

        Assert.Equal(NodeKind.Country, china.Kind);
        Assert.Equal("China", china.Name);
        Assert.Equal(["CHN", "Beijing"], china.Aliases);
        Assert.Equal(Catalog.All.Count, Catalog.ToNodes(DateTimeOffset.UnixEpoch).Count());
    }
}
