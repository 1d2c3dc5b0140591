using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;

namespace GeoGraph.Testing.Storage;

/// <summary>
/// A write that finds its fact already stored, by a concurrent write that got there first, with
/// another confidence, other qualifier details, or the same passage cited with another stance or
/// speaker, is refused as a whole inside the store's transaction, and the stored values stand.
/// (The Ingestor refuses such writes before they reach a store; these reach the store directly,
/// as the loser of a race does.)
/// </summary>
public abstract partial class GraphStoreContract
{
    private async Task AssertRefusedUnchangedAsync(IGraphStore store, IngestionBatch batch, string expected)
    {
        var before = await StoreSnapshot.TakeAsync(store, Ct);
        var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.ApplyAsync(batch, Ct));
        Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
        Assert.Contains(expected, e.Message);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store, Ct));
    }

    [Fact]
    public async Task A_stored_fact_written_again_with_another_confidence_refuses_the_whole_batch()
    {
        var store = await SeededStoreAsync();
        var newArticle = Graph.Beijing with { Id = "article:00000000000000aa", Title = "Another report", TextSha256 = new string('a', 64), Text = null };
        await AssertRefusedUnchangedAsync(store,
            new IngestionBatch([newArticle], [], [Graph.RTariff with { Confidence = Graph.RTariff.Confidence / 2 }], []),
            "stored by another write");
    }

    [Fact]
    public async Task A_stored_passage_cited_again_with_another_stance_refuses_the_whole_batch()
    {
        var store = await SeededStoreAsync();
        var cited = Graph.Citations.First(c => c.RelationId == Graph.RTariff.Id);
        var flipped = cited with { Stance = cited.Stance == CitationStance.Asserts ? CitationStance.Reports : CitationStance.Asserts };
        await AssertRefusedUnchangedAsync(store, new IngestionBatch([], [], [Graph.RTariff], [flipped]), "different stance or speaker");
    }

    [Fact]
    public async Task A_retracted_fact_written_again_stays_retracted()
    {
        var store = await SeededStoreAsync();
        var retracted = Graph.Retracted[0];
        var again = await store.ApplyAsync(new IngestionBatch([], [], [retracted], []), Ct);
        Assert.False(again.Changed);
        Assert.NotNull((await store.GetRelationsAsync([retracted.Id], Ct))[retracted.Id].RetractedAt);
    }

    [Fact]
    public async Task The_same_fact_and_passage_written_again_is_a_repeat()
    {
        var store = await SeededStoreAsync();
        var again = await store.ApplyAsync(new IngestionBatch([], [], [Graph.RTariff], Graph.Citations.Where(c => c.RelationId == Graph.RTariff.Id).ToArray()), Ct);
        Assert.False(again.Changed);
    }
}
