using GeoGraph.Core.Model;
using Xunit;
using static GeoGraph.Testing.Storage.ContractGraph;

namespace GeoGraph.Testing.Storage;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Empty_store_is_ready_and_has_nothing()
    {
        var store = await CreateStoreAsync();
        await store.CheckReadyAsync(Ct);
        Assert.Empty(await store.GetNodesAsync([CN], Ct));
        Assert.Equal(0, await store.CountNodesAsync(new(), Ct));
        Assert.Equal(0, await store.CountRelationsAsync(new(Now), Ct));
        Assert.Equal(0, await store.CountArticlesAsync(null, Ct));
        var page = await store.FindNodesAsync(new(), new(50, null), Ct);
        Assert.Empty(page.Items);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task Get_nodes_returns_the_ones_found_and_omits_missing_ids()
    {
        var store = await SeededStoreAsync();
        var nodes = await store.GetNodesAsync([CN, TR, "country:ZZ", CN, LinJian, GiftClaim, "person:nobody"], Ct);

        Assert.Equal([GiftClaim, CN, TR, LinJian], nodes.Keys.Order(StringComparer.Ordinal));
        AssertSameNode(Graph.NodeOf(CN), nodes[CN]);
        Assert.Equal(["Beijing", "PRC"], nodes[CN].Aliases);
        Assert.Equal("Türkiye", nodes[TR].Name);
        Assert.Equal(NodeKind.Country, nodes[TR].Kind);
        Assert.Equal("Spokesperson of China's Foreign Ministry", nodes[LinJian].Description);
        Assert.Equal(NodeKind.Claim, nodes[GiftClaim].Kind);
        Assert.Equal(T0, nodes[GiftClaim].RecordedAt);
        Assert.Empty(await store.GetNodesAsync([], Ct));
    }

    [Fact]
    public async Task Get_articles_returns_text_only_when_asked()
    {
        var store = await SeededStoreAsync();
        var ids = new[] { Graph.Beijing.Id, Graph.Tariffs.Id, "article:0000000000000000" };

        var withoutText = await store.GetArticlesAsync(ids, includeText: false, Ct);
        Assert.Equal(ids.Take(2).Order(StringComparer.Ordinal), withoutText.Keys.Order(StringComparer.Ordinal));
        AssertSameArticle(Graph.Beijing with { Text = null }, withoutText[Graph.Beijing.Id]);
        Assert.Equal("Beijing denies rare earths link", withoutText[Graph.Beijing.Id].Title);
        Assert.Equal(new DateTimeOffset(2025, 10, 13, 23, 0, 0, TimeSpan.Zero), withoutText[Graph.Beijing.Id].PublishedAt);

        var withText = await store.GetArticlesAsync(ids, includeText: true, Ct);
        AssertSameArticle(Graph.Beijing, withText[Graph.Beijing.Id]);
        Assert.StartsWith("Beijing denies any link", withText[Graph.Beijing.Id].Text);
        Assert.Null(withText[Graph.Tariffs.Id].Text);
        Assert.Equal(Graph.TariffsText.Length, withText[Graph.Tariffs.Id].TextLength);
        Assert.Equal(ContentIdsOf(Graph.TariffsText), withText[Graph.Tariffs.Id].TextSha256);
    }

    private static string ContentIdsOf(string text) => GeoGraph.Core.Ids.ContentIds.Sha256Hex(text);

    [Fact]
    public async Task Get_relations_round_trips_every_field()
    {
        var store = await SeededStoreAsync();
        var ids = Graph.Relations.Select(r => r.Id).Append("rel:0000000000000000").ToArray();
        var relations = await store.GetRelationsAsync(ids, Ct);

        Assert.Equal(Graph.Relations.Count, relations.Count);
        foreach (var expected in Graph.Relations.Except(Graph.Retracted))
            AssertSameRelation(expected, relations[expected.Id]);

        var tariff = relations[Graph.RTariff.Id];
        Assert.Equal("THREATENS_TARIFF", tariff.Type);
        Assert.Equal(Trump, tariff.SubjectId);
        Assert.Equal(CN, tariff.ObjectId);
        var rate = Assert.Single(tariff.Qualifiers);
        Assert.Equal(new Qualifier("rate", "100", 100, "percent", null), rate);
        Assert.Equal(new PartialDate(new DateOnly(2025, 10, 1), DatePrecision.Month), tariff.ValidFrom);
        Assert.Null(tariff.ValidTo);
        Assert.Equal(0.9, tariff.Confidence);
        Assert.Equal(Recorder, tariff.RecordedBy);
        Assert.Null(tariff.RetractedAt);

        Assert.Equal(new Qualifier("origin", CN, null, null, CN), Assert.Single(relations[Graph.RImportsUS.Id].Qualifiers));
        Assert.Equal(["activity", "share"], relations[Graph.RMiningShare.Id].Qualifiers.Select(q => q.Key));
        Assert.Equal(new PartialDate(new DateOnly(2025, 1, 1), DatePrecision.Year), relations[Graph.RMiningShare.Id].ValidTo);
        Assert.Equal(new PartialDate(new DateOnly(2025, 10, 6), DatePrecision.Week), relations[Graph.RAllied.Id].ValidTo);

        var retracted = relations[Graph.RAD.Id];
        Assert.Equal(TRetract, retracted.RetractedAt);
        Assert.Equal("contract-editor", retracted.RetractedBy);
        Assert.Equal("not supported by the article", retracted.RetractReason);
    }

    [Fact]
    public async Task Get_citations_orders_each_relations_citations_by_article_then_start()
    {
        var store = await SeededStoreAsync();
        var citations = await store.GetCitationsAsync([Graph.RImposes.Id, Graph.RDenies.Id, Graph.RTariff.Id, "rel:0000000000000000"], Ct);

        var imposes = citations[Graph.RImposes.Id].ToArray();
        Assert.Equal(["rare-earth export controls", "China imposed further export controls on rare-earth mining and processing last week"],
            imposes.Select(c => c.Quote));
        Assert.True(imposes[0].Start < imposes[1].Start);
        Assert.Equal(Graph.Beijing.Text!.IndexOf("rare-earth export controls", StringComparison.Ordinal), imposes[0].Start);
        Assert.Equal(imposes[0].Start + "rare-earth export controls".Length, imposes[0].End);
        Assert.All(imposes, c => Assert.Equal(Graph.Beijing.Id, c.ArticleId));
        Assert.All(imposes, c => Assert.True(c.Verified));

        var denies = Assert.Single(citations[Graph.RDenies.Id]);
        Assert.Equal(LinJian, denies.SpeakerId);
        Assert.Equal(CitationStance.Reports, denies.Stance);

        var tariff = Assert.Single(citations[Graph.RTariff.Id]);
        Assert.Equal(Graph.Tariffs.Id, tariff.ArticleId);
        Assert.False(tariff.Verified);
        Assert.Null(tariff.SpeakerId);
        Assert.Empty(citations["rel:0000000000000000"]);

        // A relation cited by two articles: ordered by article id.
        var at = Graph.RareEarthsArticle.Text!.IndexOf("rare-earth mining", StringComparison.Ordinal);
        var multi = new Citation(Graph.RImposes.Id, Graph.RareEarthsArticle.Id, "rare-earth mining", at, at + 17, null, CitationStance.Asserts, true);
        await store.ApplyAsync(new([], [], [], [multi]), Ct);
        var articleOrder = (await store.GetCitationsAsync([Graph.RImposes.Id], Ct))[Graph.RImposes.Id].Select(c => c.ArticleId).ToArray();
        Assert.Equal(articleOrder.Order(StringComparer.Ordinal), articleOrder);
        Assert.Equal(3, articleOrder.Length);
    }

    [Fact]
    public async Task Incoming_relations_are_grouped_by_object_filtered_by_type_and_hide_retracted()
    {
        var store = await SeededStoreAsync();
        var claims = new[] { GiftClaim, LinkClaim, ShipmentClaim, "claim:missing" };

        var all = await store.GetIncomingRelationsAsync(claims, ClaimStances.AllTypes.ToArray(), Now, Ct);
        Assert.Equal(Ordered(Graph.RAsserts, Graph.RDenies), Ids(all[GiftClaim]));
        Assert.Equal([Graph.RDeniesLink.Id], Ids(all[LinkClaim]));
        Assert.Equal([Graph.RShipment.Id], Ids(all[ShipmentClaim]));
        Assert.Empty(all["claim:missing"]);

        var denials = await store.GetIncomingRelationsAsync(claims, ClaimStances.DenialTypes.ToArray(), Now, Ct);
        Assert.Equal([Graph.RDenies.Id], Ids(denials[GiftClaim]));
        Assert.Empty(denials[ShipmentClaim]);

        // Before the retraction, the speculation was visible.
        var before = await store.GetIncomingRelationsAsync([LinkClaim], ClaimStances.AllTypes.ToArray(), TRetract.AddTicks(-1), Ct);
        Assert.Equal(Ordered(Graph.RDeniesLink, Graph.RSpeculates), Ids(before[LinkClaim]));
        // Before anything was recorded, nothing.
        Assert.Empty((await store.GetIncomingRelationsAsync([GiftClaim], ClaimStances.AllTypes.ToArray(), T0.AddSeconds(-1), Ct))[GiftClaim]);
    }
}
