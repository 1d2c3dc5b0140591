using GeoGraph.Core.Ids;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Tests.Ids;

public class ContentIdsTests
{
    private static readonly PartialDate Week = new(new DateOnly(2025, 10, 6), DatePrecision.Week);
    private static readonly Qualifier Rate = new("rate", "100", 100, "percent", null);
    private static readonly Qualifier Goods = new("goods", "Chinese goods", null, null, null);

    private static string Tariff(
        string type = "THREATENS_TARIFF", string subject = "person:donald-trump", string @object = "country:CN",
        Qualifier[]? qualifiers = null, PartialDate? validFrom = null, PartialDate? validTo = null) =>
        ContentIds.ForRelation(GeoGraph.Core.Vocabulary.RelationVocabulary.Default, type, subject, @object, qualifiers ?? [Rate, Goods], validFrom ?? Week, validTo);

    [Fact]
    public void Relation_id_is_rel_and_16_hex_digits()
    {
        var id = Tariff();

        Assert.Matches("^rel:[0-9a-f]{16}$", id);
        Assert.True(ContentIds.IsRelationId(id));
        Assert.False(ContentIds.IsArticleId(id));
    }

    [Fact]
    public void Relation_id_does_not_depend_on_qualifier_order() =>
        Assert.Equal(Tariff(qualifiers: [Rate, Goods]), Tariff(qualifiers: [Goods, Rate]));

    [Fact]
    public void Relation_id_changes_with_each_component()
    {
        string[] ids =
        [
            Tariff(),
            Tariff(type: "IMPOSES_EXPORT_CONTROL"),
            Tariff(subject: "person:lin-jian"),
            Tariff(@object: "country:PK"),
            Tariff(qualifiers: [Goods]),
            Tariff(qualifiers: [Rate, Goods, new Qualifier("escalation", "second", null, null, null)]),
            Tariff(qualifiers: [Rate with { Value = "50" }, Goods]),
            Tariff(qualifiers: [Rate with { Key = "level" }, Goods]),
            Tariff(validFrom: new PartialDate(new DateOnly(2025, 10, 13), DatePrecision.Week)),
            Tariff(validFrom: new PartialDate(new DateOnly(2025, 10, 6), DatePrecision.Day)),
            Tariff(validTo: new PartialDate(new DateOnly(2025, 11, 1), DatePrecision.Month)),
            ContentIds.ForRelation(GeoGraph.Core.Vocabulary.RelationVocabulary.Default, "THREATENS_TARIFF", "person:donald-trump", "country:CN", [Rate, Goods], null, Week),
        ];

        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Relation_id_ignores_describing_qualifiers_so_two_wordings_are_one_fact()
    {
        // THREATENS_TARIFF: 'rate' identifies the threat, 'goods' only describes it (relation-types.json).
        var onChineseGoods = Tariff(qualifiers: [Rate, Goods]);

        Assert.Equal(onChineseGoods, Tariff(qualifiers: [Rate, Goods with { Value = "all Chinese imports" }]));
        Assert.Equal(onChineseGoods, Tariff(qualifiers: [Rate]));
        Assert.NotEqual(onChineseGoods, Tariff(qualifiers: [Rate with { Value = "50" }, Goods]));
    }

    [Fact]
    public void A_share_is_identified_by_its_figure_and_stage_not_by_about_or_roughly()
    {
        static string Share(string figure, string stage, string approximation) =>
            ContentIds.ForRelation(GeoGraph.Core.Vocabulary.RelationVocabulary.Default, "CONTROLS_SHARE_OF", "country:CN", "commodity:rare-earths",
                [new("share", figure, double.Parse(figure, System.Globalization.CultureInfo.InvariantCulture), "percent", null),
                 new("stage", stage, null, null, null), new("approximation", approximation, null, null, null)], null, null);

        Assert.Equal(Share("70", "mining", "about"), Share("70", "mining", "roughly"));
        Assert.NotEqual(Share("70", "mining", "about"), Share("90", "mining", "about"));
        Assert.NotEqual(Share("70", "mining", "about"), Share("70", "processing", "about"));
    }

    [Fact]
    public void A_qualifier_key_the_vocabulary_does_not_list_identifies_the_fact() =>
        Assert.NotEqual(Tariff(qualifiers: [Rate]), Tariff(qualifiers: [Rate, new Qualifier("escalation", "second", null, null, null)]));

    [Fact]
    public void Relation_id_ignores_number_and_unit_which_the_value_already_states() =>
        Assert.Equal(Tariff(), Tariff(qualifiers: [Rate with { Number = null, Unit = null }, Goods]));

    [Fact]
    public void Article_id_is_the_first_16_hex_digits_of_the_sha256()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentIds.Sha256Hex("abc"));
        Assert.Equal("article:ba7816bf8f01cfea", ContentIds.ForArticle(ContentIds.Sha256Hex("abc")));
    }

    [Theory]
    [InlineData("Café naïve\nsecond line")]
    [InlineData("Café naïve\r\nsecond line")]
    [InlineData("Cafe\u0301 nai\u0308ve\rsecond line")]
    [InlineData("  \r\nCafe\u0301 nai\u0308ve\r\nsecond line\r\n\r\n")]
    public void Article_id_from_text_is_stable_across_line_endings_and_unicode_forms(string spelling) =>
        Assert.Equal(ArticleId("Café naïve\nsecond line"), ArticleId(spelling));

    [Fact]
    public void Article_id_changes_with_the_words() =>
        Assert.NotEqual(ArticleId("Café naïve\nsecond line"), ArticleId("Café naïve\nsecond  line"));

    [Fact]
    public void Normalised_text_is_nfc_with_lf_and_trimmed() =>
        Assert.Equal("Café\n\nend", ArticleText.Normalize(" \tCafe\u0301\r\n\rend\n "));

    [Theory]
    [InlineData("article:0123456789abcdef", true)]
    [InlineData("article:0123456789ABCDEF", false)]
    [InlineData("article:0123456789abcde", false)]
    [InlineData("article:0123456789abcdef0", false)]
    [InlineData("rel:0123456789abcdef", false)]
    [InlineData(null, false)]
    public void Article_id_shape_is_checked(string? id, bool expected) => Assert.Equal(expected, ContentIds.IsArticleId(id));

    private static string ArticleId(string text) => ContentIds.ForArticle(ContentIds.Sha256Hex(ArticleText.Normalize(text)));
}
