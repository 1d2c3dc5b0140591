using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Synthetic;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

// The bounded neighbourhood's port calls (ExpandPageAsync, GetRelationsBetweenAsync), each checked
// against ExpandAsync, and the neighbourhood built on them checked against the reference traversal
// that reads every relation of every frontier node (ReferenceTraversal) on synthetic graphs.
public abstract partial class GraphStoreContract
{
    private static readonly string[] TraversalNodes = [A, B, C, D, E, CN, PK, US, Trump, LinJian, Reports, RareEarths, GiftClaim, LinkClaim];

    private static TraversalFilter[] TraversalFilters =>
    [
        new(Now), new(Now, Direction: TraversalDirection.Out), new(Now, Direction: TraversalDirection.In),
        new(Now, Types: ["COOPERATES_WITH", "IMPORTS"]), new(Now, ValidAt: new DateOnly(2025, 6, 1)), new(T0.AddHours(1)),
    ];

    private static string OtherEnd(Relation r, string from) => r.SubjectId == from ? r.ObjectId : r.SubjectId;

    [Fact]
    public async Task Expand_page_is_a_window_of_each_nodes_expansion_in_id_order()
    {
        var store = await SeededStoreAsync();
        foreach (var filter in TraversalFilters)
        {
            var all = await store.ExpandAsync(TraversalNodes, filter, Ct);
            foreach (var perNode in new[] { 1, 2, 3, 100 })
            {
                var page = await store.ExpandPageAsync(TraversalNodes, filter, perNode, null, Ct);
                foreach (var node in TraversalNodes)
                    Assert.Equal(Ids(all.GetValueOrDefault(node, []).Take(perNode)), Ids(page.GetValueOrDefault(node, [])));
                // The next page of one node: after the last id of its first page.
                foreach (var node in TraversalNodes.Where(n => all.GetValueOrDefault(n, []).Count > perNode))
                {
                    var after = all[node][perNode - 1].Id;
                    var next = await store.ExpandPageAsync([node], filter, perNode, after, Ct);
                    Assert.Equal(Ids(all[node].Skip(perNode).Take(perNode)), Ids(next.GetValueOrDefault(node, [])));
                    AssertSameRelation(all[node][perNode], next[node][0]);
                }
            }
        }
        Assert.Empty(await store.ExpandPageAsync([], new TraversalFilter(Now), 10, null, Ct));
        Assert.Empty((await store.ExpandPageAsync(["person:nobody"], new TraversalFilter(Now), 10, null, Ct)).GetValueOrDefault("person:nobody", []));
    }

    [Fact]
    public async Task Relations_between_are_those_an_expanded_node_follows_to_an_end_in_id_order()
    {
        var store = await SeededStoreAsync();
        string[][] expandedSets = [[A], [C], [A, B], [CN], [CN, US, PK], TraversalNodes];
        string[][] endSets = [[A, B, E], [B, C, D, E], [CN, US, PK, Trump, RareEarths], TraversalNodes];
        foreach (var filter in TraversalFilters)
        {
            var all = await store.ExpandAsync(TraversalNodes, filter, Ct);
            foreach (var expanded in expandedSets)
                foreach (var ends in endSets)
                {
                    // Ends always hold the expanded nodes, as in a neighbourhood (the expanded were reached).
                    var reached = ends.Union(expanded, StringComparer.Ordinal).ToArray();
                    var expected = expanded.SelectMany(n => all.GetValueOrDefault(n, []).Where(r => reached.Contains(OtherEnd(r, n))))
                        .DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
                    foreach (var limit in new[] { 1, 2, 1000 })
                    {
                        var between = await store.GetRelationsBetweenAsync(expanded, reached, filter, limit, Ct);
                        Assert.Equal(Ids(expected.Take(limit)), Ids(between));
                        foreach (var (want, got) in expected.Zip(between)) AssertSameRelation(want, got);
                    }
                }
        }
        Assert.Empty(await store.GetRelationsBetweenAsync([], [A], new TraversalFilter(Now), 10, Ct));
    }

    [Fact]
    public Task Bounded_neighborhood_answers_what_reading_every_relation_answers_on_a_synthetic_graph() =>
        AssertNeighborhoodsMatchReferenceAsync(SyntheticGraphOptions.ForScale(1), cases: 250);

    /// <summary>Few entities, many relations: hubs with hundreds of (parallel) relations, so pages run out and levels stop mid-node.</summary>
    [Fact]
    public Task Bounded_neighborhood_answers_what_reading_every_relation_answers_on_a_dense_graph() =>
        AssertNeighborhoodsMatchReferenceAsync(new SyntheticGraphOptions { Seed = 8, Entities = 40, Articles = 10, Relations = 3_000 }, cases: 250);

    private async Task AssertNeighborhoodsMatchReferenceAsync(SyntheticGraphOptions options, int cases)
    {
        var store = await CreateStoreAsync();
        var chunks = SyntheticGraph.Chunks(options).ToList();
        foreach (var batch in SyntheticGraph.Generate(options))
            await store.ApplyAsync(batch, Ct);
        var relations = chunks.SelectMany(c => c.Relations).ToList();
        var byDegree = relations.SelectMany(r => new[] { r.SubjectId, r.ObjectId }).CountBy(id => id)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        var commonTypes = relations.CountBy(r => r.Type).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).Take(3).ToArray();
        var halfRecorded = relations.Select(r => r.RecordedAt).Order().ElementAt(relations.Count / 2);
        TraversalFilter[] filters =
        [
            new(Now), new(Now, Direction: TraversalDirection.Out), new(Now, Direction: TraversalDirection.In),
            new(Now, Types: commonTypes), new(Now, Types: commonTypes[..1], Direction: TraversalDirection.In),
            new(Now, ValidAt: new DateOnly(2020, 6, 1)), new(halfRecorded),
            new(Now, Types: commonTypes, Direction: TraversalDirection.Out, ValidAt: new DateOnly(2022, 1, 1)),
        ];
        int[] limits = [1, 2, 3, 5, 10, 17, 50, 100, 200, 350, 500];
        int[] relationLimits = [1, 3, 20, 200, 5_000];

        var rng = new Random(8);
        // The hubs first (where bounding matters), then nodes of every degree, and one with none.
        var starts = byDegree.Take(5).Concat(Enumerable.Range(0, 15).Select(_ => byDegree[rng.Next(byDegree.Count)]))
            .Append(chunks[0].Nodes.Select(n => n.Id).First(id => !byDegree.Contains(id))).ToList();
        for (var i = 0; i < cases; i++)
        {
            var query = new NeighborhoodQuery(starts[i % starts.Count], Depth: i % 17 == 0 ? 0 : 1 + rng.Next(4),
                Limit: limits[rng.Next(limits.Length)], filters[rng.Next(filters.Length)], RelationLimit: relationLimits[rng.Next(relationLimits.Length)]);
            var expected = await ReferenceTraversal.GetNeighborhoodAsync(store, query, Ct);
            var actual = await store.GetNeighborhoodAsync(query, Ct);
            Assert.Equal(Describe(query, expected), Describe(query, actual));
        }
    }

    private static string Describe(NeighborhoodQuery query, Subgraph? sub) =>
        $"{query} => " + (sub is null ? "null" : string.Join(" ", Ids(sub.Nodes)) + " | " + string.Join(" ", sub.Relations.Select(StoreSnapshot.Describe))
            + $" | truncated: {sub.RelationsTruncated}");
}
