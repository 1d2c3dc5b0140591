using System.CommandLine;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph verify --article-text &lt;file&gt; [--no-store] [--store …]</c>: supplies an article's
/// text after the fact. The text is normalised and hashed; the stored article with that hash is
/// found, its length checked, and every citation quoting it (retracted relations' too) checked at
/// its offsets, as the stores check them (<see cref="QuoteCheck.MatchesAt"/>). Then, unless
/// <c>--no-store</c>, the text is ingested, which makes every citation whose quote matches verified.
/// Exit 1 when anything does not match.
/// </summary>
public static class VerifyCommand
{
    public const string Actor = "verify";

    public static Command Create(CliContext context)
    {
        var store = CliConfiguration.StoreOption("--store", "the store holding the article (default: the configured one)");
        var textFile = new Option<string>("--article-text")
        {
            Description = "the article's text (UTF-8); it is normalised (NFC, LF line ends, trimmed) as on ingestion",
            HelpName = "file",
            Required = true,
        };
        var noStore = new Option<bool>("--no-store") { Description = "only check; do not store the text" };
        var command = new Command("verify", "Check every citation of an article against its text, then store the text so they become verified.")
        {
            store, textFile, noStore,
        };
        command.SetAction((parsed, ct) => CliApp.GuardAsync(context, "verify", () =>
            RunAsync(context, parsed.GetValue(store), parsed.GetValue(textFile)!, parsed.GetValue(noStore), ct)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, Storage.StoreLocation? location, string file, bool noStore, CancellationToken ct)
    {
        string raw;
        try
        {
            raw = await File.ReadAllTextAsync(file, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"cannot read {file}: {e.Message}");
        }
        var text = ArticleText.Normalize(raw);
        if (text.Length == 0) throw CliException.Usage($"{file} holds no text");
        var sha = ContentIds.Sha256Hex(text);
        var id = ContentIds.ForArticle(sha);

        await using var target = await CliStore.OpenAsync(context, location, mustExist: true, ct).ConfigureAwait(false);
        var found = await target.Store.GetArticlesAsync([id], includeText: true, ct).ConfigureAwait(false);
        if (!found.TryGetValue(id, out var article))
            throw new CliException(ExitCodes.Failure,
                $"{target.Description} holds no article with this text ({id}, SHA-256 {sha} of the normalised text): "
                + "ingest the article first, or check that this is the text it was ingested with");

        var articleFailures = new List<string>();
        if (article.TextSha256 != sha)
            articleFailures.Add($"{id}: the stored text hash is {article.TextSha256}, this text's is {sha}");
        if (article.TextLength != text.Length)
            articleFailures.Add($"{id}: the stored length is {article.TextLength} UTF-16 code units, this text's is {text.Length}");

        var citations = await CitationsAsync(target.Store, id, ct).ConfigureAwait(false);
        var quoteFailures = citations.Where(c => !QuoteCheck.MatchesAt(text, c.Quote, c.Start, c.End)).Select(c => Mismatch(text, c)).ToArray();
        await context.Out.WriteLineAsync(
            $"{id} '{article.Title}': {Report.Count(citations.Count, "citation")} in {Report.Count(citations.Select(c => c.RelationId).Distinct().Count(), "relation")}; "
            + $"{citations.Count - quoteFailures.Length} match their quotes, {quoteFailures.Length} do not").ConfigureAwait(false);
        foreach (var failure in articleFailures.Concat(quoteFailures)) await context.Error.WriteLineAsync("  " + failure).ConfigureAwait(false);

        if (noStore)
        {
            await context.Out.WriteLineAsync("--no-store: the text was not stored").ConfigureAwait(false);
        }
        else if (article.Text is not null)
        {
            await context.Out.WriteLineAsync("the store already holds this text").ConfigureAwait(false);
        }
        else if (articleFailures.Count > 0)
        {
            await context.Out.WriteLineAsync("the text was not stored: it is not the stored article's").ConfigureAwait(false);
        }
        else
        {
            // Through ingestion, like any text supplied later: the store fills the text in and
            // verifies, in the same transaction, every stored citation whose quote matches.
            var bundle = new Bundle
            {
                Articles =
                [
                    new BundleArticle
                    {
                        Id = id, Title = article.Title, Publisher = article.Publisher, Url = article.Url, PublishedAt = article.PublishedAt,
                        Language = article.Language, Text = text,
                    },
                ],
            };
            var result = await target.Ingestor(context.Clock).IngestAsync(bundle, Actor, ct).ConfigureAwait(false);
            var verified = (await CitationsAsync(target.Store, id, ct).ConfigureAwait(false)).Count(c => c.Verified);
            await context.Out.WriteLineAsync(
                $"stored the text ({Report.Changes(result.Applied)}): {verified} of {Report.Count(citations.Count, "citation")} now verified").ConfigureAwait(false);
        }
        return articleFailures.Count + quoteFailures.Length > 0 ? ExitCodes.Failure : ExitCodes.Ok;
    }

    /// <summary>Every citation quoting the article, from every relation it is cited for (retracted ones too).</summary>
    private static async Task<IReadOnlyList<Citation>> CitationsAsync(IGraphReader store, string articleId, CancellationToken ct)
    {
        var citations = new List<Citation>();
        var filter = StoreDump.AllRelations with { ArticleId = articleId };
        await foreach (var page in StoreDump.PagesAsync((p, c) => store.FindRelationsAsync(filter, p, c), StoreDump.PageSize, ct).ConfigureAwait(false))
        {
            var byRelation = await store.GetCitationsAsync(page.Select(r => r.Id).ToArray(), ct).ConfigureAwait(false);
            citations.AddRange(page.SelectMany(r => byRelation[r.Id]).Where(c => c.ArticleId == articleId));
        }
        return citations;
    }

    /// <summary>"rel:… [20,105): expected '…', the text there is '…' (the quote first occurs at 512)".</summary>
    private static string Mismatch(string text, Citation c)
    {
        var start = Math.Clamp(c.Start, 0, text.Length);
        var end = Math.Clamp(c.End, start, text.Length);
        var first = text.IndexOf(c.Quote, StringComparison.Ordinal);
        var where = first < 0 ? "the quote does not occur in the text" : $"the quote first occurs at {first}";
        return $"{c.RelationId} [{c.Start},{c.End}): expected '{c.Quote}', the text there is '{text[start..end]}' ({where})";
    }
}
