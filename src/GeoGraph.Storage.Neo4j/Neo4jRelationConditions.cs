using System.Globalization;
using System.Text.RegularExpressions;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Conditions;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// The one translation of a relation condition into Cypher, shared by every listing and count:
/// each primitive is a fragment file (cypher/predicates/relation), its parameters renamed per use
/// (<c>$id</c> → <c>$c3_id</c>) so one fragment can appear many times; C# adds only parentheses,
/// AND, OR and NOT. Values go only as parameters; no input text reaches the statement.
/// </summary>
internal sealed partial class Neo4jRelationConditions
{
    private const string Folder = "predicates/relation";

    private static readonly Dictionary<string, string> Fragments = new[]
    {
        "types", "subject", "object", "involves", "between", "article", "subject_kind", "object_kind",
        "speaker", "stance", "min_confidence", "valid_during", "recorded_after", "recorded_before", "dated",
    }.ToDictionary(n => n, n => CypherStatements.Fragment(Folder, n), StringComparer.Ordinal);

    private readonly Dictionary<string, object?> _parameters;
    private int _uses;

    private Neo4jRelationConditions(Dictionary<string, object?> parameters) => _parameters = parameters;

    /// <summary>The condition as one Cypher boolean expression over r, s and o; its parameters are added to <paramref name="parameters"/>.</summary>
    public static string Compose(RelationCondition condition, Dictionary<string, object?> parameters) =>
        new Neo4jRelationConditions(parameters).Translate(condition);

    private string Translate(RelationCondition c) => c switch
    {
        RelationCondition.All { Terms.Count: 0 } => "true",
        RelationCondition.All all => "(" + string.Join(" AND ", all.Terms.Select(Translate)) + ")",
        RelationCondition.Any { Terms.Count: 0 } => "false",
        RelationCondition.Any any => "(" + string.Join(" OR ", any.Terms.Select(Translate)) + ")",
        RelationCondition.Not not => $"(NOT {Translate(not.Term)})",
        RelationCondition.TypeIn t => Use("types", ("types", t.Types.ToArray())),
        RelationCondition.SubjectIs s => Use("subject", ("id", s.Id)),
        RelationCondition.ObjectIs o => Use("object", ("id", o.Id)),
        RelationCondition.Involves i => Use("involves", ("id", i.Id)),
        RelationCondition.Between b => Use("between", ("first", b.First), ("second", b.Second)),
        RelationCondition.CitedIn a => Use("article", ("articleId", a.ArticleId)),
        RelationCondition.SubjectKindIs k => Use("subject_kind", ("prefix", NodeIds.PrefixOf(k.Kind) + ":")),
        RelationCondition.ObjectKindIs k => Use("object_kind", ("prefix", NodeIds.PrefixOf(k.Kind) + ":")),
        RelationCondition.SpokenBy s => Use("speaker", ("speakerId", s.SpeakerId)),
        RelationCondition.CitedWithStance s => Use("stance", ("stance", Neo4jValues.Stance(s.Stance))),
        RelationCondition.MinConfidence m => Use("min_confidence", ("min", m.Value)),
        RelationCondition.ValidAt v => Use("valid_during", ("from", v.Day), ("to", v.Day)),
        RelationCondition.ValidDuring v => Use("valid_during", ("from", v.From), ("to", v.To)),
        RelationCondition.RecordedAfter a => Use("recorded_after", ("at", Neo4jValues.Utc(a.At))),
        RelationCondition.RecordedBefore b => Use("recorded_before", ("at", Neo4jValues.Utc(b.At))),
        RelationCondition.Dated d => d.IsDated ? Use("dated") : $"(NOT {Use("dated")})",
        _ => throw new ArgumentException($"no Cypher for the condition {c.GetType().Name}", nameof(c)),
    };

    /// <summary>The fragment with its parameters renamed for this use, their values bound.</summary>
    private string Use(string fragment, params (string Name, object? Value)[] values)
    {
        var prefix = "c" + (_uses++).ToString(CultureInfo.InvariantCulture) + "_";
        var text = Fragments[fragment];
        var names = Parameter().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        if (!names.SetEquals(values.Select(v => v.Name)))
            throw new InvalidOperationException($"{Folder}/{fragment}.cypher takes ${string.Join(", $", names)}, not ${string.Join(", $", values.Select(v => v.Name))}");
        foreach (var (name, value) in values) _parameters[prefix + name] = value;
        return Parameter().Replace(text, m => "$" + prefix + m.Groups[1].Value);
    }

    /// <summary>What a top-level AND pins, for the cheapest way in: a node every answer touches, else an article, else one type.</summary>
    public static (string? AnchorId, string? ArticleId, string? Type) EntryOf(RelationCondition condition)
    {
        var terms = condition.Conjuncts;
        var anchor = terms.Select(t => t switch
        {
            RelationCondition.SubjectIs s => s.Id,
            RelationCondition.ObjectIs o => o.Id,
            RelationCondition.Involves i => i.Id,
            RelationCondition.Between b => b.First,
            _ => null,
        }).FirstOrDefault(id => id is not null);
        var article = terms.OfType<RelationCondition.CitedIn>().FirstOrDefault()?.ArticleId;
        var type = terms.OfType<RelationCondition.TypeIn>().FirstOrDefault(t => t.Types.Count == 1)?.Types[0];
        return (anchor, article, type);
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}
