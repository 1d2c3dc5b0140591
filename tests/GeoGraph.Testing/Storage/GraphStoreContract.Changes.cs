using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

// The change log: which entries each write appends (Core's ChangeLog decides; the store persists
// them in the write's transaction), their order, and how the log pages.
public abstract partial class GraphStoreContract
{
    private static readonly DateTimeOffset TLater = new(2025, 11, 1, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Every entry of the log, paged in small pages through cursors, checking the sequence only rises.</summary>
    protected static async Task<IReadOnlyList<Change>> ChangesAsync(IGraphStore store, long after = 0, DateTimeOffset? since = null, int pageSize = 7)
    {
        var changes = new List<Change>();
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 10_000, "paging does not end");
            var page = await store.GetChangesAsync(new ChangeQuery(after, since, pageSize), Ct);
            changes.AddRange(page.Items.Select(i => i.Item));
            Assert.All(page.Items, i => Assert.Equal(ChangeLog.KeyOf(i.Item), i.Key));
            if (!page.HasNextPage) break;
            Assert.Equal(pageSize, page.Items.Count);
            after = ChangeLog.SequenceOf(Cursors.Decode(Cursors.Encode("changes", page.Items[^1].Key), "changes", ranked: false, "after"), "after");
        }
        for (var i = 1; i < changes.Count; i++) Assert.True(changes[i].Sequence > changes[i - 1].Sequence, "sequences rise");
        return changes;
    }

    private static (ChangeKind, DateTimeOffset, string?, string?, string?)[] Described(IEnumerable<Change> changes) =>
        changes.Select(c => (c.Kind, c.At, c.RelationId, c.EntityId, c.ArticleId)).ToArray();

    private static (ChangeKind, DateTimeOffset, string?, string?, string?) Recorded(Relation r) => (ChangeKind.RelationRecorded, r.RecordedAt, r.Id, null, null);

    [Fact]
    public async Task A_batch_logs_its_articles_then_nodes_then_relations_in_batch_order_and_retractions_follow()
    {
        var store = await SeededStoreAsync();

        var changes = await ChangesAsync(store);

        var expected = Graph.Articles.Select(a => (ChangeKind.ArticleRecorded, a.RecordedAt, (string?)null, (string?)null, (string?)a.Id))
            .Concat(Graph.Nodes.Select(n => (ChangeKind.EntityRecorded, n.RecordedAt, (string?)null, (string?)n.Id, (string?)null)))
            .Concat(Graph.Relations.Select(Recorded))
            .Concat(Graph.Retracted.Select(r => (ChangeKind.RelationRetracted, TRetract, (string?)r.Id, (string?)null, (string?)null)))
            .ToArray();
        Assert.Equal(expected, Described(changes));
        Assert.Equal(4 + 26 + 21 + 2, changes.Count);
        Assert.True(changes[0].Sequence > 0);
        // Citations of a relation the batch creates are part of its RELATION_RECORDED.
        Assert.DoesNotContain(changes, c => c.Kind == ChangeKind.CitationAdded);
        Assert.Equal(T1, changes.Single(c => c.RelationId == Graph.RCD.Id).At);
    }

    [Fact]
    public async Task Writes_that_change_nothing_log_nothing()
    {
        var store = await SeededStoreAsync();
        var before = await ChangesAsync(store);

        await store.ApplyAsync(Graph.Batch, Ct);
        Assert.Equal(RetractOutcome.AlreadyRetracted, (await store.RetractRelationAsync(Graph.RAD.Id, "again", "contract-editor", TLater, Ct)).Outcome);
        Assert.Equal(RetractOutcome.NotFound, (await store.RetractRelationAsync("rel:0000000000000000", "none", "contract-editor", TLater, Ct)).Outcome);
        // A merge that adds nothing new.
        await store.ApplyAsync(IngestionBatch.OfNodes([Graph.NodeOf(CN) with { Aliases = ["PRC"], RecordedAt = TLater }]), Ct);
        // Filling in an article's text (and so verifying its citations) is not a change the log lists.
        var filled = await store.ApplyAsync(new IngestionBatch([Graph.Tariffs with { Text = Graph.TariffsText }], [], [], []), Ct);
        Assert.Equal(1, filled.ArticleTextsAdded);

        Assert.Equal(Described(before), Described(await ChangesAsync(store)));
        Assert.Empty((await store.GetChangesAsync(new ChangeQuery(before[^1].Sequence, null, 10), Ct)).Items);
    }

    [Fact]
    public async Task A_node_whose_content_changes_is_ENTITY_UPDATED_at_the_batch_time_and_a_node_sent_twice_is_logged_once()
    {
        var store = await SeededStoreAsync();
        var last = (await ChangesAsync(store))[^1].Sequence;
        var renamed = Graph.NodeOf(EU) with { Name = "Union européenne", RecordedAt = T1 };
        var merged = Graph.NodeOf(CN) with { Aliases = ["Middle Kingdom"], RecordedAt = T1 };
        var japan = new Node("country:JP", NodeKind.Country, "Japan", [], null, T1);

        await store.ApplyAsync(IngestionBatch.OfNodes([renamed], NodeWrite.Replace) with { At = TLater }, Ct);
        await store.ApplyAsync(IngestionBatch.OfNodes([merged, japan, japan with { Aliases = ["Tokyo"] }, merged with { Aliases = ["Cathay"] }]), Ct);

        Assert.Equal(
            [
                (ChangeKind.EntityUpdated, TLater, null, EU, null),
                (ChangeKind.EntityUpdated, T1, null, CN, null),
                (ChangeKind.EntityRecorded, T1, null, "country:JP", null),
            ],
            Described(await ChangesAsync(store, after: last)));
    }

    [Fact]
    public async Task A_stored_relation_cited_by_another_article_is_CITATION_ADDED_once_per_relation_and_article()
    {
        var store = await SeededStoreAsync();
        var last = (await ChangesAsync(store))[^1].Sequence;
        const string text = "China and Pakistan share an ironclad friendship, an ironclad friendship indeed. Pakistan is developing close ties with Washington.";
        var article = MakeArticle("Friends", text) with { RecordedAt = TLater };
        Citation Cite(Relation r, string quote, int from = 0)
        {
            var start = text.IndexOf(quote, from, StringComparison.Ordinal);
            return new Citation(r.Id, article.Id, quote, start, start + quote.Length, null, CitationStance.Asserts, true);
        }
        var citations = new[]
        {
            Cite(Graph.RAllied, "ironclad friendship"),
            Cite(Graph.RAllied, "ironclad friendship", 40),
            Cite(Graph.RTies, "Pakistan is developing close ties with Washington"),
            // Already stored: added by neither batch.
            Graph.Citations.Single(c => c.RelationId == Graph.RGifted.Id),
        };

        var applied = await store.ApplyAsync(new IngestionBatch([article], [], [Graph.RAllied with { RecordedAt = TLater }], citations), Ct);
        Assert.Equal(3, applied.CitationsAdded);
        await store.ApplyAsync(new IngestionBatch([article], [], [], citations), Ct);

        Assert.Equal(
            [
                (ChangeKind.ArticleRecorded, TLater, null, null, article.Id),
                (ChangeKind.CitationAdded, TLater, Graph.RAllied.Id, null, article.Id),
                (ChangeKind.CitationAdded, TLater, Graph.RTies.Id, null, article.Id),
            ],
            Described(await ChangesAsync(store, after: last)));
    }

    [Fact]
    public async Task A_relation_that_arrives_retracted_is_logged_recorded_then_retracted()
    {
        var store = await SeededStoreAsync();
        var last = (await ChangesAsync(store))[^1].Sequence;
        var copied = Rel(US, "IMPORTS", RareEarths, [Q("origin", "Myanmar")]) with
        {
            RetractedAt = TLater, RetractedBy = "editor", RetractReason = "wrong origin",
        };

        await store.ApplyAsync(new IngestionBatch([], [], [copied], []), Ct);

        Assert.Equal([Recorded(copied), (ChangeKind.RelationRetracted, TLater, copied.Id, null, null)], Described(await ChangesAsync(store, after: last)));
    }

    [Fact]
    public async Task Changes_page_by_sequence_and_since_keeps_entries_at_or_after_an_instant()
    {
        var store = await SeededStoreAsync();
        var all = await ChangesAsync(store, pageSize: 500);

        // Any page size gives the same log; after an entry, the rest of it.
        Assert.Equal(all, await ChangesAsync(store, pageSize: 1));
        Assert.Equal(all.Skip(10), await ChangesAsync(store, after: all[9].Sequence, pageSize: 4));
        var last = await store.GetChangesAsync(new ChangeQuery(all[^1].Sequence - 1, null, 1), Ct);
        Assert.Equal(all[^1], Assert.Single(last.Items).Item);
        Assert.False(last.HasNextPage);

        // since: only what happened at or after it, still in sequence order and paged.
        var sinceT1 = Described(await ChangesAsync(store, since: T1, pageSize: 1));
        Assert.Equal(
            [Recorded(Graph.RCD), .. Graph.Retracted.Select(r => (ChangeKind.RelationRetracted, TRetract, (string?)r.Id, (string?)null, (string?)null))],
            sinceT1);
        Assert.Equal(all.Where(c => c.At >= TRetract), await ChangesAsync(store, after: all[0].Sequence, since: TRetract));
        Assert.Empty(await ChangesAsync(store, since: TLater));
    }

    [Fact]
    public async Task Changes_refuse_a_page_size_out_of_bounds_and_a_negative_sequence()
    {
        var store = await SeededStoreAsync();

        foreach (var query in new[] { new ChangeQuery(0, null, 0), new ChangeQuery(0, null, QueryLimits.MaxPageSize + 1), new ChangeQuery(-1, null, 10) })
        {
            var e = await Assert.ThrowsAsync<GeoGraphException>(() => store.GetChangesAsync(query, Ct));
            Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
        }
    }
}
