using GeoGraph.Bolt;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// How domain values are stored in Neo4j and read back: instants as DATETIME (with their offset),
/// validity dates as DATE, enums as upper-case names, qualifiers whole as JSON (plus a readable
/// <c>q_&lt;key&gt;</c> property each, for Browser), citations as parallel lists on the relationship.
/// </summary>
internal static class Neo4jValues
{
    /// <summary>Separates alias keys in <c>aliasText</c>; a control character, so never inside a key.</summary>
    public const char AliasSeparator = '\u0001';

    /// <summary>
    /// Instants are stored and compared in UTC: Neo4j orders two DATETIMEs of the same instant by
    /// their offsets, so <c>recordedAt &lt;= $knownAt</c> would fail at the boundary across offsets.
    /// (An article's publishedAt keeps its offset: it is shown, never compared.)
    /// </summary>
    public static DateTimeOffset Utc(DateTimeOffset t) => t.ToUniversalTime();

    public static DateTimeOffset? Utc(DateTimeOffset? t) => t?.ToUniversalTime();

    public static string Kind(NodeKind kind) => kind.ToString().ToUpperInvariant();

    public static NodeKind ParseKind(string s) => Enum.Parse<NodeKind>(s, ignoreCase: true);

    public static string Stance(CitationStance s) => s.ToString().ToUpperInvariant();

    public static string Precision(DatePrecision p) => p.ToString().ToUpperInvariant();

    public static string AliasText(IEnumerable<string> aliases) =>
        AliasSeparator + string.Concat(SearchKeys.OfAliases(aliases).Select(k => k + AliasSeparator));

    // Records → domain objects. Field names are those the statements in cypher/queries return.

    public static Node ReadNode(Record r) => new(
        r.Get<string>("id"), ParseKind(r.Get<string>("kind")), r.Get<string>("name"),
        Strings(r["aliases"]), r["description"] as string, Instant(r["recordedAt"]))
    {
        ExternalIds = Strings(r["externalIds"]).Select(ExternalIdOf).ToArray(),
    };

