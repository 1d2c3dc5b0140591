using System.Text.Json;
using System.Xml;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Cli.Export;

/// <summary>
/// The graph as GraphML (graphml.graphdrawing.org), which Gephi and yEd open: entities, claims
/// and articles are nodes; relations (retracted ones too, with their retraction) and each
/// article's MENTIONS are directed edges. Every node and edge has a <c>label</c> (name, title or
/// relation type) and a <c>kind</c>; a relation's citations are a JSON array in <c>citations</c>.
/// Article texts are left out (json and cypher carry them).
/// </summary>
public sealed class GraphMlExport : IExportWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Every key: (id, for, type). The id is also the attribute's name.</summary>
    private static readonly (string Id, string For, string Type)[] Keys =
    [
        ("label", "all", "string"),
        ("kind", "all", "string"),
        ("recordedAt", "all", "string"),
        ("aliases", "node", "string"),
        ("description", "node", "string"),
        ("publisher", "node", "string"),
        ("url", "node", "string"),
        ("publishedAt", "node", "string"),
        ("language", "node", "string"),
        ("textSha256", "node", "string"),
        ("textLength", "node", "int"),
        ("qualifiers", "edge", "string"),
        ("validFrom", "edge", "string"),
        ("validFromPrecision", "edge", "string"),
        ("validTo", "edge", "string"),
        ("validToPrecision", "edge", "string"),
        ("confidence", "edge", "double"),
        ("recordedBy", "edge", "string"),
        ("retractedAt", "edge", "string"),
        ("retractedBy", "edge", "string"),
        ("retractReason", "edge", "string"),
        ("citationCount", "edge", "int"),
        ("citations", "edge", "string"),
    ];

    private readonly XmlWriter _xml;
    private readonly ArticleMentions _mentions = new();
    private bool _started;

    public GraphMlExport(TextWriter output) =>
        _xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Indent = true, CloseOutput = false });

    public int Nodes { get; private set; }
    public int Edges { get; private set; }

    public async Task WriteAsync(StoreChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        await StartAsync();
        foreach (var a in chunk.Articles)
            await NodeAsync(a.Id, ("label", a.Title), ("kind", "ARTICLE"), ("publisher", a.Publisher), ("url", a.Url),
                ("publishedAt", ExportValues.Instant(a.PublishedAt)), ("language", a.Language), ("textSha256", a.TextSha256),
                ("textLength", ExportValues.Number(a.TextLength)), ("recordedAt", ExportValues.Instant(a.RecordedAt)));
        foreach (var n in chunk.Nodes)
            await NodeAsync(n.Id, ("label", n.Name), ("kind", KindNames.Of(n.Kind)), ("aliases", ExportValues.Json(n.Aliases)),
                ("description", n.Description), ("recordedAt", ExportValues.Instant(n.RecordedAt)));
        var citations = chunk.Citations.ToLookup(c => c.RelationId, StringComparer.Ordinal);
        foreach (var r in chunk.Relations)
        {
            var cited = citations[r.Id].ToArray();
            await EdgeAsync(r.Id, r.SubjectId, r.ObjectId, ("label", r.Type), ("kind", r.Type), ("qualifiers", ExportValues.Qualifiers(r.Qualifiers)),
                ("validFrom", r.ValidFrom?.ToString()), ("validFromPrecision", ExportValues.Precision(r.ValidFrom)),
                ("validTo", r.ValidTo?.ToString()), ("validToPrecision", ExportValues.Precision(r.ValidTo)),
                ("confidence", ExportValues.Number(r.Confidence)), ("recordedAt", ExportValues.Instant(r.RecordedAt)), ("recordedBy", r.RecordedBy),
                ("retractedAt", ExportValues.Instant(r.RetractedAt)), ("retractedBy", r.RetractedBy), ("retractReason", r.RetractReason),
                ("citationCount", ExportValues.Number(cited.Length)), ("citations", Citations(cited)));
        }
        foreach (var (articleId, nodeId) in _mentions.NewIn(chunk))
            await EdgeAsync($"mentions:{articleId}->{nodeId}", articleId, nodeId, ("label", "MENTIONS"), ("kind", "MENTIONS"));
    }

    public async Task CompleteAsync()
    {
        await StartAsync();
        await _xml.WriteEndElementAsync();
        await _xml.WriteEndElementAsync();
        await _xml.WriteEndDocumentAsync();
        await _xml.FlushAsync();
    }

    public ValueTask DisposeAsync()
    {
        _xml.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task StartAsync()
    {
        if (_started) return;
        _started = true;
        await _xml.WriteStartDocumentAsync();
        await _xml.WriteStartElementAsync(null, "graphml", Ns);
        foreach (var (id, target, type) in Keys)
        {
            await _xml.WriteStartElementAsync(null, "key", Ns);
            await _xml.WriteAttributeStringAsync(null, "id", null, id);
            await _xml.WriteAttributeStringAsync(null, "for", null, target);
            await _xml.WriteAttributeStringAsync(null, "attr.name", null, id);
            await _xml.WriteAttributeStringAsync(null, "attr.type", null, type);
            await _xml.WriteEndElementAsync();
        }
        await _xml.WriteStartElementAsync(null, "graph", Ns);
        await _xml.WriteAttributeStringAsync(null, "id", null, "geograph");
        await _xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
    }

    private async Task NodeAsync(string id, params (string Key, string? Value)[] data)
    {
        await _xml.WriteStartElementAsync(null, "node", Ns);
        await _xml.WriteAttributeStringAsync(null, "id", null, id);
        await DataAsync(data);
        await _xml.WriteEndElementAsync();
        Nodes++;
    }

    private async Task EdgeAsync(string id, string source, string target, params (string Key, string? Value)[] data)
    {
        await _xml.WriteStartElementAsync(null, "edge", Ns);
        await _xml.WriteAttributeStringAsync(null, "id", null, id);
        await _xml.WriteAttributeStringAsync(null, "source", null, source);
        await _xml.WriteAttributeStringAsync(null, "target", null, target);
        await DataAsync(data);
        await _xml.WriteEndElementAsync();
        Edges++;
    }

    private async Task DataAsync((string Key, string? Value)[] data)
    {
        foreach (var (key, value) in data)
        {
            if (value is null) continue;
            await _xml.WriteStartElementAsync(null, "data", Ns);
            await _xml.WriteAttributeStringAsync(null, "key", null, key);
            await _xml.WriteStringAsync(value);
            await _xml.WriteEndElementAsync();
        }
    }

    private static string Citations(IEnumerable<Citation> citations) => JsonSerializer.Serialize(
        citations.Select(c => new
        {
            article = c.ArticleId, quote = c.Quote, start = c.Start, end = c.End, speaker = c.SpeakerId,
            stance = c.Stance.ToString().ToUpperInvariant(), verified = c.Verified,
            // The source's own describing qualifiers ("roughly" where another said "about").
            qualifiers = System.Text.Json.Nodes.JsonNode.Parse(ExportValues.Qualifiers(c.Qualifiers)),
        }), ExportValues.JsonOptions);
}
