using GeoGraph.Core.Countries;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using GeoGraph.Storage.Sqlite;
using GeoGraph.Testing;
using GeoGraph.Core.Synthetic;

namespace GeoGraph.Storage.Tests;

/// <summary>The synthetic graph generator, proven on a real store rather than assumed.</summary>
public sealed class SyntheticGraphTests : IDisposable
{
    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_small_generated_graph_applies_to_SQLite_with_every_count_and_every_relation_end_in_place()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new SyntheticGraphOptions { Seed = 7, Entities = 600, Articles = 150, Relations = 2_000, BatchSize = 700 };
        var batches = SyntheticGraph.Generate(options).ToList();
        var nodes = batches.SelectMany(b => b.Nodes).ToList();
        var articles = batches.SelectMany(b => b.Articles).ToList();
        var relations = batches.SelectMany(b => b.Relations).ToList();
        var citations = batches.SelectMany(b => b.Citations).ToList();

        // Deterministic: the same options give the same graph.
        var again = SyntheticGraph.Generate(options).SelectMany(b => b.Relations).Select(r => r.Id);
        Assert.Equal(relations.Select(r => r.Id), again);

        Assert.Equal(CountryCatalog.Default.All.Count + 1 + 600, nodes.Count); // + org:unattributed-reports
        Assert.Equal(150, articles.Count);
        Assert.Equal(2_000, relations.Select(r => r.Id).Distinct().Count());
        Assert.All(batches, b => Assert.True(b.Relations.Count <= 700));
        var kinds = nodes.ToDictionary(n => n.Id, n => n.Kind);
        Assert.All(relations, r =>
        {
            var type = RelationVocabulary.Default.Find(r.Type);
            Assert.NotNull(type);
            Assert.True(type.Allows(kinds[r.SubjectId], kinds[r.ObjectId]), $"{r.Type} {r.SubjectId} → {r.ObjectId}");
        });
        var textLength = articles.ToDictionary(a => a.Id, a => a.TextLength);
        Assert.All(citations, c => Assert.True(c.Start >= 0 && c.End <= textLength[c.ArticleId] && c.End - c.Start == c.Quote.Length));
        Assert.InRange(citations.Count, 2_000, 4_000);
        Assert.Contains(relations, r => r.Qualifiers.Count > 0);
        Assert.Contains(relations, r => r.ValidFrom is not null);
        Assert.Contains(relations, r => r.RetractedAt is not null);
        // Skewed degree: the busiest node takes part in far more relations than the average one.
        var degree = relations.SelectMany(r => new[] { r.SubjectId, r.ObjectId }).CountBy(id => id).Select(p => p.Value).ToList();
        Assert.True(degree.Max() > 10 * degree.Average(), $"max degree {degree.Max()}, mean {degree.Average():F1}");

        using var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = _directory.File("synthetic.db") });
        foreach (var batch in batches) await store.ApplyAsync(batch, ct);
        var retracted = relations.Count(r => r.RetractedAt is not null);

        Assert.Equal(nodes.Count(n => n.Kind != NodeKind.Claim), await store.CountNodesAsync(new NodeFilter(), ct));
        Assert.Equal(nodes.Count(n => n.Kind == NodeKind.Claim), await store.CountClaimsAsync(new ClaimFilter(Now), ct));
        Assert.Equal(150, await store.CountArticlesAsync(null, ct));
        Assert.Equal(2_000, await store.CountRelationsAsync(new RelationFilter(Now, IncludeRetracted: true), ct));
        Assert.Equal(2_000 - retracted, await store.CountRelationsAsync(new RelationFilter(Now), ct));
        Assert.True(await store.CountClaimsAsync(new ClaimFilter(Now, Disputed: true), ct) > 0, "some claims are disputed");

        var stored = await store.GetRelationsAsync(relations.Select(r => r.Id).ToList(), ct);
        Assert.Equal(2_000, stored.Count);
        var ends = stored.Values.SelectMany(r => new[] { r.SubjectId, r.ObjectId }).Distinct().ToList();
        var endNodes = await store.GetNodesAsync(ends, ct);
        Assert.All(ends, id => Assert.True(endNodes.ContainsKey(id), $"relation end {id} is stored"));
        var storedCitations = await store.GetCitationsAsync(relations.Select(r => r.Id).ToList(), ct);
        Assert.Equal(citations.Count, storedCitations.Sum(g => g.Count()));
        Assert.All(relations, r => Assert.NotEmpty(storedCitations[r.Id]));

        // Applying everything again changes nothing.
        foreach (var batch in batches) Assert.False((await store.ApplyAsync(batch, ct)).Changed);
    }
}
