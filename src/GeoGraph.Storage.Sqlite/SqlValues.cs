using System.Globalization;
using System.Text;
using System.Text.Json;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

/// <summary>
/// How domain values are stored: timestamps as fixed-width ISO-8601 UTC text (text order is time
/// order, so knownAt compares in SQL), dates as yyyy-MM-dd, enums as upper-case names, qualifiers
/// and aliases as JSON, search keys as NFC + ToLowerInvariant (SQLite's lower() is ASCII-only).
/// </summary>
internal static class SqlValues
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private const string DateFormat = "yyyy-MM-dd";

    public static string Timestamp(DateTimeOffset t) => t.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static object Timestamp(DateTimeOffset? t) => t is { } v ? Timestamp(v) : DBNull.Value;

    public static DateTimeOffset ParseTimestamp(string s) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(s, TimestampFormat, CultureInfo.InvariantCulture), DateTimeKind.Utc));

    /// <summary>
    /// An instant as published, keeping its offset (an article's local time, e.g. +05:30 IST);
    /// only for values that are shown, never compared in SQL.
    /// </summary>
    public static object InstantWithOffset(DateTimeOffset? t) =>
        t is { } v ? v.ToString("O", CultureInfo.InvariantCulture) : DBNull.Value;

    public static DateTimeOffset ParseInstantWithOffset(string s) =>
        DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string Date(DateOnly d) => d.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string s) => DateOnly.ParseExact(s, DateFormat, CultureInfo.InvariantCulture);

    public static string Kind(NodeKind kind) => kind.ToString().ToUpperInvariant();

    public static NodeKind ParseKind(string s) => Enum.Parse<NodeKind>(s, ignoreCase: true);

    public static string Precision(DatePrecision p) => p.ToString().ToUpperInvariant();

    public static string Stance(CitationStance s) => s.ToString().ToUpperInvariant();

    public static object Nullable(string? s) => (object?)s ?? DBNull.Value;

    public static string Qualifiers(IReadOnlyList<Qualifier> qualifiers) => QualifierJson.Write(qualifiers);

    public static IReadOnlyList<Qualifier> ParseQualifiers(string json) => QualifierJson.Read(json);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Aliases(IReadOnlyList<string> aliases) => JsonSerializer.Serialize(aliases, Json);

    public static IReadOnlyList<string> ParseAliases(string json) => JsonSerializer.Deserialize<string[]>(json, Json) ?? [];

    public static string ExternalIds(IReadOnlyList<ExternalId> ids) => JsonSerializer.Serialize(ids, Json);

    public static IReadOnlyList<ExternalId> ParseExternalIds(string json) => JsonSerializer.Deserialize<ExternalId[]>(json, Json) ?? [];

    // Column lists and the readers that go with them; a reader's ordinal offset lets a query put
    // extra columns (such as a search rank) after them.
    public const string NodeColumns = "n.id, n.kind, n.name, n.aliases, n.description, n.recorded_at, n.external_ids";
    public const int NodeColumnCount = 7;

    public static Node ReadNode(SqliteDataReader r) => new(
        r.GetString(0), ParseKind(r.GetString(1)), r.GetString(2), ParseAliases(r.GetString(3)),
        r.IsDBNull(4) ? null : r.GetString(4), ParseTimestamp(r.GetString(5))) { ExternalIds = ParseExternalIds(r.GetString(6)) };

    public const string ArticleColumns = "a.id, a.title, a.publisher, a.url, a.published_at, a.language, a.text_sha256, a.text_length, a.recorded_at";
    public const int ArticleColumnCount = 9;

    /// <summary>Reads <see cref="ArticleColumns"/>, plus the text at <paramref name="textOrdinal"/> when given.</summary>
    public static Article ReadArticle(SqliteDataReader r, int? textOrdinal = null) => new(
        r.GetString(0), r.GetString(1), GetString(r, 2), GetString(r, 3),
        r.IsDBNull(4) ? null : ParseInstantWithOffset(r.GetString(4)), GetString(r, 5), r.GetString(6), r.GetInt32(7),
        textOrdinal is { } t ? GetString(r, t) : null, ParseTimestamp(r.GetString(8)));

    public const string RelationColumns =
        "r.id, r.type, r.subject_id, r.object_id, r.qualifiers, r.valid_from, r.valid_from_precision, r.valid_to, r.valid_to_precision, "
        + "r.confidence, r.recorded_at, r.recorded_by, r.retracted_at, r.retracted_by, r.retract_reason";
    public const int RelationColumnCount = 15;

    public static Relation ReadRelation(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ParseQualifiers(r.GetString(4)),
        ReadPartialDate(r, 5), ReadPartialDate(r, 7), r.GetDouble(9), ParseTimestamp(r.GetString(10)), r.GetString(11),
        r.IsDBNull(12) ? null : ParseTimestamp(r.GetString(12)), GetString(r, 13), GetString(r, 14));

    public const string CitationColumns = "c.relation_id, c.article_id, c.quote, c.start_offset, c.end_offset, c.speaker_id, c.stance, c.verified, c.qualifiers";
    public const int CitationColumnCount = 9;

    /// <summary>The citation columns as migration step 3 found them (before citations kept their describing qualifiers).</summary>
    public const string CitationColumnsBeforeQualifiers = "c.relation_id, c.article_id, c.quote, c.start_offset, c.end_offset, c.speaker_id, c.stance, c.verified";

    /// <summary>Reads <see cref="CitationColumns"/> (or, with <paramref name="withQualifiers"/> false, <see cref="CitationColumnsBeforeQualifiers"/>).</summary>
    public static Citation ReadCitation(SqliteDataReader r, bool withQualifiers = true) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), GetString(r, 5),
        Enum.Parse<CitationStance>(r.GetString(6), ignoreCase: true), r.GetInt64(7) != 0)
    {
        Qualifiers = withQualifiers ? ParseQualifiers(r.GetString(8)) : [],
    };

    private static PartialDate? ReadPartialDate(SqliteDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? null
            : new PartialDate(ParseDate(r.GetString(ordinal)), Enum.Parse<DatePrecision>(r.GetString(ordinal + 1), ignoreCase: true));

    private static string? GetString(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}
