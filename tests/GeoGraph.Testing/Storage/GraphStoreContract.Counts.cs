using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

// relationCounts(where, groupBy) and degree(types, direction).
public abstract partial class GraphStoreContract
{
    private static readonly RelationGroupKey[][] Groupings =
    [
        [RelationGroupKey.Type],
        [RelationGroupKey.Subject],
        [RelationGroupKey.Object, RelationGroupKey.Type],
        [RelationGroupKey.SubjectKind, RelationGroupKey.ObjectKind],
        [RelationGroupKey.Month],
        [RelationGroupKey.Subject, RelationGroupKey.Year],
        [RelationGroupKey.Type, RelationGroupKey.Subject, RelationGroupKey.Object, RelationGroupKey.SubjectKind, RelationGroupKey.ObjectKind, RelationGroupKey.Month],
    ];

    /// <summary>The counts as the contract defines them, from the relations the listing returns and Core's date rule.</summary>
    private static async Task<string[]> ReferenceCountsAsync(IGraphStore store, RelationFilter filter, IReadOnlyCollection<RelationGroupKey> by, int first)
    {
        var relations = (await RelationsAsync(store, filter)).Select(i => i.Item).ToArray();
        var nodes = await store.GetNodesAsync(relations.SelectMany(r => new[] { r.SubjectId, r.ObjectId }).Distinct().ToArray(), Ct);
        var citations = await store.GetCitationsAsync(relations.Select(r => r.Id).ToArray(), Ct);
        var articles = await store.GetArticlesAsync(citations.SelectMany(g => g).Select(c => c.ArticleId).Distinct().ToArray(), false, Ct);
        string? Period(Relation r, bool month) =>
            TimelineDates.DateOf(r, citations[r.Id].Select(c => articles[c.ArticleId].PublishedAt)) is { } day ? TimelineDates.Period(day, month) : null;
        RelationBucketKey KeyOf(Relation r) => new(
            by.Contains(RelationGroupKey.Type) ? r.Type : null,
            by.Contains(RelationGroupKey.Subject) ? r.SubjectId : null,
            by.Contains(RelationGroupKey.Object) ? r.ObjectId : null,
            by.Contains(RelationGroupKey.SubjectKind) ? nodes[r.SubjectId].Kind : null,
            by.Contains(RelationGroupKey.ObjectKind) ? nodes[r.ObjectId].Kind : null,
            by.Contains(RelationGroupKey.Month) ? Period(r, month: true) : by.Contains(RelationGroupKey.Year) ? Period(r, month: false) : null);
        return relations.GroupBy(KeyOf).Select(g => new RelationBucket(g.Key, g.LongCount()))
            .OrderByDescending(b => b.Count)
            .ThenBy(b => b.Key.Type, StringComparer.Ordinal).ThenBy(b => b.Key.SubjectId, StringComparer.Ordinal)
            .ThenBy(b => b.Key.ObjectId, StringComparer.Ordinal)
            .ThenBy(b => b.Key.SubjectKind?.ToString().ToUpperInvariant(), StringComparer.Ordinal)
            .ThenBy(b => b.Key.ObjectKind?.ToString().ToUpperInvariant(), StringComparer.Ordinal)
            .ThenBy(b => b.Key.Period is null).ThenBy(b => b.Key.Period, StringComparer.Ordinal)
            .Take(first).Select(b => b.ToString()).ToArray();
    }

    private static async Task<string[]> CountsAsync(IGraphStore store, RelationFilter filter, IReadOnlyCollection<RelationGroupKey> by, int first = 500) =>
        (await store.CountRelationsByAsync(new RelationCountQuery(filter, by, first), Ct)).Select(b => b.ToString()).ToArray();

    [Fact]
    public async Task Relation_counts_by_type_are_sorted_by_count_then_type_and_skip_retracted()
    {
        var store = await SeededStoreAsync();

        var buckets = await store.CountRelationsByAsync(new RelationCountQuery(new RelationFilter(Now), [RelationGroupKey.Type], 4), Ct);
        Assert.Equal(
            [("COOPERATES_WITH", 4L), ("IMPORTS", 3L), ("ALLIED_WITH", 2L), ("ASSERTS", 2L)],
            buckets.Select(b => (b.Key.Type!, b.Count)));
        Assert.All(buckets, b => Assert.Equal(new RelationBucketKey(Type: b.Key.Type), b.Key));
        var all = await store.CountRelationsByAsync(new RelationCountQuery(new RelationFilter(Now), [RelationGroupKey.Type]), Ct);
        Assert.Equal(Graph.VisibleRelationIds.Length, all.Sum(b => b.Count));
        Assert.DoesNotContain(all, b => b.Key.Type == "SPECULATES");
        var retracted = await store.CountRelationsByAsync(new RelationCountQuery(new RelationFilter(Now, IncludeRetracted: true), [RelationGroupKey.Type]), Ct);
        Assert.Equal(Graph.Relations.Count, retracted.Sum(b => b.Count));
    }

