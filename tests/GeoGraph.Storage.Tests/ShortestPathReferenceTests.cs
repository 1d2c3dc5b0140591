using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite;
using GeoGraph.Testing;
using GeoGraph.Core.Synthetic;

namespace GeoGraph.Storage.Tests;

/// <summary>
/// The store's bidirectional shortest path against the plain one-sided breadth-first search the
/// contract describes, and k shortest paths against listing every loopless path, on generated
/// graphs with hubs, many equal-length paths, parallel relations and retractions.
/// </summary>
public sealed class ShortestPathReferenceTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Every_direction_and_pair_matches_a_one_sided_breadth_first_search()
    {
        var ct = TestContext.Current.CancellationToken;
        var (store, batches) = await SyntheticStoreAsync(new SyntheticGraphOptions { Seed = 11, Entities = 400, Articles = 100, Relations = 1_500, BatchSize = 1_500 });
        using var _ = store;

        var now = DateTimeOffset.UtcNow;
        var relations = batches.SelectMany(b => b.Relations).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var nodeIds = batches.SelectMany(b => b.Nodes).Select(n => n.Id).Order(StringComparer.Ordinal).ToArray();
        var random = new Random(3);
        var compared = 0;
        var found = 0;
        foreach (var direction in new[] { TraversalDirection.Both, TraversalDirection.Out, TraversalDirection.In })
        {
            var filter = new TraversalFilter(now, Direction: direction);
            for (var i = 0; i < 60; i++)
            {
                var query = new PathQuery(nodeIds[random.Next(nodeIds.Length)], nodeIds[random.Next(nodeIds.Length)], random.Next(1, 6), filter);
                var expected = Reference(relations.Where(r => r.IsKnownAt(now, includeRetracted: false)).ToList(), query);
                var actual = await store.FindShortestPathAsync(query, ct);
                Assert.Equal(expected, actual?.Relations.Select(r => r.Id).ToArray());
                if (actual is not null)
                {
                    Assert.Equal(query.From, actual.Nodes[0].Id);
                    Assert.Equal(query.To, actual.Nodes[^1].Id);
                    found++;
                }
                compared++;
            }
        }
        Assert.Equal(180, compared);
        Assert.True(found >= 30, $"only {found} pairs connected");
    }

    /// <summary>Level by level from From, each node's relations in id order, a node keeping the first relation that reached it.</summary>
    private static string[]? Reference(List<Relation> allowed, PathQuery query)
    {
        if (query.From == query.To) return [];
        var cameBy = new Dictionary<string, Relation?>(StringComparer.Ordinal) { [query.From] = null };
        var frontier = new List<string> { query.From };
        for (var hop = 0; hop < query.MaxHops && frontier.Count > 0 && !cameBy.ContainsKey(query.To); hop++)
        {
            var next = new List<string>();
            foreach (var from in frontier)
                foreach (var r in allowed)
                {
                    string? to = null;
                    if (query.Filter.Direction != TraversalDirection.In && r.SubjectId == from) to = r.ObjectId;
                    else if (query.Filter.Direction != TraversalDirection.Out && r.ObjectId == from) to = r.SubjectId;
                    if (to is not null && cameBy.TryAdd(to, r)) next.Add(to);
                }
            frontier = next;
        }
        if (!cameBy.ContainsKey(query.To)) return null;
        var ids = new List<string>();
        for (var at = query.To; cameBy[at] is { } via; at = via.SubjectId == at ? via.ObjectId : via.SubjectId) ids.Add(via.Id);
        ids.Reverse();
        return ids.ToArray();
    }

    [Fact]
    public async Task K_shortest_paths_match_enumerating_every_loopless_path_for_every_direction()
    {
        var ct = TestContext.Current.CancellationToken;
        var (store, batches) = await SyntheticStoreAsync(new SyntheticGraphOptions { Seed = 17, Entities = 120, Articles = 60, Relations = 600, BatchSize = 600 });
        using var _ = store;

        var now = DateTimeOffset.UtcNow;
        var allowed = batches.SelectMany(b => b.Relations).Where(r => r.IsKnownAt(now, includeRetracted: false))
            .OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var nodeIds = batches.SelectMany(b => b.Nodes).Select(n => n.Id).Order(StringComparer.Ordinal).ToArray();
        var random = new Random(5);
        var compared = 0;
        var withSeveral = 0;
        foreach (var direction in new[] { TraversalDirection.Both, TraversalDirection.Out, TraversalDirection.In })
        {
            for (var i = 0; i < 40; i++)
            {
                // Ends of random relations: nodes with relations, so that many pairs have several paths.
                var query = new PathsQuery(allowed[random.Next(allowed.Count)].SubjectId, i % 10 == 0 ? nodeIds[random.Next(nodeIds.Length)] : allowed[random.Next(allowed.Count)].ObjectId,
                    random.Next(1, QueryLimits.MaxPaths + 1), random.Next(1, 5), new TraversalFilter(now, Direction: direction));
                var expected = Reference(allowed, query);
                var actual = await store.FindPathsAsync(query, ct);
                Assert.Equal(expected, actual.Select(p => string.Join(' ', p.Relations.Select(r => r.Id))).ToArray());
                foreach (var path in actual)
                {
                    Assert.Equal(query.From, path.Nodes[0].Id);
                    Assert.Equal(query.To, path.Nodes[^1].Id);
                    Assert.Equal(path.Length + 1, path.Nodes.Select(n => n.Id).Distinct().Count());
                }
                if (actual.Count > 1) withSeveral++;
                compared++;
            }
        }
        Assert.Equal(120, compared);
        Assert.True(withSeveral >= 20, $"only {withSeveral} pairs had more than one path");
    }

    /// <summary>Every loopless path by depth-first search over all allowed relations, then sorted.</summary>
    private static string[] Reference(List<Relation> allowed, PathsQuery query)
    {
        if (query.From == query.To) return [""];
        var paths = new List<List<string>>();
        var path = new List<string>();
        var visited = new HashSet<string> { query.From };
        void Walk(string at)
        {
            if (at == query.To)
            {
                paths.Add([.. path]);
                return;
            }
            if (path.Count == query.MaxHops) return;
            foreach (var r in allowed.Where(r => r.SubjectId == at || r.ObjectId == at))
            {
                string? to = null;
                if (query.Filter.Direction != TraversalDirection.In && r.SubjectId == at) to = r.ObjectId;
                else if (query.Filter.Direction != TraversalDirection.Out && r.ObjectId == at) to = r.SubjectId;
                if (to is null || !visited.Add(to)) continue;
                path.Add(r.Id);
                Walk(to);
                path.RemoveAt(path.Count - 1);
                visited.Remove(to);
            }
        }
        Walk(query.From);
        return paths.OrderBy(p => p.Count).ThenBy(p => string.Join(' ', p), StringComparer.Ordinal)
            .Take(query.K).Select(p => string.Join(' ', p)).ToArray();
    }

    private async Task<(SqliteGraphStore Store, List<IngestionBatch> Batches)> SyntheticStoreAsync(SyntheticGraphOptions options)
    {
        var batches = SyntheticGraph.Generate(options).ToList();
        var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = _directory.File($"paths-{options.Seed}.db") });
        foreach (var batch in batches) await store.ApplyAsync(batch, TestContext.Current.CancellationToken);
        return (store, batches);
    }
}
