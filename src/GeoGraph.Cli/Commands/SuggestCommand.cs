using System.CommandLine;
using System.Globalization;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Suggestions;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph suggest &lt;article.txt&gt; [--published-at …] [--title …] [--out file] [--store …]</c>: prints a
/// draft geograph-bundle/1 document for the article on stdout (entities from the store's names,
/// countries and demonyms; candidate relations from the trigger rules), and on stderr one line
/// per candidate relation with its confidence and rule. It only reads the store; the edited
/// draft goes to <c>geograph import</c> or <c>ingestArticle</c>.
/// </summary>
public static class SuggestCommand
{
    public static Command Create(CliContext context)
    {
        var store = CliConfiguration.StoreOption("--store", "the store whose entity names are looked for (default: the configured one)");
        var file = new Argument<string>("article") { Description = "the article's text (UTF-8); normalised as on ingestion, offsets refer to that form" };
        var publishedAt = new Option<string?>("--published-at") { Description = "when the article was published (ISO 8601 with an offset, e.g. 2025-10-14T10:33:00+05:30)", HelpName = "date-time" };
        var title = new Option<string?>("--title") { Description = "the headline (default: the text's first line)" };
        var publisher = new Option<string?>("--publisher") { Description = "the publisher's name" };
        var url = new Option<string?>("--url") { Description = "where the article was published" };
        var output = new Option<string?>("--out") { Description = "write the draft to this file instead of stdout", HelpName = "file" };
        var command = new Command("suggest", "Print a draft bundle for an article: the entities it names and candidate relations, each with its quote. Stores nothing.")
        {
            file, store, publishedAt, title, publisher, url, output,
        };
        command.SetAction((parsed, ct) => CliApp.GuardAsync(context, "suggest", () => RunAsync(context, parsed.GetValue(store), parsed.GetValue(file)!, parsed.GetValue(output),
            new SuggestRequest("", ParseDate(parsed.GetValue(publishedAt)), parsed.GetValue(title), parsed.GetValue(publisher), parsed.GetValue(url)), ct)));
        return command;
    }

    private static DateTimeOffset? ParseDate(string? value)
    {
        if (value is null) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && HasOffset(value)) return at;
        throw CliException.Usage($"--published-at '{value}' is not an ISO 8601 date-time with an offset (e.g. 2025-10-14T10:33:00+05:30)");
    }

    private static bool HasOffset(string value) => value.EndsWith('Z') || value.LastIndexOfAny(['+', '-']) > value.IndexOf('T', StringComparison.Ordinal) && value.Contains('T', StringComparison.Ordinal);

    private static async Task<int> RunAsync(CliContext context, Storage.StoreLocation? location, string file, string? output, SuggestRequest request, CancellationToken ct)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(file, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"cannot read {file}: {e.Message}");
        }

        await using var source = await CliStore.OpenAsync(context, location, mustExist: true, ct).ConfigureAwait(false);
        var draft = await BundleSuggester.Default.SuggestAsync(source.Store, request with { Text = text }, ct).ConfigureAwait(false);
        var json = BundleJson.Write(draft.Bundle);
        if (output is null) await context.Out.WriteLineAsync(json).ConfigureAwait(false);
        else
        {
            try
            {
                await File.WriteAllTextAsync(output, json + "\n", ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.Failure, $"cannot write {output}: {e.Message}");
            }
            await context.Error.WriteLineAsync($"wrote {output}").ConfigureAwait(false);
        }

        var proposed = draft.Entities.Count(e => !e.Known);
        await context.Error.WriteLineAsync(
            $"{draft.ArticleId}: {Report.Count(draft.Entities.Count, "entity", "entities")} ({proposed} proposed), {Report.Count(draft.Mentions.Count, "mention")}, "
            + $"{Report.Count(draft.Relations.Count, "candidate relation")} (names from {source.Description})").ConfigureAwait(false);
        foreach (var r in draft.Relations)
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {r.Subject} {r.Type} {r.Object}  {r.Confidence:0.00} {r.Rule}  [{r.Start},{r.End}) \"{r.Quote}\"")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
