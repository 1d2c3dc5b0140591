using System.Text.Encodings.Web;
using System.Text.Json;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite;

// The bench's hand-written endpoint: GET /entity-relations?id=… answers exactly what the API's
// GraphQL answers for bench/queries/entity-relations.graphql, from the same SQLite file through
// the same store calls (node, relation page, ends, citations, articles), written straight to the
// response with Utf8JsonWriter. bench/run.sh checks the two answers are byte-identical, then
// loads both: their ratio is what the GraphQL layer costs. Not part of the product.
var builder = WebApplication.CreateSlimBuilder(args);
var path = builder.Configuration["Storage:Sqlite:Path"] ?? throw new InvalidOperationException("set Storage__Sqlite__Path");
// The API checks the file when it opens it; the bench has just imported it, so skip the full read.
var store = SqliteGraphStore.Open(new SqliteStoreOptions { Path = path, CheckOnOpen = false });
var app = builder.Build();
var writerOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

app.MapGet("/entity-relations", async (string id, HttpContext http) =>
{
    var ct = http.RequestAborted;
    var now = DateTimeOffset.UtcNow;
    var nodeTask = store.GetNodesAsync([id], ct);
    var page = await store.FindRelationsAsync(new RelationFilter(now, InvolvesId: id), PageRequest.FirstPage(20), ct);
    var relations = page.Items.Select(i => i.Item).ToList();
    var ends = relations.SelectMany(r => new[] { r.SubjectId, r.ObjectId }).Distinct().ToList();
    var endsTask = store.GetNodesAsync(ends, ct);
    var citations = await store.GetCitationsAsync(relations.Select(r => r.Id).ToList(), ct);
    var articles = await store.GetArticlesAsync(citations.SelectMany(g => g).Select(c => c.ArticleId).Distinct().ToList(), includeText: false, ct);
    var nodes = await endsTask;
    var entity = (await nodeTask).GetValueOrDefault(id);

    http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    await using var json = new Utf8JsonWriter(http.Response.BodyWriter, writerOptions);
    json.WriteStartObject();
    json.WriteStartObject("data");
    if (entity is null) json.WriteNull("entity");
    else
    {
        json.WriteStartObject("entity");
        json.WriteString("id", entity.Id);
        json.WriteString("kind", entity.Kind.ToString().ToUpperInvariant());
        json.WriteString("name", entity.Name);
        if (entity.Kind != NodeKind.Claim)
        {
            json.WriteStartArray("aliases");
            foreach (var alias in entity.Aliases) json.WriteStringValue(alias);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
    json.WriteStartObject("relations");
    json.WriteStartArray("edges");
    foreach (var r in relations)
    {
        json.WriteStartObject();
        json.WriteStartObject("node");
        json.WriteString("id", r.Id);
        json.WriteString("type", r.Type);
        WriteEnd(json, "subject", nodes[r.SubjectId]);
        WriteEnd(json, "object", nodes[r.ObjectId]);
        json.WriteStartArray("qualifiers");
        foreach (var q in r.Qualifiers)
        {
            json.WriteStartObject();
            json.WriteString("key", q.Key);
            json.WriteString("value", q.Value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (r.ValidFrom is { } from) json.WriteString("validFrom", from.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else json.WriteNull("validFrom");
        json.WriteNumber("confidence", r.Confidence);
        json.WriteStartArray("citations");
        foreach (var c in citations[r.Id])
        {
            var article = articles[c.ArticleId];
            json.WriteStartObject();
            json.WriteString("quote", c.Quote);
            json.WriteNumber("start", c.Start);
            json.WriteNumber("end", c.End);
            json.WriteString("stance", c.Stance.ToString().ToUpperInvariant());
            json.WriteStartObject("article");
            json.WriteString("id", article.Id);
            json.WriteString("title", article.Title);
            if (article.PublishedAt is { } published) json.WriteString("publishedAt", published);
            else json.WriteNull("publishedAt");
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }
    json.WriteEndArray();
    json.WriteEndObject();
    json.WriteEndObject();
    json.WriteEndObject();
    await json.FlushAsync(ct);
});

app.Run();

static void WriteEnd(Utf8JsonWriter json, string name, Node node)
{
    json.WriteStartObject(name);
    json.WriteString("id", node.Id);
    json.WriteString("name", node.Name);
    json.WriteEndObject();
}
