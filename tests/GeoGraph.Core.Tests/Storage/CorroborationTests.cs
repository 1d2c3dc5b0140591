using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Core.Tests.Storage;

public class CorroborationTests
{
    private static Article Article(string id, string? publisher, DateTimeOffset? publishedAt) =>
        new(id, "t", publisher, null, publishedAt, "en", "sha", 1, null, DateTimeOffset.UnixEpoch);

    private static Citation Cite(string article, int start) => new("rel:1", article, "q", start, start + 1, null, CitationStance.Asserts, false);

    [Fact]
    public void Counts_citations_distinct_articles_and_publishers_and_reads_the_first_and_last_report_as_instants()
    {
        // 22:00 -04:00 is 02:00 UTC, after 23:00 UTC the day before, though its local date is earlier.
        var early = Article("article:a", "Example Wire", new DateTimeOffset(2025, 10, 13, 23, 0, 0, TimeSpan.Zero));
        var western = Article("article:b", " Example Wire ", new DateTimeOffset(2025, 10, 13, 22, 0, 0, TimeSpan.FromHours(-4)));
        var undated = Article("article:c", null, null);
        var citations = new[] { Cite(early.Id, 0), Cite(early.Id, 5), Cite(western.Id, 0), Cite(undated.Id, 0), Cite("article:missing", 0) };

        var c = Corroboration.Of(citations, new[] { early, western, undated }.ToDictionary(a => a.Id));

        Assert.Equal(new Corroboration(5, 4, 1, early.PublishedAt, western.PublishedAt), c);
        Assert.Equal(TimeSpan.FromHours(-4), c.LastReportedAt!.Value.Offset);
    }

    [Fact]
    public void No_dated_source_means_no_first_report() =>
        Assert.Equal(new Corroboration(1, 1, 0, null, null), Corroboration.Of([Cite("article:c", 0)], new Dictionary<string, Article> { ["article:c"] = Article("article:c", null, null) }));
}
