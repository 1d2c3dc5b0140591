using GeoGraph.Bolt;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j;

// The citations listing (who said what, quote search), read from the relationships' parallel
// citation lists. The way in is the cheapest the filter allows: the full-text index for a search,
// the article's mentions for an article, else every relationship; the filters, tiers and keyset are
// the same in every variant (cypher/queries/*citations*.cypher).
public sealed partial class Neo4jGraphStore
{
    private static class CitationQueries
    {
        public static readonly (string Find, string Count) All = (CypherStatements.Query("find_citations"), CypherStatements.Query("count_citations"));
        public static readonly (string Find, string Count) OfArticle = (CypherStatements.Query("find_citations_of_article"), CypherStatements.Query("count_citations_of_article"));
        public static readonly (string Find, string Count) Search = (CypherStatements.Query("find_citations_search"), CypherStatements.Query("count_citations_search"));
    }

    public async Task<Page<Citation>> FindCitationsAsync(CitationFilter filter, CitationOrder order, PageRequest page, CancellationToken ct = default)
    {
        QueryLimits.CheckPage(page);
        if (CitationParameters(filter) is not { } parameters) return new Page<Citation>([], false);
        var after = page.After is { } key ? CitationPosition.FromPageKey(key) : (CitationPosition?)null;
        parameters["order"] = Neo4jValues.Order(order);
        parameters["afterTier"] = (long)(after?.Tier ?? 0);
        parameters["afterValue"] = after?.Value ?? 0L;
        parameters["afterRelationId"] = after?.RelationId;
        parameters["afterArticleId"] = after?.ArticleId;
        parameters["afterStart"] = (long)(after?.Start ?? 0);
        parameters["afterEnd"] = (long)(after?.End ?? 0);
        parameters["limit"] = (long)page.First + 1;
        var records = await ReadAsync("find_citations", CitationStatements(filter).Find, parameters, ct);
        var items = records.Select(r =>
        {
            var citation = Neo4jValues.ReadCitation(r);
            return new PagedItem<Citation>(citation,
                new CitationPosition(r.Get<int>("tier"), r.Get<long>("value"), citation.RelationId, citation.ArticleId, citation.Start, citation.End).ToPageKey());
        }).ToList();
        return Page<Citation>.From(items, page.First);
    }

    public async Task<long> CountCitationsAsync(CitationFilter filter, CancellationToken ct = default) =>
        CitationParameters(filter) is { } parameters ? await CountAsync("count_citations", CitationStatements(filter).Count, parameters, ct) : 0;

    private static (string Find, string Count) CitationStatements(CitationFilter f) =>
        f.Search is not null ? CitationQueries.Search : f.ArticleId is not null ? CitationQueries.OfArticle : CitationQueries.All;

    /// <summary>The filter's parameters; null when its search has no word, which matches nothing (no round trip).</summary>
    private static Dictionary<string, object?>? CitationParameters(CitationFilter f)
    {
        var query = TextSearch.Parse(f.Search);
        if (query is { MatchesNothing: true }) return null;
        return new()
        {
            ["speakerId"] = f.SpeakerId,
            ["stance"] = f.Stance is { } stance ? Neo4jValues.Stance(stance) : null,
            ["articleId"] = f.ArticleId,
            ["knownAt"] = Neo4jValues.Utc(f.KnownAt),
            ["includeRetracted"] = f.IncludeRetracted,
            ["indexQuery"] = query?.IndexQuery,
            ["phrase"] = query?.Phrase,
            ["words"] = query?.PaddedWords.ToArray() ?? [],
        };
    }

    /// <summary>articles(search:)'s parameters: the title's search key, and the words to look for in stored texts.</summary>
    private static Dictionary<string, object?> ArticleParameters(string? search)
    {
        var query = TextSearch.Parse(search);
        return new()
        {
            ["search"] = SearchKeys.ForSearch(search),
            ["indexQuery"] = query is { MatchesNothing: false } ? query.IndexQuery : null,
            ["phrase"] = query?.Phrase,
            ["words"] = query?.PaddedWords.ToArray() ?? [],
        };
    }

    // A database written before word search holds quotes and texts without their indexed words: at
    // start-up, after the schema, Core computes them and they are written a batch at a time (each
    // batch its own transaction; a write racing it keeps its own words).
    internal const int BackfillBatchSize = 500;

    private static class BackfillQueries
    {
        public static readonly IReadOnlyList<string> AwaitSearchIndexes = CypherStatements.Split(CypherStatements.Query("schema_await_search_indexes"));
        public static readonly string CitationWords = CypherStatements.Query("backfill_citation_words");
        public static readonly string WriteCitationWords = CypherStatements.Query("backfill_write_citation_words");
        public static readonly string ArticleWords = CypherStatements.Query("backfill_article_words");
        public static readonly string WriteArticleWords = CypherStatements.Query("backfill_write_article_words");
    }

    /// <summary>The full-text indexes answer queries only once ONLINE: wait for them, at most the operation timeout.</summary>
    private async Task AwaitSearchIndexesAsync(BoltSession session, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?> { ["timeoutSeconds"] = (long)Math.Ceiling(_options.OperationTimeout.TotalSeconds) };
        foreach (var statement in BackfillQueries.AwaitSearchIndexes)
            await (await session.RunAsync(statement, parameters, ct)).ConsumeAsync(ct);
    }

    private static async Task BackfillSearchWordsAsync(BoltSession session, CancellationToken ct)
    {
        await BackfillAsync(session, BackfillQueries.CitationWords, BackfillQueries.WriteCitationWords, r =>
        {
            var quotes = ((object?[])r["quotes"]!).Select(q => (string)q!).ToArray();
            return new() { ["elementId"] = r["elementId"], ["quotes"] = quotes, ["words"] = quotes.Select(TextSearch.Indexed).ToArray() };
        }, ct);
        await BackfillAsync(session, BackfillQueries.ArticleWords, BackfillQueries.WriteArticleWords,
            r => new() { ["id"] = r["id"], ["words"] = TextSearch.Indexed(r.Get<string>("text")) }, ct);
    }

    private static async Task BackfillAsync(BoltSession session, string read, string write,
        Func<Record, Dictionary<string, object?>> row, CancellationToken ct)
    {
        while (true)
        {
            var records = await (await session.RunAsync(read, new Dictionary<string, object?> { ["limit"] = (long)BackfillBatchSize }, ct)).ToListAsync(ct);
            if (records.Count == 0) return;
            var written = (await (await session.RunAsync(write, new Dictionary<string, object?> { ["rows"] = records.Select(row).ToArray() }, ct)).SingleAsync(ct)).Get<long>("written");
            // Fewer written than read means writes raced this batch; a short batch means there is no more.
            if (records.Count < BackfillBatchSize || written == 0) return;
        }
    }
}
