using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Apply_reports_what_it_created()
    {
        var store = await CreateStoreAsync();
        var result = await store.ApplyAsync(Graph.Batch, Ct);

        Assert.Equal(new ApplyResult(
            ArticlesCreated: 4, ArticleTextsAdded: 0, NodesCreated: Graph.Nodes.Count, NodesUpdated: 0,
            RelationsCreated: Graph.Relations.Count, CitationsAdded: Graph.Citations.Count), result);
        Assert.True(result.Changed);
        Assert.Equal(26, Graph.Nodes.Count);
        Assert.Equal(21, Graph.Relations.Count);
        Assert.Equal(22, Graph.Citations.Count);
    }

    [Fact]
    public async Task Apply_same_batch_twice_changes_nothing()
    {
        var store = await SeededStoreAsync();
        var before = await StoreSnapshot.TakeAsync(store, Ct);

        var again = await store.ApplyAsync(Graph.Batch, Ct);

        Assert.Equal(new ApplyResult(0, 0, 0, 0, 0, 0), again);
        Assert.False(again.Changed);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store, Ct));
        // The retractions survive re-applying the original (unretracted) relations.
        Assert.Equal(TRetract, (await store.GetRelationsAsync([Graph.RAD.Id], Ct))[Graph.RAD.Id].RetractedAt);
    }

    [Fact]
    public async Task Snapshot_holds_everything_applied()
    {
        var store = await SeededStoreAsync();
        var snapshot = await StoreSnapshot.TakeAsync(store, Ct);
        Assert.Equal(Graph.Nodes.Count + Graph.Articles.Count + Graph.Relations.Count + Graph.Citations.Count, snapshot.Count);
        Assert.Contains(StoreSnapshot.Describe(Graph.NodeOf(TR)), snapshot);
        Assert.Contains(StoreSnapshot.Describe(Graph.RImposes), snapshot);
    }

    [Fact]
    public async Task Replace_writes_a_changed_node_and_its_search_keys_keeping_when_it_was_recorded()
    {
        var store = await SeededStoreAsync();
        var renamed = Graph.NodeOf(EU) with { Name = "Union européenne", Aliases = ["Brussels"], Description = "EU", RecordedAt = T1 };

        Assert.Equal(new ApplyResult(0, 0, 0, 1, 0, 0), await store.ApplyAsync(IngestionBatch.OfNodes([renamed], NodeWrite.Replace), Ct));
        AssertSameNode(renamed with { RecordedAt = T0 }, (await store.GetNodesAsync([EU], Ct))[EU]);
        Assert.Equal([EU], await NodeIdsAsync(store, new NodeFilter(Search: "brussels")));
        Assert.Equal([EU], await NodeIdsAsync(store, new NodeFilter(Search: "EUROPÉENNE")));
        Assert.Empty(await NodeIdsAsync(store, new NodeFilter(Search: "european")));

        // The same content again (even recorded at another time) is no change.
        Assert.Equal(new ApplyResult(0, 0, 0, 0, 0, 0), await store.ApplyAsync(IngestionBatch.OfNodes([renamed with { RecordedAt = TRetract }], NodeWrite.Replace), Ct));

        // Replace drops what is not given: no aliases, no description.
        var bare = renamed with { Aliases = [], Description = null };
        Assert.Equal(new ApplyResult(0, 0, 0, 1, 0, 0), await store.ApplyAsync(IngestionBatch.OfNodes([bare], NodeWrite.Replace), Ct));
        AssertSameNode(bare with { RecordedAt = T0 }, (await store.GetNodesAsync([EU], Ct))[EU]);
        Assert.Empty(await NodeIdsAsync(store, new NodeFilter(Search: "brussels")));

        // A new node is inserted as given, recorded when the batch says.
        var added = new Node("country:JP", NodeKind.Country, "Japan", ["Tokyo"], null, T1);
        Assert.Equal(new ApplyResult(0, 0, 1, 0, 0, 0), await store.ApplyAsync(IngestionBatch.OfNodes([added], NodeWrite.Replace), Ct));
        AssertSameNode(added, (await store.GetNodesAsync(["country:JP"], Ct))["country:JP"]);
        Assert.Equal([CN, IN, "country:JP", PK, TR, US], await NodeIdsAsync(store, new NodeFilter(NodeKind.Country)));
    }

    [Fact]
    public async Task Merge_is_the_default_and_adds_new_aliases_after_the_stored_ones_and_fills_a_missing_description()
    {
        var store = await SeededStoreAsync();
        Assert.Equal(NodeWrite.Merge, IngestionBatch.OfNodes([]).NodeWrite);
        Assert.Equal(NodeWrite.Merge, new IngestionBatch([], [], [], []).NodeWrite);
        var stored = Graph.NodeOf(EU); // "European Union", aliases [EU], no description, recorded at T0
        var incoming = stored with
        {
            Name = "Union européenne",
            Aliases = ["Brussels", "EU", "European Union", "Brussels", "EEC"],
            Description = "A political and economic union",
            RecordedAt = T1,
        };

        Assert.Equal(new ApplyResult(0, 0, 0, 1, 0, 0), await store.ApplyAsync(IngestionBatch.OfNodes([incoming]), Ct));

        // The name and recorded_at stay; the stored aliases come first, then the new ones once each,
        // never the node's own name; the missing description is filled in.
        var merged = stored with { Aliases = ["EU", "Brussels", "EEC"], Description = "A political and economic union" };
        AssertSameNode(merged, (await store.GetNodesAsync([EU], Ct))[EU]);
        Assert.Equal([EU], await NodeIdsAsync(store, new NodeFilter(Search: "brussels")));
        Assert.Empty(await NodeIdsAsync(store, new NodeFilter(Search: "union européenne")));

        // Nothing new: a known alias, another description (a stored one is never replaced), another name.
        Assert.Equal(new ApplyResult(0, 0, 0, 0, 0, 0), await store.ApplyAsync(IngestionBatch.OfNodes(
            [stored with { Name = "EU", Aliases = ["EEC"], Description = "Something else" }]), Ct));
        Assert.Equal(new ApplyResult(0, 0, 0, 0, 0, 0), await store.ApplyAsync(IngestionBatch.OfNodes([stored with { Aliases = [] }]), Ct));
        AssertSameNode(merged, (await store.GetNodesAsync([EU], Ct))[EU]);

        // A stored description is kept even when only aliases are new.
        var linJian = Graph.NodeOf(LinJian);
        Assert.Equal(new ApplyResult(0, 0, 0, 1, 0, 0), await store.ApplyAsync(IngestionBatch.OfNodes(
            [linJian with { Aliases = ["Lin"], Description = "Someone else" }]), Ct));
        AssertSameNode(linJian with { Aliases = ["Lin"] }, (await store.GetNodesAsync([LinJian], Ct))[LinJian]);
    }

    [Fact]
    public async Task Merge_inserts_new_nodes_as_given_and_merges_one_node_sent_twice_in_a_batch()
    {
        var store = await SeededStoreAsync();
        var japan = new Node("country:JP", NodeKind.Country, "Japan", ["Nippon"], null, T1);

        var result = await store.ApplyAsync(IngestionBatch.OfNodes(
            [japan, japan with { Aliases = ["Nihon", "Nippon"], Description = "An island country" }, Graph.NodeOf(CN) with { Aliases = ["PRC", "Zhongguo"] }]), Ct);

        Assert.Equal(new ApplyResult(0, 0, 1, 1, 0, 0), result);
        var nodes = await store.GetNodesAsync(["country:JP", CN], Ct);
        AssertSameNode(japan with { Aliases = ["Nippon", "Nihon"], Description = "An island country" }, nodes["country:JP"]);
        AssertSameNode(Graph.NodeOf(CN) with { Aliases = ["Beijing", "PRC", "Zhongguo"] }, nodes[CN]);
    }

    [Fact]
    public async Task Article_text_supplied_later_is_filled_in_and_verifies_its_citations()
    {
        var store = await SeededStoreAsync();
        var withText = Graph.Tariffs with { Text = Graph.TariffsText, RecordedAt = T1 };

        var result = await store.ApplyAsync(new IngestionBatch([withText], [], [], []), Ct);

        Assert.Equal(new ApplyResult(0, 1, 0, 0, 0, 0), result);
        var stored = (await store.GetArticlesAsync([Graph.Tariffs.Id], includeText: true, Ct))[Graph.Tariffs.Id];
        Assert.Equal(Graph.TariffsText, stored.Text);
        Assert.Equal(T0, stored.RecordedAt);
        Assert.True(Assert.Single((await store.GetCitationsAsync([Graph.RTariff.Id], Ct))[Graph.RTariff.Id]).Verified);

        // Text is never replaced once known, and supplying it again is no change.
        Assert.Equal(new ApplyResult(0, 0, 0, 0, 0, 0), await store.ApplyAsync(new IngestionBatch([withText], [], [], []), Ct));
        Assert.Equal(new ApplyResult(0, 0, 0, 0, 0, 0), await store.ApplyAsync(new IngestionBatch([Graph.Tariffs], [], [], []), Ct));
        Assert.Equal(Graph.TariffsText, (await store.GetArticlesAsync([Graph.Tariffs.Id], includeText: true, Ct))[Graph.Tariffs.Id].Text);
    }

    [Fact]
    public async Task Apply_adds_a_new_citation_to_an_existing_relation()
    {
        var store = await SeededStoreAsync();
        var quote = "He expressed anger at the export controls";
        var start = Graph.TariffsText.IndexOf(quote, StringComparison.Ordinal);
        var citation = new Citation(Graph.RImposes.Id, Graph.Tariffs.Id, quote, start, start + quote.Length, Trump, CitationStance.Reports, false);

        var result = await store.ApplyAsync(new IngestionBatch([Graph.Tariffs], [], [Graph.RImposes], [citation]), Ct);

        Assert.Equal(new ApplyResult(0, 0, 0, 0, 0, 1), result);
        Assert.Contains(Graph.RImposes.Id, await RelationIdsAsync(store, new RelationFilter(Now, ArticleId: Graph.Tariffs.Id)));
        var cited = (await store.GetCitationsAsync([Graph.RImposes.Id], Ct))[Graph.RImposes.Id].ToArray();
        Assert.Equal(3, cited.Length);
        Assert.Equal(StoreSnapshot.Describe(citation), StoreSnapshot.Describe(cited.Single(c => c.ArticleId == Graph.Tariffs.Id)));
    }

    public static TheoryData<string> FailingBatches => ["citation-of-unknown-relation", "relation-with-unknown-subject", "citation-of-unknown-article"];

    [Theory]
    [MemberData(nameof(FailingBatches))]
    public async Task A_batch_that_fails_midway_leaves_the_store_exactly_as_it_was(string failure)
    {
        var store = await SeededStoreAsync();
        var before = await StoreSnapshot.TakeAsync(store, Ct);

        // Every kind of write first (a new article, a text fill-in, a node update, a new node, a new
        // relation with a citation), then one write that cannot succeed.
        var text = "Japan and China agreed to talk about rare earths.";
        var sha = GeoGraph.Core.Ids.ContentIds.Sha256Hex(text);
        var article = new Article(GeoGraph.Core.Ids.ContentIds.ForArticle(sha), "Japan and China talk", null, null, null, null, sha, text.Length, text, T1);
        var japan = new Node("country:JP", NodeKind.Country, "Japan", [], null, T1);
        var chinaAlias = Graph.NodeOf(CN) with { Aliases = ["Zhongguo"] }; // merged: a new alias
        var talks = new Relation("rel:00000000000000a1", "COOPERATES_WITH", "country:JP", CN, [], null, null, 1, T1, Recorder);
        var talksCitation = new Citation(talks.Id, article.Id, "Japan and China agreed", 0, 22, null, CitationStance.Asserts, true);
        Citation[] citations = [talksCitation];
        Relation[] relations = [talks];
        switch (failure)
        {
            case "citation-of-unknown-relation":
                citations = [talksCitation, talksCitation with { RelationId = "rel:ffffffffffffffff" }];
                break;
            case "relation-with-unknown-subject":
                relations = [talks, talks with { Id = "rel:00000000000000a2", SubjectId = "country:ZZ" }];
                break;
            case "citation-of-unknown-article":
                citations = [talksCitation, talksCitation with { ArticleId = "article:ffffffffffffffff" }];
                break;
        }
        var batch = new IngestionBatch([article, Graph.Tariffs with { Text = Graph.TariffsText }], [japan, chinaAlias], relations, citations);

        await Assert.ThrowsAnyAsync<Exception>(() => store.ApplyAsync(batch, Ct));

        Assert.Equal(before, await StoreSnapshot.TakeAsync(store, Ct));
        Assert.Empty(await store.GetNodesAsync(["country:JP"], Ct));

        // And the store still takes writes.
        var ok = await store.ApplyAsync(batch with { Relations = [talks], Citations = [talksCitation] }, Ct);
        Assert.Equal(new ApplyResult(1, 1, 1, 1, 1, 1), ok);
    }
}
