using System.Text;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Storage;

namespace GeoGraph.Cli.Export;

/// <summary>
/// The graph as CSV files in a directory, RFC 4180 (CRLF line ends; a field with a comma, quote or
/// line break is quoted, its quotes doubled; UTF-8 without a byte order mark): <c>nodes.csv</c>
/// (entities and claims), <c>articles.csv</c> (metadata, not text), <c>relations.csv</c> (one row
/// per relation, retracted ones too, with <c>citationCount</c>) and <c>citations.csv</c> (one row
/// per citation, with the describing qualifiers its source gave). Lists (aliases, qualifiers) are JSON inside their field.
/// </summary>
public sealed class CsvExport : IExportWriter
{
    public static readonly string[] FileNames = ["nodes.csv", "articles.csv", "relations.csv", "citations.csv"];

    private readonly StreamWriter _nodes, _articles, _relations, _citations;

    public CsvExport(string directory)
    {
        Directory.CreateDirectory(directory);
        StreamWriter Open(string name, params string[] header)
        {
            var writer = new StreamWriter(Path.Combine(directory, name), append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\r\n" };
            writer.WriteLine(Row(header));
            return writer;
        }
        _nodes = Open(FileNames[0], "id", "kind", "name", "aliases", "description", "recordedAt");
        _articles = Open(FileNames[1], "id", "title", "publisher", "url", "publishedAt", "language", "textSha256", "textLength", "hasText", "recordedAt");
        _relations = Open(FileNames[2], "id", "type", "subject", "object", "qualifiers", "validFrom", "validFromPrecision", "validTo", "validToPrecision",
            "confidence", "recordedAt", "recordedBy", "retractedAt", "retractedBy", "retractReason", "citationCount");
        _citations = Open(FileNames[3], "relationId", "articleId", "quote", "start", "end", "speakerId", "stance", "verified", "qualifiers");
    }

    public int Rows { get; private set; }

    public async Task WriteAsync(StoreChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        foreach (var n in chunk.Nodes)
            await LineAsync(_nodes, n.Id, KindNames.Of(n.Kind), n.Name, ExportValues.Json(n.Aliases), n.Description, ExportValues.Instant(n.RecordedAt));
        foreach (var a in chunk.Articles)
            await LineAsync(_articles, a.Id, a.Title, a.Publisher, a.Url, ExportValues.Instant(a.PublishedAt), a.Language, a.TextSha256,
                ExportValues.Number(a.TextLength), a.Text is null ? "false" : "true", ExportValues.Instant(a.RecordedAt));
        var citations = chunk.Citations.ToLookup(c => c.RelationId, StringComparer.Ordinal);
        foreach (var r in chunk.Relations)
            await LineAsync(_relations, r.Id, r.Type, r.SubjectId, r.ObjectId, ExportValues.Qualifiers(r.Qualifiers),
                r.ValidFrom?.ToString(), ExportValues.Precision(r.ValidFrom), r.ValidTo?.ToString(), ExportValues.Precision(r.ValidTo),
                ExportValues.Number(r.Confidence), ExportValues.Instant(r.RecordedAt), r.RecordedBy,
                ExportValues.Instant(r.RetractedAt), r.RetractedBy, r.RetractReason, ExportValues.Number(citations[r.Id].Count()));
        foreach (var c in chunk.Citations)
            await LineAsync(_citations, c.RelationId, c.ArticleId, c.Quote, ExportValues.Number(c.Start), ExportValues.Number(c.End), c.SpeakerId,
                c.Stance.ToString().ToUpperInvariant(), c.Verified ? "true" : "false", ExportValues.Qualifiers(c.Qualifiers));
    }

    public async Task CompleteAsync()
    {
        foreach (var writer in new[] { _nodes, _articles, _relations, _citations }) await writer.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in new[] { _nodes, _articles, _relations, _citations }) await writer.DisposeAsync();
    }

    private async Task LineAsync(StreamWriter writer, params string?[] fields)
    {
        await writer.WriteLineAsync(Row(fields));
        Rows++;
    }

    /// <summary>One RFC 4180 record (without its line end); a null field is empty.</summary>
    public static string Row(IEnumerable<string?> fields) => string.Join(",", fields.Select(Field));

    private static string Field(string? value) =>
        value is null ? ""
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}
