using System.Text.Json;
using System.Text.RegularExpressions;
using GeoGraph.Core.Model;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Core.Suggestions;

/// <summary>
/// One trigger rule of relation-triggers.json: a pattern, how to pick subject and object, a
/// confidence, and optionally a veto (<see cref="UnlessBefore"/>, matched against the sentence up to
/// the trigger: "threatened to | impose sanctions" is not the act of imposing them).
/// </summary>
public sealed record TriggerRule(
    string Type,
    string Id,
    Regex Pattern,
    IReadOnlyList<string> SubjectModes,
    IReadOnlyList<string> ObjectModes,
    double Confidence,
    IReadOnlyDictionary<string, string> Units,
    IReadOnlyList<NodeKind>? SubjectKinds = null,
    IReadOnlyList<NodeKind>? ObjectKinds = null,
    Regex? UnlessBefore = null);

/// <summary>
/// The trigger patterns suggestions use, kept as data beside the vocabulary
/// (Vocabulary/relation-triggers.json) so that adding a pattern is a data change; loading checks
/// every type against the vocabulary and every slot mode against what the engine knows.
/// </summary>
public sealed class RelationTriggers
{
    /// <summary>Slot modes the engine implements (see the file's note for what each means).</summary>
    public static readonly IReadOnlySet<string> Modes = new HashSet<string>(StringComparer.Ordinal)
    {
        "before", "after", "agent", "list-before", "pair-first", "pair-second", "adjacent-before", "adjacent-after",
        "sentence", "containing", "contained", "modifier-country", "inside", "after-or-modifier",
    };

    /// <summary>Modes that need the other slot's mention: they are resolved second.</summary>
    public static readonly IReadOnlySet<string> DependentModes = new HashSet<string>(StringComparer.Ordinal) { "contained", "modifier-country" };

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public RelationTriggers(IReadOnlyList<string> titles, IReadOnlyList<string> institutions, IReadOnlyList<TriggerRule> rules,
        IReadOnlyList<string>? stateAgents = null, IReadOnlyDictionary<string, string>? noRules = null)
    {
        NoRules = noRules ?? new Dictionary<string, string>(StringComparer.Ordinal);
        StateAgents = new HashSet<string>(stateAgents ?? [], StringComparer.OrdinalIgnoreCase);
        Titles = titles;
        Institutions = institutions;
        Rules = rules;
        TitlePattern = new Regex(@"\b(?:" + Alternation(titles) + @")(?:\s+(?:" + Alternation(titles) + @"))*(?![\w-])",
            RegexOptions.CultureInvariant, MatchTimeout);
        Coordination = new Regex(@"^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|along with|together with|as well as)\s+)(?:the\s+)?(?:(?:"
            + Alternation(titles) + @")\s+)*$", RegexOptions.CultureInvariant, MatchTimeout);
    }

    /// <summary>What may stand between two coordinated actors: "X and Y", "X, Y", "X along with Prime Minister Y".</summary>
    public Regex Coordination { get; }

    public IReadOnlyList<string> Titles { get; }

    /// <summary>
    /// Plural nouns for which a demonym before them still names the state as an actor ("Russian
    /// troops", "Chinese authorities"); before any other plural noun ("Pakistani leaders", "Chinese
    /// firms") a demonym is not the actor (it may still be a target: "tariffs on Chinese goods").
    /// </summary>
    public IReadOnlySet<string> StateAgents { get; }

    /// <summary>Types that have no rules on purpose, each with the reason (the file's "noRules").</summary>
    public IReadOnlyDictionary<string, string> NoRules { get; }
    public IReadOnlyList<string> Institutions { get; }
    public IReadOnlyList<TriggerRule> Rules { get; }

    /// <summary>A run of titles ("army chief Field Marshal"), case as written.</summary>
    public Regex TitlePattern { get; }

    public static RelationTriggers Default { get; } = Load(RelationVocabulary.Default);

    public static RelationTriggers Load(RelationVocabulary vocabulary)
    {
        using var stream = typeof(RelationTriggers).Assembly.GetManifestResourceStream("GeoGraph.Core.Vocabulary.relation-triggers.json")
            ?? throw new InvalidOperationException("relation-triggers.json is not embedded");
        using var doc = JsonDocument.Parse(stream);
        return Parse(doc.RootElement, vocabulary);
    }