    [Fact]
    public async Task Relation_counts_by_month_use_the_timeline_date_and_by_kinds_the_nodes_kinds()
    {
        var store = await SeededStoreAsync();

        var months = await store.CountRelationsByAsync(new RelationCountQuery(new RelationFilter(Now, InvolvesId: CN), [RelationGroupKey.Month]), Ct);
        // Role and denial first reported in Oct 2025, tariff threat and export controls valid from then.
        Assert.Equal([("2025-10", 4L), ("2015-04", 1L), ("2025-01", 1L)], months.Select(b => (b.Key.Period!, b.Count)));

        var kinds = await store.CountRelationsByAsync(new RelationCountQuery(new RelationFilter(Now, Type: "IMPORTS"), [RelationGroupKey.ObjectKind, RelationGroupKey.SubjectKind]), Ct);
        Assert.Equal(
            [(NodeKind.Country, NodeKind.Commodity, 2L), (NodeKind.Organization, NodeKind.Commodity, 1L)],
            kinds.Select(b => (b.Key.SubjectKind!.Value, b.Key.ObjectKind!.Value, b.Count)));
    }

    [Fact]
    public async Task Relation_counts_select_exactly_what_the_relations_listing_lists_for_every_filter_and_grouping()
    {
        var store = await SeededStoreAsync();
        var g = Graph;
        RelationFilter[] filters =
        [
            new(Now),
            new(Now, IncludeRetracted: true),
            new(T0.AddHours(1)),
            new(Now, Type: "COOPERATES_WITH"),
            new(Now, SubjectId: CN),
            new(Now, ObjectId: RareEarths),
            new(Now, InvolvesId: A, IncludeRetracted: true),
            new(Now, ArticleId: g.Beijing.Id),
            new(Now, ValidAt: new DateOnly(2025, 10, 10)),
        ];
        foreach (var filter in filters)
            foreach (var by in Groupings)
                Assert.Equal(await ReferenceCountsAsync(store, filter, by, 500), await CountsAsync(store, filter, by));
        Assert.Equal(await ReferenceCountsAsync(store, new RelationFilter(Now), [RelationGroupKey.Subject], 3), await CountsAsync(store, new RelationFilter(Now), [RelationGroupKey.Subject], 3));
        Assert.Empty(await CountsAsync(store, new RelationFilter(Now, Type: "NOT_A_TYPE"), [RelationGroupKey.Type]));
    }

    [Fact]
    public async Task Relation_counts_refuse_no_keys_two_periods_and_too_many_buckets()
    {
        var store = await SeededStoreAsync();
        var none = await Assert.ThrowsAsync<Core.Errors.GeoGraphException>(() => CountsAsync(store, new RelationFilter(Now), []));
        Assert.Equal("groupBy", Assert.Single(none.Fields).Field);
        var periods = await Assert.ThrowsAsync<Core.Errors.GeoGraphException>(() => CountsAsync(store, new RelationFilter(Now), [RelationGroupKey.Month, RelationGroupKey.Year]));
        Assert.Equal("groupBy", Assert.Single(periods.Fields).Field);
        var many = await Assert.ThrowsAsync<Core.Errors.GeoGraphException>(() => CountsAsync(store, new RelationFilter(Now), [RelationGroupKey.Type], QueryLimits.MaxBuckets + 1));
        Assert.Equal("first", Assert.Single(many.Fields).Field);
    }

    [Fact]
    public async Task Degree_counts_what_a_traversal_would_follow_from_each_node()
    {
        var store = await SeededStoreAsync();
        var g = Graph;

        var now = await store.CountDegreesAsync([A, C, CN, "person:nobody"], new TraversalFilter(Now), Ct);
        Assert.Equal(2, now[A]);
        Assert.Equal(3, now[C]);
        Assert.Equal(6, now[CN]);
        Assert.Equal(0, now.GetValueOrDefault("person:nobody"));
        var before = await store.CountDegreesAsync([A], new TraversalFilter(T0.AddHours(1), Direction: TraversalDirection.Out), Ct);
        Assert.Equal(3, before[A]);

        string[] nodes = [A, B, C, D, E, CN, PK, US, Trump, LinJian, Reports, RareEarths, GiftClaim, LinkClaim];
        TraversalFilter[] filters =
        [
            new(Now), new(Now, Direction: TraversalDirection.Out), new(Now, Direction: TraversalDirection.In),
            new(Now, Types: ["COOPERATES_WITH", "IMPORTS"]), new(Now, ValidAt: new DateOnly(2025, 6, 1)), new(T0.AddHours(1)),
        ];
        foreach (var filter in filters)
        {
            var expected = await store.ExpandAsync(nodes, filter, Ct);
            var degrees = await store.CountDegreesAsync(nodes, filter, Ct);
            Assert.Equal(nodes.Select(n => (n, (long)expected.GetValueOrDefault(n, []).Count)), nodes.Select(n => (n, degrees.GetValueOrDefault(n))));
        }
    }
}
