using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

// The chain: A→B (COOPERATES_WITH), B→C (COOPERATES_WITH, valid until 2020), C→D (COOPERATES_WITH,
// recorded at T1), A→E (COOPERATES_WITH), E→C (ALLIED_WITH), A→D (retracted at TRetract).
public abstract partial class GraphStoreContract
{
    private static NeighborhoodQuery Around(string id, int depth, int limit = 50, TraversalFilter? filter = null) =>
        new(id, depth, limit, filter ?? new TraversalFilter(Now));

    [Fact]
    public async Task Neighborhood_at_depth_1_has_the_start_first_then_neighbours_by_relation_id()
    {
        var store = await SeededStoreAsync();
        var g = Graph;
        var sub = await store.GetNeighborhoodAsync(Around(C, 1), Ct);

        Assert.NotNull(sub);
        Assert.Equal(C, sub.Nodes[0].Id);
        var byRelation = new[] { g.RBC, g.RCD, g.REC }.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => r.SubjectId == C ? r.ObjectId : r.SubjectId);
        Assert.Equal(byRelation.Prepend(C), Ids(sub.Nodes));
        Assert.Equal(Ordered(g.RBC, g.RCD, g.REC), Ids(sub.Relations));
        AssertSameNode(g.NodeOf(C), sub.Nodes[0]);
        AssertSameRelation(g.RCD, sub.Relations.Single(r => r.Id == g.RCD.Id));
    }

    [Fact]
    public async Task Neighborhood_at_depth_2_expands_the_frontier_in_id_order_and_skips_retracted()
    {
        var store = await SeededStoreAsync();
        var g = Graph;

        var one = await store.GetNeighborhoodAsync(Around(A, 1), Ct);
        Assert.Equal([A, First(g.RAB, g.RAE).ObjectId, Second(g.RAB, g.RAE).ObjectId], Ids(one!.Nodes));
        Assert.Equal(Ordered(g.RAB, g.RAE), Ids(one.Relations));

        var two = await store.GetNeighborhoodAsync(Around(A, 2), Ct);
        Assert.Equal([A, First(g.RAB, g.RAE).ObjectId, Second(g.RAB, g.RAE).ObjectId, C], Ids(two!.Nodes));
        Assert.Equal(Ordered(g.RAB, g.RAE, g.RBC, g.REC), Ids(two.Relations));

        var three = await store.GetNeighborhoodAsync(Around(A, 3), Ct);
        Assert.Equal([A, First(g.RAB, g.RAE).ObjectId, Second(g.RAB, g.RAE).ObjectId, C, D], Ids(three!.Nodes));
        Assert.Equal(Ordered(g.RAB, g.RAE, g.RBC, g.REC, g.RCD), Ids(three.Relations));

        var zero = await store.GetNeighborhoodAsync(Around(A, 0), Ct);
        Assert.Equal([A], Ids(zero!.Nodes));
        Assert.Empty(zero.Relations);
    }

    [Fact]
    public async Task Neighborhood_returns_at_most_the_relation_limit_lowest_ids_first_and_says_so()
    {
        var store = await SeededStoreAsync();
        var g = Graph;

        var all = await store.GetNeighborhoodAsync(Around(A, 3), Ct);
        Assert.False(all!.RelationsTruncated);

        var cut = await store.GetNeighborhoodAsync(Around(A, 3) with { RelationLimit = 2 }, Ct);
        Assert.True(cut!.RelationsTruncated);
        Assert.Equal(Ordered(g.RAB, g.RAE, g.RBC, g.REC, g.RCD).Take(2), Ids(cut.Relations));
        Assert.Equal(Ids(all.Nodes), Ids(cut.Nodes));

        var exact = await store.GetNeighborhoodAsync(Around(A, 3) with { RelationLimit = all.Relations.Count }, Ct);
        Assert.False(exact!.RelationsTruncated);
        Assert.Equal(Ids(all.Relations), Ids(exact.Relations));
    }

    [Fact]
    public async Task Neighborhood_stops_at_the_limit_counting_the_start()
    {
        var store = await SeededStoreAsync();
        var g = Graph;
        var first = First(g.RAB, g.RAE);

        var two = await store.GetNeighborhoodAsync(Around(A, 3, limit: 2), Ct);
        Assert.Equal([A, first.ObjectId], Ids(two!.Nodes));
        Assert.Equal([first.Id], Ids(two.Relations));

        var one = await store.GetNeighborhoodAsync(Around(A, 3, limit: 1), Ct);
        Assert.Equal([A], Ids(one!.Nodes));
        Assert.Empty(one.Relations);

        var cn = await store.GetNeighborhoodAsync(Around(CN, 2, limit: 4), Ct);
        Assert.Equal(4, cn!.Nodes.Count);
        Assert.All(cn.Relations, r => Assert.True(Ids(cn.Nodes).Contains(r.SubjectId) && Ids(cn.Nodes).Contains(r.ObjectId)));
    }

    [Fact]
    public async Task Neighborhood_follows_direction_types_validAt_and_knownAt()
    {
        var store = await SeededStoreAsync();
        var g = Graph;

        var outgoing = await store.GetNeighborhoodAsync(Around(C, 1, filter: new(Now, Direction: TraversalDirection.Out)), Ct);
        Assert.Equal([C, D], Ids(outgoing!.Nodes));
        Assert.Equal([g.RCD.Id], Ids(outgoing.Relations));

        var incoming = await store.GetNeighborhoodAsync(Around(C, 1, filter: new(Now, Direction: TraversalDirection.In)), Ct);
        Assert.Equal([C, First(g.RBC, g.REC).SubjectId, Second(g.RBC, g.REC).SubjectId], Ids(incoming!.Nodes));
        Assert.Equal(Ordered(g.RBC, g.REC), Ids(incoming.Relations));

        var cooperation = await store.GetNeighborhoodAsync(Around(C, 1, filter: new(Now, Types: ["COOPERATES_WITH"])), Ct);
        Assert.Equal(Ordered(g.RBC, g.RCD), Ids(cooperation!.Relations));
        Assert.DoesNotContain(E, Ids(cooperation.Nodes));

        var in2025 = await store.GetNeighborhoodAsync(Around(C, 1, filter: new(Now, ValidAt: new DateOnly(2025, 1, 1))), Ct);
        Assert.Equal(Ordered(g.RCD, g.REC), Ids(in2025!.Relations));

        // Between T0 and T1 C–D was not yet recorded; before TRetract, A–D was not yet retracted.
        var early = await store.GetNeighborhoodAsync(Around(A, 1, filter: new(KnownAt: T0.AddHours(1))), Ct);
        Assert.Equal(Ordered(g.RAB, g.RAE, g.RAD), Ids(early!.Relations));
        Assert.Equal(3, early.Nodes.Count - 1);
        var earlyC = await store.GetNeighborhoodAsync(Around(C, 1, filter: new(KnownAt: T0.AddHours(1))), Ct);
        Assert.DoesNotContain(D, Ids(earlyC!.Nodes));
    }

    [Fact]
    public async Task Neighborhood_of_a_country_returns_every_relation_to_each_neighbour()
    {
        var store = await SeededStoreAsync();
        var g = Graph;
        var sub = await store.GetNeighborhoodAsync(Around(CN, 1), Ct);

        var relations = new[] { g.RImposes, g.RTariff, g.RMiningShare, g.RAllied, g.RRole, g.RDeniesLink };
        Assert.Equal(Ordered(relations), Ids(sub!.Relations));
        var neighbours = relations.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => r.SubjectId == CN ? r.ObjectId : r.SubjectId).Distinct();
        Assert.Equal(neighbours.Prepend(CN), Ids(sub.Nodes));
        Assert.Equal(6, sub.Nodes.Count);
    }

    [Fact]
    public async Task Neighborhood_of_a_missing_node_is_null()
    {
        var store = await SeededStoreAsync();
        Assert.Null(await store.GetNeighborhoodAsync(Around("country:ZZ", 2), Ct));
    }

    private static PathQuery Path(string from, string to, int maxHops = 4, TraversalFilter? filter = null) =>
        new(from, to, maxHops, filter ?? new TraversalFilter(Now));

    [Fact]
    public async Task Shortest_path_has_fewest_hops_and_breaks_ties_by_relation_id()
    {
        var store = await SeededStoreAsync();
        var g = Graph;
        var path = await store.FindShortestPathAsync(Path(A, D), Ct);

        // A–D itself is retracted; A–B–C–D and A–E–C–D both take 3 hops; the lower first relation id wins.
        Assert.NotNull(path);
        Assert.Equal(3, path.Length);
        var firstHop = First(g.RAB, g.RAE);
        var secondHop = firstHop == g.RAB ? g.RBC : g.REC;
        Assert.Equal([A, firstHop.ObjectId, C, D], Ids(path.Nodes));
        Assert.Equal([firstHop.Id, secondHop.Id, g.RCD.Id], Ids(path.Relations));
        AssertSameRelation(g.RCD, path.Relations[2]);
        AssertSameNode(g.NodeOf(A), path.Nodes[0]);
    }

    [Fact]
    public async Task Shortest_path_follows_filters()
    {
        var store = await SeededStoreAsync();
        var g = Graph;

        // B–C ended in 2020, so in 2025 only the detour through E remains.
        var in2025 = await store.FindShortestPathAsync(Path(A, D, filter: new(Now, ValidAt: new DateOnly(2025, 6, 1))), Ct);
        Assert.Equal([A, E, C, D], Ids(in2025!.Nodes));
        Assert.Equal([g.RAE.Id, g.REC.Id, g.RCD.Id], Ids(in2025.Relations));

        // E–C is an alliance, so cooperation alone goes through B.
        var cooperation = await store.FindShortestPathAsync(Path(A, D, filter: new(Now, Types: ["COOPERATES_WITH"])), Ct);
        Assert.Equal([A, B, C, D], Ids(cooperation!.Nodes));

        // Before the retraction A–D was one hop.
        var early = await store.FindShortestPathAsync(Path(A, D, filter: new(KnownAt: T0.AddHours(1))), Ct);
        Assert.Equal([A, D], Ids(early!.Nodes));
        Assert.Equal([g.RAD.Id], Ids(early.Relations));
    }

    [Fact]
    public async Task Type_filters_repeating_a_type_many_times_answer_as_if_each_type_were_given_once()
    {
        var store = await SeededStoreAsync();
        var repeated = Enumerable.Range(0, 40_000).Select(i => i % 2 == 0 ? "COOPERATES_WITH" : "ALLIED_WITH").ToArray();
        TraversalFilter once = new(Now, Types: ["COOPERATES_WITH", "ALLIED_WITH"]), many = new(Now, Types: repeated);

        var expected = await store.GetNeighborhoodAsync(Around(A, 3, filter: once), Ct);
        var actual = await store.GetNeighborhoodAsync(Around(A, 3, filter: many), Ct);
        Assert.Equal(Ids(expected!.Nodes), Ids(actual!.Nodes));
        Assert.Equal(Ids(expected.Relations), Ids(actual.Relations));

        var path = await store.FindShortestPathAsync(Path(A, D, filter: new(Now, Types: Enumerable.Repeat("COOPERATES_WITH", 40_000).ToArray())), Ct);
        Assert.Equal([A, B, C, D], Ids(path!.Nodes));

        var denials = Enumerable.Range(0, 40_000).Select(i => ClaimStances.DenialTypes[i % ClaimStances.DenialTypes.Count]).ToArray();
        Assert.Equal([Graph.RDenies.Id], Ids((await store.GetIncomingRelationsAsync([GiftClaim], denials, Now, Ct))[GiftClaim]));
    }

    [Fact]
    public async Task Shortest_path_respects_direction_and_keeps_each_relations_own_direction()
    {
        var store = await SeededStoreAsync();
        var g = Graph;

        Assert.Null(await store.FindShortestPathAsync(Path(D, A, filter: new(Now, Direction: TraversalDirection.Out)), Ct));

        var backwards = await store.FindShortestPathAsync(Path(D, A, filter: new(Now, Direction: TraversalDirection.In)), Ct);
        var viaC = First(g.RBC, g.REC);
        Assert.Equal([D, C, viaC.SubjectId, A], Ids(backwards!.Nodes));
        Assert.Equal([g.RCD.Id, viaC.Id, viaC == g.RBC ? g.RAB.Id : g.RAE.Id], Ids(backwards.Relations));
        Assert.Equal(C, backwards.Relations[0].SubjectId);
        Assert.Equal(D, backwards.Relations[0].ObjectId);

        var both = await store.FindShortestPathAsync(Path(D, A), Ct);
        Assert.Equal(3, both!.Length);
        Assert.Equal(D, both.Nodes[0].Id);
        Assert.Equal(A, both.Nodes[^1].Id);

        var outgoing = await store.FindShortestPathAsync(Path(A, D, filter: new(Now, Direction: TraversalDirection.Out)), Ct);
        Assert.Equal(3, outgoing!.Length);
    }

    [Fact]
    public async Task Shortest_path_is_null_beyond_maxHops_between_components_or_for_missing_nodes()
    {
        var store = await SeededStoreAsync();
        Assert.Null(await store.FindShortestPathAsync(Path(A, D, maxHops: 2), Ct));
        Assert.Equal(3, (await store.FindShortestPathAsync(Path(A, D, maxHops: 3), Ct))!.Length);
        Assert.Null(await store.FindShortestPathAsync(Path(A, CN), Ct));
        Assert.Null(await store.FindShortestPathAsync(Path(A, "person:nobody"), Ct));
        Assert.Null(await store.FindShortestPathAsync(Path("person:nobody", A), Ct));
    }

    [Fact]
    public async Task Shortest_path_from_a_node_to_itself_has_length_0()
    {
        var store = await SeededStoreAsync();
        var path = await store.FindShortestPathAsync(Path(PK, PK), Ct);
        Assert.Equal(0, path!.Length);
        Assert.Equal([PK], Ids(path.Nodes));
        Assert.Empty(path.Relations);
    }

    [Fact]
    public async Task Shortest_path_across_the_news_graph()
    {
        var store = await SeededStoreAsync();
        var g = Graph;
        // Two 2-hop paths: PK–CN–rare earths and PK–US–rare earths; the lower first relation id wins.
        var path = await store.FindShortestPathAsync(Path(PK, RareEarths), Ct);
        var viaChina = First(g.RAllied, g.RTies) == g.RAllied;
        Assert.Equal(viaChina ? [PK, CN, RareEarths] : [PK, US, RareEarths], Ids(path!.Nodes));
        Assert.Equal(viaChina ? [g.RAllied.Id, First(g.RImposes, g.RMiningShare).Id] : [g.RTies.Id, g.RImportsUS.Id], Ids(path.Relations));

        var trumpToLin = await store.FindShortestPathAsync(Path(Trump, LinJian), Ct);
        Assert.Equal([Trump, CN, LinJian], Ids(trumpToLin!.Nodes));
        Assert.Equal([g.RTariff.Id, g.RRole.Id], Ids(trumpToLin.Relations));
    }

    // A lattice of equal-length paths between S and T (ids chosen so that every naive rule picks
    // a different path): S→X and M2→Z are dead ends with the lowest ids at their hop, path C has the
    // lowest ids from T's end, and T→N2 points the other way, so only Both may use it.
    //   A: S -05-> P -09-> M1 -13-> N1 -20-> T
    //   B: S -05-> P -08-> M2 -14-> N2 <-21- T        (also M2 -15-> N1)
    //   C: S -06-> Q -03-> M3 -04-> N3 -02-> T
    private static class Lattice
    {
        public const string S = "person:lattice-s", T = "person:lattice-t";
        public static string Id(string name) => "person:lattice-" + name;
        public static string Rel(int n) => $"rel:lattice-{n:D2}";

        public static IngestionBatch Batch()
        {
            string[] names = ["s", "x", "p", "q", "m1", "m2", "m3", "z", "n1", "n2", "n3", "t"];
            var nodes = names.Select(n => new Node(Id(n), NodeKind.Person, "Lattice " + n, [], null, T0)).ToArray();
            (int N, string From, string To)[] edges =
            [
                (1, "s", "x"), (5, "s", "p"), (6, "s", "q"),
                (9, "p", "m1"), (8, "p", "m2"), (3, "q", "m3"),
                (13, "m1", "n1"), (10, "m2", "z"), (14, "m2", "n2"), (15, "m2", "n1"), (4, "m3", "n3"),
                (20, "n1", "t"), (21, "t", "n2"), (2, "n3", "t"),
            ];
            var relations = edges.Select(e => new Relation(Rel(e.N), "COOPERATES_WITH", Id(e.From), Id(e.To), [], null, null, 1.0, T0, Recorder)).ToArray();
            return new IngestionBatch([], nodes, relations, []);
        }
    }

    private async Task<IGraphStore> LatticeStoreAsync()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(Lattice.Batch(), Ct);
        return store;
    }

    [Fact]
    public async Task Shortest_path_among_several_of_equal_length_takes_the_lowest_relation_ids_read_from_From()
    {
        var store = await LatticeStoreAsync();

        var both = await store.FindShortestPathAsync(Path(Lattice.S, Lattice.T), Ct);
        Assert.Equal([Lattice.Rel(5), Lattice.Rel(8), Lattice.Rel(14), Lattice.Rel(21)], Ids(both!.Relations));
        Assert.Equal(new[] { "s", "p", "m2", "n2", "t" }.Select(Lattice.Id), Ids(both.Nodes));

        var back = await store.FindShortestPathAsync(Path(Lattice.T, Lattice.S), Ct);
        Assert.Equal([Lattice.Rel(2), Lattice.Rel(4), Lattice.Rel(3), Lattice.Rel(6)], Ids(back!.Relations));

        Assert.Null(await store.FindShortestPathAsync(Path(Lattice.S, Lattice.T, maxHops: 3), Ct));
        var types = await store.FindShortestPathAsync(Path(Lattice.S, Lattice.T, filter: new(Now, Types: ["ALLIED_WITH"])), Ct);
        Assert.Null(types);
    }

    [Fact]
    public async Task Shortest_path_found_from_both_ends_follows_direction_and_keeps_each_relations_own_direction()
    {
        var store = await LatticeStoreAsync();

        // Out: T→N2 cannot be walked from N2, so B is out; its detour M2→N1 beats A at the second hop.
        var outgoing = await store.FindShortestPathAsync(Path(Lattice.S, Lattice.T, filter: new(Now, Direction: TraversalDirection.Out)), Ct);
        Assert.Equal([Lattice.Rel(5), Lattice.Rel(8), Lattice.Rel(15), Lattice.Rel(20)], Ids(outgoing!.Relations));
        Assert.Null(await store.FindShortestPathAsync(Path(Lattice.T, Lattice.S, filter: new(Now, Direction: TraversalDirection.Out)), Ct));

        // In from T walks relations backwards: C has the lowest ids read from T.
        var incoming = await store.FindShortestPathAsync(Path(Lattice.T, Lattice.S, filter: new(Now, Direction: TraversalDirection.In)), Ct);
        Assert.Equal([Lattice.Rel(2), Lattice.Rel(4), Lattice.Rel(3), Lattice.Rel(6)], Ids(incoming!.Relations));
        Assert.Equal(new[] { "t", "n3", "m3", "q", "s" }.Select(Lattice.Id), Ids(incoming.Nodes));
        Assert.Null(await store.FindShortestPathAsync(Path(Lattice.S, Lattice.T, filter: new(Now, Direction: TraversalDirection.In)), Ct));

        // Both may take T→N2 against its direction; the relation keeps its own subject and object.
        var both = await store.FindShortestPathAsync(Path(Lattice.S, Lattice.T), Ct);
        Assert.Equal(Lattice.T, both!.Relations[3].SubjectId);
        Assert.Equal(Lattice.Id("n2"), both.Relations[3].ObjectId);

        // From a node in the middle, both ends are two hops away on each side.
        var middle = await store.FindShortestPathAsync(Path(Lattice.Id("m2"), Lattice.S, filter: new(Now, Direction: TraversalDirection.In)), Ct);
        Assert.Equal([Lattice.Rel(8), Lattice.Rel(5)], Ids(middle!.Relations));
        Assert.Equal(new[] { "m2", "p", "s" }.Select(Lattice.Id), Ids(middle.Nodes));
    }
}
