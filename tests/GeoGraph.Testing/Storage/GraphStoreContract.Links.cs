using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Synthetic;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

// ExpandLinksAsync, the path searches' level: exactly ExpandAsync's lists, as (id, subject, object).
public abstract partial class GraphStoreContract
{
    private static string[] Links(IEnumerable<IRelationEnds> relations) => relations.Select(r => $"{r.Id} {r.SubjectId}->{r.ObjectId}").ToArray();

    private async Task AssertLinksAreTheExpansionAsync(IGraphStore store, IReadOnlyCollection<string> frontier, IEnumerable<TraversalFilter> filters)
    {
        foreach (var filter in filters)
        {
            var expanded = await store.ExpandAsync(frontier, filter, Ct);
            var links = await store.ExpandLinksAsync(frontier, filter, Ct);
            Assert.Equal(expanded.Where(p => p.Value.Count > 0).Select(p => p.Key).Order(StringComparer.Ordinal),
                links.Where(p => p.Value.Count > 0).Select(p => p.Key).Order(StringComparer.Ordinal));
            foreach (var (node, relations) in expanded)
                Assert.Equal(Links(relations), Links(links.GetValueOrDefault(node, [])));
        }
    }

    [Fact]
    public async Task Expand_links_are_the_id_and_ends_of_every_relation_expand_lists_in_id_order_with_a_self_loop_once()
    {
        var store = await SeededStoreAsync();
        var g = Graph;
        var loop = new Relation("rel:00000000000000c1", "COOPERATES_WITH", C, C, [], null, null, 1, T1, Recorder);
        await store.ApplyAsync(new([], [], [loop], []), Ct);

        var both = await store.ExpandLinksAsync([C, D], new TraversalFilter(Now), Ct);
        Assert.Equal(Links(new[] { g.RBC, g.RCD, g.REC, loop }.OrderBy(r => r.Id, StringComparer.Ordinal)), Links(both[C]));
        Assert.Equal(Links([g.RCD]), Links(both[D])); // A–D is retracted
        var outgoing = await store.ExpandLinksAsync([C], new TraversalFilter(Now, Direction: TraversalDirection.Out), Ct);
        Assert.Equal(Links(new[] { g.RCD, loop }.OrderBy(r => r.Id, StringComparer.Ordinal)), Links(outgoing[C]));

        await AssertLinksAreTheExpansionAsync(store, TraversalNodes, TraversalFilters.Append(new(TRetract.AddHours(-1))));
        Assert.Empty(await store.ExpandLinksAsync([], new TraversalFilter(Now), Ct));
        Assert.Empty((await store.ExpandLinksAsync(["person:nobody"], new TraversalFilter(Now), Ct)).GetValueOrDefault("person:nobody", []));
    }

    [Fact]
    public async Task Expand_links_of_a_whole_synthetic_graph_are_its_expansion_whatever_the_filter()
    {
        // Every node at once: more than a store's IN list holds (SQLite reads 500 at a time), with
        // hubs whose relations cross from one chunk of the frontier to another.
        var options = SyntheticGraphOptions.ForScale(1, seed: 4);
        var store = await CreateStoreAsync();
        foreach (var batch in SyntheticGraph.Generate(options)) await store.ApplyAsync(batch, Ct);
        var chunks = SyntheticGraph.Chunks(options).ToList();
        var nodes = chunks.SelectMany(c => c.Nodes).Select(n => n.Id).Distinct().ToArray();
        Assert.True(nodes.Length > 500, $"{nodes.Length} nodes");
        var relations = chunks.SelectMany(c => c.Relations).ToList();
        var commonTypes = relations.CountBy(r => r.Type).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).Take(3).ToArray();
        var halfRecorded = relations.Select(r => r.RecordedAt).Order().ElementAt(relations.Count / 2);
        await AssertLinksAreTheExpansionAsync(store, nodes,
        [
            new(Now), new(Now, Direction: TraversalDirection.Out), new(Now, Direction: TraversalDirection.In),
            new(Now, Types: commonTypes), new(Now, ValidAt: new DateOnly(2020, 6, 1)), new(halfRecorded),
            new(Now, Types: commonTypes[..1], Direction: TraversalDirection.In, ValidAt: new DateOnly(2022, 1, 1)),
        ]);
    }
}
