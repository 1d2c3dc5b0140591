using GeoGraph.Core.Storage;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

// paths(k): loopless paths ordered by length, then by their sequence of relation ids read from From.
public abstract partial class GraphStoreContract
{
    private static PathsQuery Paths(string from, string to, int k = QueryLimits.MaxPaths, int maxHops = 4, TraversalFilter? filter = null) =>
        new(from, to, k, maxHops, filter ?? new TraversalFilter(Now));

    private static string[][] RelationIds(IEnumerable<GraphPath> paths) => paths.Select(p => Ids(p.Relations)).ToArray();

    [Fact]
    public async Task Paths_are_every_loopless_path_by_length_then_relation_ids_and_the_first_is_the_shortest_path()
    {
        var store = await LatticeStoreAsync();
        var paths = await store.FindPathsAsync(Paths(Lattice.S, Lattice.T, maxHops: 6), Ct);

        string[] Rels(params int[] n) => n.Select(Lattice.Rel).ToArray();
        Assert.Equal(
            [Rels(5, 8, 14, 21), Rels(5, 8, 15, 20), Rels(5, 9, 13, 20), Rels(6, 3, 4, 2), Rels(5, 9, 13, 15, 14, 21)],
            RelationIds(paths));
        Assert.Equal(new[] { "s", "p", "m1", "n1", "m2", "n2", "t" }.Select(Lattice.Id), Ids(paths[4].Nodes));
        Assert.Equal(6, paths[4].Length);
        var shortest = await store.FindShortestPathAsync(new PathQuery(Lattice.S, Lattice.T, 6, new TraversalFilter(Now)), Ct);
        Assert.Equal(Ids(shortest!.Relations), Ids(paths[0].Relations));

        // k keeps the first k; maxHops drops the long one.
        Assert.Equal([Rels(5, 8, 14, 21), Rels(5, 8, 15, 20)], RelationIds(await store.FindPathsAsync(Paths(Lattice.S, Lattice.T, k: 2), Ct)));
        Assert.Equal(4, (await store.FindPathsAsync(Paths(Lattice.S, Lattice.T, maxHops: 5), Ct)).Count);
        Assert.Empty(await store.FindPathsAsync(Paths(Lattice.S, Lattice.T, maxHops: 3), Ct));
    }

    [Fact]
    public async Task Paths_follow_direction_and_types()
    {
        var store = await LatticeStoreAsync();
        string[] Rels(params int[] n) => n.Select(Lattice.Rel).ToArray();

        // Out: T→N2 cannot be walked from N2.
        var outgoing = await store.FindPathsAsync(Paths(Lattice.S, Lattice.T, maxHops: 6, filter: new(Now, Direction: TraversalDirection.Out)), Ct);
        Assert.Equal([Rels(5, 8, 15, 20), Rels(5, 9, 13, 20), Rels(6, 3, 4, 2)], RelationIds(outgoing));
        var incoming = await store.FindPathsAsync(Paths(Lattice.T, Lattice.S, maxHops: 6, filter: new(Now, Direction: TraversalDirection.In)), Ct);
        Assert.Equal([Rels(2, 4, 3, 6), Rels(20, 13, 9, 5), Rels(20, 15, 8, 5)], RelationIds(incoming));
        Assert.Empty(await store.FindPathsAsync(Paths(Lattice.S, Lattice.T, filter: new(Now, Types: ["ALLIED_WITH"])), Ct));
    }

    [Fact]
    public async Task Paths_follow_validAt_and_knownAt_and_skip_retracted_relations()
    {
        var store = await SeededStoreAsync();
        var g = Graph;

        // A–D itself is retracted; A–B–C–D and A–E–C–D both take 3 hops.
        var now = await store.FindPathsAsync(Paths(A, D), Ct);
        Assert.Equal(
            new[] { Ids([g.RAB, g.RBC, g.RCD]), Ids([g.RAE, g.REC, g.RCD]) }.OrderBy(p => p[0], StringComparer.Ordinal),
            RelationIds(now));
        Assert.All(now, p => Assert.Equal(D, p.Nodes[^1].Id));

        // B–C ended in 2020.
        var in2025 = await store.FindPathsAsync(Paths(A, D, filter: new(Now, ValidAt: new DateOnly(2025, 6, 1))), Ct);
        Assert.Equal([Ids([g.RAE, g.REC, g.RCD])], RelationIds(in2025));

        // Before C–D was recorded, D was reachable only through A–D, not yet retracted then.
        var early = await store.FindPathsAsync(Paths(A, D, filter: new(T0.AddHours(1))), Ct);
        Assert.Equal([Ids([g.RAD])], RelationIds(early));
    }

    [Fact]
    public async Task Paths_to_itself_is_the_empty_path_and_to_a_missing_node_none()
    {
        var store = await SeededStoreAsync();

        var self = Assert.Single(await store.FindPathsAsync(Paths(PK, PK), Ct));
        Assert.Equal([PK], Ids(self.Nodes));
        Assert.Equal(0, self.Length);
        Assert.Empty(await store.FindPathsAsync(Paths(A, "person:nobody"), Ct));
        Assert.Empty(await store.FindPathsAsync(Paths(A, CN), Ct));
    }

    [Fact]
    public async Task Paths_refuse_k_and_maxHops_out_of_bounds()
    {
        var store = await SeededStoreAsync();

        var k = await Assert.ThrowsAsync<Core.Errors.GeoGraphException>(() => store.FindPathsAsync(Paths(A, D, k: QueryLimits.MaxPaths + 1), Ct));
        Assert.Equal("k", Assert.Single(k.Fields).Field);
        var hops = await Assert.ThrowsAsync<Core.Errors.GeoGraphException>(() => store.FindPathsAsync(Paths(A, D, maxHops: QueryLimits.MaxMaxHops + 1), Ct));
        Assert.Equal("maxHops", Assert.Single(hops.Fields).Field);
    }
}
