using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite;
using GeoGraph.Testing;
using GeoGraph.Testing.Synthetic;

namespace GeoGraph.Storage.Tests;

/// <summary>
/// The store's bidirectional shortest path against the plain one-sided breadth-first search the
/// contract describes, on a generated graph with hubs, many equal-length paths and retractions.
/// </summary>
public sealed class ShortestPathReferenceTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Every_direction_and_pair_matches_a_one_sided_breadth_first_search()
    {
        var ct = TestContext.Current.CancellationToken;
        var batches = SyntheticGraph.Generate(new SyntheticGraphOptions { Seed = 11, Entities = 400, Articles = 100, Relations = 1_500, BatchSize = 1_500 }).ToList();
        using var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = _directory.File("paths.db") });
        foreach (var batch in batches) await store.ApplyAsync(batch, ct);

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
}
