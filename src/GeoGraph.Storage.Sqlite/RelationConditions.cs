using GeoGraph.Core.Ids;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Conditions;

namespace GeoGraph.Storage.Sqlite;

/// <summary>
/// The one translation of a relation condition into SQL over <c>relations r</c>, shared by every
/// listing and count: values only as parameters of the builder, structure only from the tree.
/// Every primitive is served by an index (SqliteSchema): type, subject and object ranges (kinds
/// are id-prefix ranges of them), citations by article, speaker and stance, confidence,
/// recorded_at and valid_from.
/// </summary>
internal static class RelationConditions
{
    public static string Where(SqlBuilder sql, RelationCondition condition) => condition switch
    {
        RelationCondition.All { Terms.Count: 0 } => "1",
        RelationCondition.All all => Join(sql, all.Terms, " AND "),
        RelationCondition.Any { Terms.Count: 0 } => "0",
        RelationCondition.Any any => Join(sql, any.Terms, " OR "),
        RelationCondition.Not not => $"NOT ({Where(sql, not.Term)})",
        RelationCondition.TypeIn t => t.Types.Count == 1 ? $"r.type = {sql.Param(t.Types[0])}" : $"r.type IN {sql.InList(t.Types)}",
        RelationCondition.SubjectIs s => $"r.subject_id = {sql.Param(s.Id)}",
        RelationCondition.ObjectIs o => $"r.object_id = {sql.Param(o.Id)}",
        RelationCondition.Involves i => Involves(sql.Param(i.Id)),
        RelationCondition.Between b => Between(sql.Param(b.First), sql.Param(b.Second)),
        RelationCondition.CitedIn a => $"r.id IN (SELECT relation_id FROM citations WHERE article_id = {sql.Param(a.ArticleId)})",
        RelationCondition.SubjectKindIs k => KindRange("r.subject_id", sql.Param(NodeIds.PrefixOf(k.Kind) + ":")),
        RelationCondition.ObjectKindIs k => KindRange("r.object_id", sql.Param(NodeIds.PrefixOf(k.Kind) + ":")),
        RelationCondition.SpokenBy s => $"r.id IN (SELECT relation_id FROM citations WHERE speaker_id = {sql.Param(s.SpeakerId)})",
        RelationCondition.CitedWithStance s => $"r.id IN (SELECT relation_id FROM citations WHERE stance = {sql.Param(SqlValues.Stance(s.Stance))})",
        RelationCondition.MinConfidence m => $"r.confidence >= {sql.Param(m.Value)}",
        RelationCondition.ValidAt v => ValidDuring(sql, v.Day, v.Day),
        RelationCondition.ValidDuring v => ValidDuring(sql, v.From, v.To),
        RelationCondition.RecordedAfter a => $"r.recorded_at > {sql.Param(SqlValues.Timestamp(a.At))}",
        RelationCondition.RecordedBefore b => $"r.recorded_at < {sql.Param(SqlValues.Timestamp(b.At))}",
        RelationCondition.Dated { IsDated: true } => "(r.valid_from IS NOT NULL OR r.valid_to IS NOT NULL)",
        RelationCondition.Dated => "(r.valid_from IS NULL AND r.valid_to IS NULL)",
        _ => throw new ArgumentException($"no SQL for the condition {condition.GetType().Name}", nameof(condition)),
    };

    /// <summary>The node a top-level AND pins as subject or object ("involves"), if any: the listing can then read two index ranges.</summary>
    public static string? PinnedInvolves(RelationCondition condition) =>
        condition.Conjuncts.OfType<RelationCondition.Involves>().FirstOrDefault()?.Id;

    private static string Join(SqlBuilder sql, IReadOnlyList<RelationCondition> terms, string op) =>
        "(" + string.Join(op, terms.Select(t => "(" + Where(sql, t) + ")")) + ")";

    private static string Involves(string node) => $"(r.subject_id = {node} OR r.object_id = {node})";

    private static string Between(string a, string b) =>
        $"((r.subject_id = {a} AND r.object_id = {b}) OR (r.subject_id = {b} AND r.object_id = {a}))";

    /// <summary>Ids starting with the prefix, as a range of the (BINARY) id index: 0xFF never occurs in UTF-8.</summary>
    private static string KindRange(string column, string prefix) => $"({column} >= {prefix} AND {column} < {prefix} || x'FF')";

    /// <summary>The validity overlaps [from, to]: open ends (of either) unbounded. validAt is the one-day range.</summary>
    private static string ValidDuring(SqlBuilder sql, DateOnly? from, DateOnly? to)
    {
        var terms = new List<string>();
        if (from is { } f) terms.Add($"(r.valid_to_end IS NULL OR r.valid_to_end >= {sql.Param(SqlValues.Date(f))})");
        if (to is { } t) terms.Add($"(r.valid_from IS NULL OR r.valid_from <= {sql.Param(SqlValues.Date(t))})");
        return terms.Count == 0 ? "1" : string.Join(" AND ", terms);
    }
}