    /// <summary>External ids are stored as their keys, "scheme:id" (schemes hold no ':').</summary>
    private static ExternalId ExternalIdOf(string key) => new(key[..key.IndexOf(':', StringComparison.Ordinal)], key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..]);

    /// <summary>Every external-id key between separators, so an exact key is a CONTAINS (find_nodes_by_external_ids).</summary>
    public static string ExternalIdText(IEnumerable<ExternalId> ids) =>
        AliasSeparator + string.Concat(ids.Select(x => x.Key + AliasSeparator));

    public static Article ReadArticle(Record r) => new(
        r.Get<string>("id"), r.Get<string>("title"), r["publisher"] as string, r["url"] as string,
        r["publishedAt"] is null ? null : Instant(r["publishedAt"]), r["language"] as string,
        r.Get<string>("textSha256"), r.Get<int>("textLength"), r["text"] as string, Instant(r["recordedAt"]));

    /// <summary>
    /// A stored relation as apply_merge_relations returns it when the batch found it already there:
    /// only what decides a repeat from a conflict (confidence, qualifiers, retraction) comes from the
    /// store; the rest is the batch's own copy, which the id already makes identical.
    /// </summary>
    public static Relation ReadStoredFact(IReadOnlyDictionary<string, object?> stored, IReadOnlyDictionary<string, Relation> batch) =>
        batch[(string)stored["id"]!] with
        {
            Confidence = Convert.ToDouble(stored["confidence"], System.Globalization.CultureInfo.InvariantCulture),
            Qualifiers = QualifierJson.Read((string)stored["qualifiers"]!),
            RetractedAt = stored["retractedAt"] is { } at ? Instant(at) : null,
            RetractReason = stored["retractReason"] as string,
        };

    public static Relation ReadRelation(Record r) => new(
        r.Get<string>("id"), r.Get<string>("type"), r.Get<string>("subjectId"), r.Get<string>("objectId"),
        r["qualifiers"] is string json ? QualifierJson.Read(json) : [],
        PartialDateOf(r["validFrom"], r["validFromPrecision"]), PartialDateOf(r["validTo"], r["validToPrecision"]),
        r.Get<double>("confidence"), Instant(r["recordedAt"]), r.Get<string>("recordedBy"),
        r["retractedAt"] is null ? null : Instant(r["retractedAt"]), r["retractedBy"] as string, r["retractReason"] as string);

    /// <summary>The citations of one relation, from its parallel lists.</summary>
    public static CitationLists ReadCitations(Record r) => ReadCitations(r, "qualifiers");

    /// <param name="qualifiersKey">The field holding the citations' qualifier list (a statement that also returns the relation's own qualifiers names it otherwise).</param>
    public static CitationLists ReadCitations(Record r, string qualifiersKey)
    {
        var relationId = r.Get<string>("relationId");
        var articles = Strings(r["articleIds"]);
        var quotes = Strings(r["quotes"]);
        var starts = ListOf(r["starts"], v => (long)v!);
        var ends = ListOf(r["ends"], v => (long)v!);
        var speakers = Strings(r["speakerIds"]);
        var stances = Strings(r["stances"]);
        var verified = ListOf(r["verified"], v => (bool)v!);
        // Absent on relationships written before citations kept their describing qualifiers.
        var qualifiers = r.Keys.Contains(qualifiersKey) ? Strings(r[qualifiersKey]) : [];
        var citations = new List<Citation>(articles.Length);
        for (var i = 0; i < articles.Length; i++)
            citations.Add(new Citation(relationId, articles[i], quotes[i], (int)starts[i], (int)ends[i],
                speakers[i] is { Length: > 0 } speaker ? speaker : null, Enum.Parse<CitationStance>(stances[i], ignoreCase: true), verified[i])
            {
                Qualifiers = i < qualifiers.Length ? QualifierJson.Read(qualifiers[i]) : [],
            });
        return new CitationLists(relationId, r.Keys.Contains("elementId") ? r["elementId"] as string : null, citations);
    }

    /// <summary>One citation of the citations listing (find_citations*.cypher).</summary>
    public static Citation ReadCitation(Record r) => new(
        r.Get<string>("relationId"), r.Get<string>("articleId"), r.Get<string>("quote"), r.Get<int>("startOffset"), r.Get<int>("endOffset"),
        r["speakerId"] is string { Length: > 0 } speaker ? speaker : null, Enum.Parse<CitationStance>(r.Get<string>("stance"), ignoreCase: true),
        r.Get<bool>("verified"))
    {
        Qualifiers = r.Keys.Contains("qualifiers") && r["qualifiers"] is string json ? QualifierJson.Read(json) : [],
    };

    /// <summary>A citations listing's order as its statements name it.</summary>
    public static string Order(CitationOrder order) => order switch
    {
        CitationOrder.Relevance => "RELEVANCE",
        CitationOrder.PublishedAtAsc => "PUBLISHED_AT_ASC",
        CitationOrder.PublishedAtDesc => "PUBLISHED_AT_DESC",
        _ => "KEY",
    };

    /// <summary>A relationship's citations as the store holds them: ordered by (article, start, end).</summary>
    public sealed record CitationLists(string RelationId, string? ElementId, List<Citation> Citations)
    {
        public Dictionary<string, object?> ToRow()
        {
            var ordered = Citations.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.End).ToArray();
            return new()
            {
                ["elementId"] = ElementId,
                ["articleIds"] = ordered.Select(c => c.ArticleId).ToArray(),
                ["quotes"] = ordered.Select(c => c.Quote).ToArray(),
                ["starts"] = ordered.Select(c => (long)c.Start).ToArray(),
                ["ends"] = ordered.Select(c => (long)c.End).ToArray(),
                ["speakerIds"] = ordered.Select(c => c.SpeakerId ?? "").ToArray(),
                ["stances"] = ordered.Select(c => Stance(c.Stance)).ToArray(),
                ["verified"] = ordered.Select(c => c.Verified).ToArray(),
                // What the quote full-text index holds (Core's TextSearch words), recomputed from the quotes on every write.
                ["quoteWords"] = ordered.Select(c => TextSearch.Indexed(c.Quote)).ToArray(),
                ["qualifiers"] = ordered.Select(c => QualifierJson.Write(c.Qualifiers)).ToArray(),
            };
        }
    }

    // Domain objects → parameters.

    public static Dictionary<string, object?> NodeRow(Node n) => new()
    {
        ["id"] = n.Id,
        ["kind"] = Kind(n.Kind),
        ["name"] = n.Name,
        ["aliases"] = n.Aliases.ToArray(),
        ["aliasText"] = AliasText(n.Aliases),
        ["searchKey"] = SearchKeys.Of(n.Name),
        ["description"] = n.Description,
        ["recordedAt"] = Utc(n.RecordedAt),
        ["externalIds"] = n.ExternalIds.Select(x => x.Key).ToArray(),
        ["externalIdText"] = ExternalIdText(n.ExternalIds),
    };

    /// <summary>An article's properties (null ones are simply not set).</summary>
    public static Dictionary<string, object?> ArticleRow(Article a) => new()
    {
        ["id"] = a.Id,
        ["title"] = a.Title,
        ["titleKey"] = SearchKeys.Of(a.Title),
        ["publisher"] = a.Publisher,
        ["url"] = a.Url,
        ["publishedAt"] = a.PublishedAt,
        ["language"] = a.Language,
        ["textSha256"] = a.TextSha256,
        ["textLength"] = (long)a.TextLength,
        ["text"] = a.Text,
        ["textWords"] = a.Text is null ? null : TextSearch.Indexed(a.Text),
        ["recordedAt"] = Utc(a.RecordedAt),
    };

    /// <summary>
    /// A relation's row for apply_merge_relations: its ends, id and properties. A new relation's
    /// citations start empty (the store adds them under a lock); an export passes them all.
    /// </summary>
    public static Dictionary<string, object?> RelationRow(Relation r, IEnumerable<Citation>? citations = null)
    {
        var properties = new Dictionary<string, object?>
        {
            ["qualifiers"] = QualifierJson.Write(r.Qualifiers),
            ["validFrom"] = r.ValidFrom?.Start,
            ["validFromPrecision"] = r.ValidFrom is { } f ? Precision(f.Precision) : null,
            ["validTo"] = r.ValidTo?.Start,
            ["validToPrecision"] = r.ValidTo is { } t ? Precision(t.Precision) : null,
            ["validToEnd"] = r.ValidTo?.End,
            ["confidence"] = r.Confidence,
            ["recordedAt"] = Utc(r.RecordedAt),
            ["recordedBy"] = r.RecordedBy,
            ["retractedAt"] = Utc(r.RetractedAt),
            ["retractedBy"] = r.RetractedBy,
            ["retractReason"] = r.RetractReason,
        };
        // Readable in Browser beside the JSON that keeps number, unit and entity.
        foreach (var q in r.Qualifiers) properties["q_" + q.Key] = q.Value;
        foreach (var (key, value) in new CitationLists(r.Id, null, citations?.ToList() ?? []).ToRow())
            if (key != "elementId") properties["citation" + char.ToUpperInvariant(key[0]) + key[1..]] = value;
        return new() { ["id"] = r.Id, ["subjectId"] = r.SubjectId, ["objectId"] = r.ObjectId, ["properties"] = properties };
    }

    public static DateTimeOffset Instant(object? value) => value switch
    {
        DateTimeOffset d => d,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        ZonedDateTime z => new DateTimeOffset(z.UtcDateTime, TimeSpan.Zero),
        _ => throw new InvalidCastException($"Expected a DATETIME, got {value?.GetType().Name ?? "null"}."),
    };

    private static PartialDate? PartialDateOf(object? date, object? precision) =>
        date is DateOnly d ? new PartialDate(d, Enum.Parse<DatePrecision>((string)precision!, ignoreCase: true)) : null;

    public static string[] Strings(object? list) => ListOf(list, v => (string)v!);

    private static T[] ListOf<T>(object? list, Func<object?, T> convert) =>
        list is object?[] items ? items.Select(convert).ToArray() : [];
}
