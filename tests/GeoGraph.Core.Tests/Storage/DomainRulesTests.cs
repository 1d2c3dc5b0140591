using GeoGraph.Core.Bundles;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Core.Tests.Storage;

/// <summary>The store-agnostic rules both stores call: node writes, search keys, limits, quote re-checks, disputes.</summary>
public sealed class DomainRulesTests
{
    private static readonly DateTimeOffset T0 = new(2025, 10, 14, 6, 0, 0, TimeSpan.Zero);

    private static Node China(string[] aliases, string? description = null) =>
        new("country:CN", NodeKind.Country, "China", aliases, description, T0);

    [Fact]
    public void Merge_appends_new_aliases_after_the_stored_ones_and_never_the_name_and_fills_a_missing_description()
    {
        var stored = China(["Beijing", "CHN"]);
        var incoming = China(["CHN", "China", "PRC", "PRC"], "A country in East Asia.") with { Name = "People's Republic of China", RecordedAt = T0.AddDays(1) };

        var plan = NodeWrites.Plan(new Dictionary<string, Node> { [stored.Id] = stored }, [incoming], NodeWrite.Merge);

        var written = Assert.Single(plan.Writes);
        Assert.False(written.Created);
        Assert.Equal(["Beijing", "CHN", "PRC"], written.Node.Aliases);
        Assert.Equal("China", written.Node.Name);
        Assert.Equal("A country in East Asia.", written.Node.Description);
        Assert.Equal(T0, written.Node.RecordedAt);
        Assert.Equal((0, 1), (plan.Created, plan.Updated));
    }

    [Fact]
    public void Merge_that_adds_nothing_writes_nothing_and_keeps_a_stored_description()
    {
        var stored = China(["Beijing"], "Curated.");
        var plan = NodeWrites.Plan(new Dictionary<string, Node> { [stored.Id] = stored }, [China(["Beijing"], "Other.")], NodeWrite.Merge);
        Assert.Empty(plan.Writes);
        Assert.Equal((0, 0), (plan.Created, plan.Updated));
    }

    [Fact]
    public void Replace_sets_name_aliases_and_description_but_keeps_kind_and_recorded_time()
    {
        var stored = China(["Beijing"], "Curated.");
        var given = China([], null) with { Name = "PRC", RecordedAt = T0.AddYears(1) };
        var written = Assert.Single(NodeWrites.Plan(new Dictionary<string, Node> { [stored.Id] = stored }, [given], NodeWrite.Replace).Writes).Node;
        Assert.Equal(("PRC", 0, null, T0), (written.Name, written.Aliases.Count, written.Description, written.RecordedAt));
    }

    [Fact]
    public void A_node_new_to_the_store_sent_twice_is_created_once_with_both_contributions()
    {
        var plan = NodeWrites.Plan(new Dictionary<string, Node>(), [China(["Beijing"]), China(["PRC"], "Desc.")], NodeWrite.Merge);
        Assert.Equal((1, 0), (plan.Created, plan.Updated));
        Assert.Equal(["Beijing", "PRC"], plan.Writes[^1].Node.Aliases);
        Assert.All(plan.Writes, w => Assert.True(w.Created));
    }

    [Theory]
    [InlineData("  Beijing ", "beijing")]
    [InlineData("BEIJING", "beijing")]
    [InlineData("Cafe\u0301", "caf\u00e9")]
    public void Search_keys_are_NFC_lower_case_and_searches_are_trimmed(string search, string key) =>
        Assert.Equal(key, SearchKeys.ForSearch(search));

    [Fact]
    public void A_blank_search_is_no_search() => Assert.Null(SearchKeys.ForSearch("   "));

    [Theory]
    [InlineData(-1, "depth")]
    [InlineData(5, "depth")]
    public void Neighbourhood_bounds_come_from_one_table(int depth, string field)
    {
        var e = Assert.Throws<GeoGraphException>(() => QueryLimits.Check(new NeighborhoodQuery("country:CN", depth, 10, new TraversalFilter(T0))));
        Assert.Equal(field, Assert.Single(e.Fields).Field);
        Assert.Equal(0, QueryLimits.Check(new NeighborhoodQuery("country:CN", 0, 10, new TraversalFilter(T0))).Depth);
    }

    [Fact]
    public void Limits_make_types_distinct_and_refuse_paths_of_zero_or_too_many_hops()
    {
        var checkedQuery = QueryLimits.Check(new PathQuery("a:x", "a:y", 2, new TraversalFilter(T0, Types: ["A", "A", "B"])));
        Assert.Equal(["A", "B"], checkedQuery.Filter.Types);
        Assert.Throws<GeoGraphException>(() => QueryLimits.Check(new PathQuery("a:x", "a:y", 0, new TraversalFilter(T0))));
        Assert.Throws<GeoGraphException>(() => QueryLimits.Check(new PathQuery("a:x", "a:y", QueryLimits.MaxMaxHops + 1, new TraversalFilter(T0))));
    }

    [Theory]
    [InlineData(4, 9, true)]
    [InlineData(3, 8, false)]
    [InlineData(4, 10, false)]
    [InlineData(-1, 4, false)]
    [InlineData(10, 15, false)]
    public void A_stored_quote_is_verified_only_where_its_offsets_point_at_it(int start, int end, bool matches) =>
        Assert.Equal(matches, QuoteCheck.MatchesAt("The rare earths", "rare ", start, end));

    [Fact]
    public void A_claim_is_disputed_only_with_a_supporter_and_a_denier()
    {
        Relation Stance(string type) => new($"rel:{type}", type, "country:CN", "claim:x", [], null, null, 1, T0, "test");
        Assert.True(ClaimStances.IsDisputed([Stance("SPECULATES"), Stance("DENIES_LINK")]));
        Assert.False(ClaimStances.IsDisputed([Stance("ASSERTS"), Stance("SPECULATES")]));
        Assert.False(ClaimStances.IsDisputed([Stance("DENIES")]));
        Assert.False(ClaimStances.IsDisputed([]));
    }

    [Fact]
    public void Expansion_lists_follow_the_direction_and_list_a_self_loop_once()
    {
        Relation R(string id, string s, string o) => new(id, "COOPERATES_WITH", s, o, [], null, null, 1, T0, "test");
        var relations = new[] { R("rel:1", "a:x", "a:y"), R("rel:2", "a:y", "a:x"), R("rel:3", "a:x", "a:x") };

        var both = GraphTraversal.ByFrontierNode(relations, ["a:x"], TraversalDirection.Both);
        Assert.Equal(["rel:1", "rel:2", "rel:3"], both["a:x"].Select(r => r.Id));
        var outgoing = GraphTraversal.ByFrontierNode(relations, ["a:x", "a:y"], TraversalDirection.Out);
        Assert.Equal(["rel:1", "rel:3"], outgoing["a:x"].Select(r => r.Id));
        Assert.Equal(["rel:2"], outgoing["a:y"].Select(r => r.Id));
        var incoming = GraphTraversal.ByFrontierNode(relations, ["a:y"], TraversalDirection.In);
        Assert.Equal(["rel:1"], incoming["a:y"].Select(r => r.Id));
    }
}
