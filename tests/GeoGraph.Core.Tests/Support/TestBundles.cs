using GeoGraph.Core.Bundles;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Ingestion;

namespace GeoGraph.Core.Tests.Support;

/// <summary>
/// Small bundles built in code: one valid bundle (an article with its text, one person, one claim,
/// one cited DENIES relation) that each bad-input test breaks in exactly one place.
/// </summary>
internal static class TestBundles
{
    /// <summary>Repeats its first paragraph, as the founding article does, so "first occurrence" matters.</summary>
    public const string Text =
        "Lin Jian said the reports were groundless.\n\n" +
        "China controls nearly 90 per cent of the processing of rare earths.\n\n" +
        "Lin Jian said the reports were groundless.";

    public const string Quote = "the reports were groundless";

    public static string IdOf(string text) => ContentIds.ForArticle(Sha256Of(text));

    public static string Sha256Of(string text) => ContentIds.Sha256Hex(ArticleText.Normalize(text));

    public static string ArticleId { get; } = IdOf(Text);

    public static Bundle Valid() => new()
    {
        Articles = [Article(Text)],
        Entities = [Entity("person:lin-jian", "Lin Jian")],
        Claims = [new BundleClaim { Id = "claim:reports-are-true", Statement = "The reports are true." }],
        Relations = [Relation("DENIES", "person:lin-jian", "claim:reports-are-true", Cite(Quote))],
    };

    /// <summary>The valid bundle with one change applied.</summary>
    public static Bundle With(Action<Bundle> change)
    {
        var bundle = Valid();
        change(bundle);
        return bundle;
    }

    public static BundleArticle Article(string text) => new()
    {
        Id = IdOf(text),
        Title = "Test article",
        Language = "en",
        TextSha256 = Sha256Of(text),
        TextLength = ArticleText.Normalize(text).Length,
        Text = text,
    };

    /// <summary>An article whose only content is <paramref name="text"/>: no id, hash or length to disagree with it.</summary>
    public static BundleArticle ArticleWithOnlyText(string text) => new() { Title = "Test article", Text = text };

    public static BundleEntity Entity(string id, string name) => new() { Id = id, Name = name };

    public static BundleRelation Relation(string type, string subject, string @object, params BundleCitation[] citations) =>
        new() { Type = type, Subject = subject, Object = @object, Citations = [.. citations] };

    /// <summary>A citation of <paramref name="quote"/> at its first occurrence in the normalised text.</summary>
    public static BundleCitation Cite(string quote, string text = Text)
    {
        var start = ArticleText.Normalize(text).IndexOf(quote, StringComparison.Ordinal);
        Assert.True(start >= 0, $"test setup: '{quote}' is not in the test text");
        return new BundleCitation { Article = IdOf(text), Quote = quote, Start = start, End = start + quote.Length, Stance = "REPORTS" };
    }

    /// <summary>Replaces the quote, keeping start and making end - start its length.</summary>
    public static void Requote(this BundleCitation citation, string quote)
    {
        citation.Quote = quote;
        citation.End = citation.Start + quote.Length;
    }

    public static BundleRelation FirstRelation(this Bundle bundle) => bundle.Relations[0];

    public static BundleCitation FirstCitation(this Bundle bundle) => bundle.Relations[0].Citations![0];
}