    public static RelationTriggers Parse(JsonElement root, RelationVocabulary vocabulary)
    {
        var titles = Strings(root.GetProperty("titles"));
        var institutions = Strings(root.GetProperty("institutions"));
        var titleAlternation = Alternation(titles);
        var institutionAlternation = Alternation(institutions);
        // Named fragments ({HEDGED}, {NEGATED}, …) a pattern or veto may use; one definition, many rules.
        var fragments = root.TryGetProperty("fragments", out var f)
            ? f.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        string Expand(string pattern)
        {
            pattern = pattern.Replace("{TITLE}", titleAlternation, StringComparison.Ordinal)
                .Replace("{INSTITUTION}", institutionAlternation, StringComparison.Ordinal);
            // Fragments may use fragments: expand until none is left (a few passes; a cycle just stops).
            for (var pass = 0; pass < 5; pass++)
            {
                var before = pattern;
                foreach (var (name, value) in fragments) pattern = pattern.Replace("{" + name + "}", "(?:" + value + ")", StringComparison.Ordinal);
                if (pattern == before) break;
            }
            return pattern;
        }
        var rules = new List<TriggerRule>();
        foreach (var type in root.GetProperty("rules").EnumerateObject())
        {
            if (vocabulary.Find(type.Name) is null)
                throw new InvalidOperationException($"relation-triggers.json: '{type.Name}' is not a relation type of the vocabulary");
            foreach (var rule in type.Value.EnumerateArray())
            {
                var id = rule.GetProperty("id").GetString()!;
                var subject = Strings(rule.GetProperty("subject"));
                var @object = Strings(rule.GetProperty("object"));
                foreach (var mode in subject.Concat(@object))
                    if (!Modes.Contains(mode))
                        throw new InvalidOperationException($"relation-triggers.json: rule {type.Name}/{id} uses the unknown slot mode '{mode}'");
                var options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
                if (!(rule.TryGetProperty("caseSensitive", out var cs) && cs.ValueKind == JsonValueKind.True)) options |= RegexOptions.IgnoreCase;
                var pattern = Expand(rule.GetProperty("pattern").GetString()!);
                // The veto is matched against the sentence before the trigger: it should end in '$'.
                var unless = rule.TryGetProperty("unlessBefore", out var ub)
                    ? new Regex(Expand(ub.GetString()!), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, MatchTimeout)
                    : null;
                var units = rule.TryGetProperty("units", out var u)
                    ? u.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
                    : new Dictionary<string, string>(StringComparer.Ordinal);
                rules.Add(new TriggerRule(type.Name, id, new Regex(pattern, options, MatchTimeout), subject, @object,
                    rule.GetProperty("confidence").GetDouble(), units, Kinds(rule, "subjectKinds"), Kinds(rule, "objectKinds"), unless));
            }
        }
        var stateAgents = root.TryGetProperty("stateAgents", out var sa) ? Strings(sa) : [];
        var noRules = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("noRules", out var nr))
            foreach (var type in nr.EnumerateObject())
            {
                if (vocabulary.Find(type.Name) is null)
                    throw new InvalidOperationException($"relation-triggers.json: noRules names '{type.Name}', not a relation type of the vocabulary");
                if (rules.Any(r => r.Type == type.Name))
                    throw new InvalidOperationException($"relation-triggers.json: '{type.Name}' is in noRules but has rules");
                noRules[type.Name] = type.Value.GetString()!;
            }
        return new RelationTriggers(titles, institutions, rules, stateAgents, noRules);
    }

    /// <summary>Longest alternatives first, so "Prime Minister" wins over "Minister"; spaces match any whitespace.</summary>
    private static string Alternation(IEnumerable<string> words) =>
        string.Join("|", words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
            .Select(w => Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal)));

    /// <summary>A rule's narrowing of the type's kinds, or null to take the type's.</summary>
    private static NodeKind[]? Kinds(JsonElement rule, string property) =>
        rule.TryGetProperty(property, out var kinds) ? kinds.EnumerateArray().Select(k => Enum.Parse<NodeKind>(k.GetString()!, ignoreCase: true)).ToArray() : null;

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
