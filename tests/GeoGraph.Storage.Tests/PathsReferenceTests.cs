using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite;
using GeoGraph.Testing;
using GeoGraph.Testing.Synthetic;

namespace GeoGraph.Storage.Tests;

/// <summary>
/// k shortest paths against brute force: every loopless path of at most maxHops relations,
/// sorted by length then relation ids, on a generated graph with hubs, parallel relations and
/// retractions.
/// </summary>
public sealed class PathsReferenceTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Every_direction_and_pair_matches_enumerating_every_loopless_path()
    {
        var ct = TestContext.Current.CancellationToken;
        var batches = SyntheticGraph.Generate(new SyntheticGraphOptions { Seed = 17, Entities = 120, Articles = 60, Relations = 600, BatchSize = 600 }).ToList();
        using var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = _directory.File("paths.db") });
        foreach (var batch in batches) await store.ApplyAsync(batch, ct);

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
}
