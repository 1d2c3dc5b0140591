using GraphQLParser.AST;

namespace GeoGraph.Api.GraphQL.Execution;

/// <summary>
/// The bounds a document must respect before GraphQL.NET validates it. Validation is not linear:
/// overlapping-field checks compare every pair of fields sharing a response name, and fragments
/// spread inside fragments multiply the fields every rule visits. Measuring the document first, in
/// one pass with each fragment measured once, refuses such documents in microseconds instead of
/// minutes. The numbers leave ample room for real clients: the playground's and explorer's largest
/// queries select fewer than 100 fields.
/// </summary>
public static class DocumentLimits
{
    /// <summary>Parser nesting (AST levels, about three per level of fields, including nested input values).</summary>
    public const int MaxParserDepth = 256;

    /// <summary>Field nesting; the complexity analyser enforces the same number.</summary>
    public const int MaxDepth = 15;

    /// <summary>Field selections with every fragment spread expanded (so a fragment spread twice counts twice).</summary>
    public const int MaxFields = 1_000;

    public const int MaxAliases = 200;

    /// <summary>Fields at the root of all operations together.</summary>
    public const int MaxRootFields = 50;

    /// <summary>Fields sharing one response name in one selection set: bounds the pairwise overlap check.</summary>
    public const int MaxSameResponseName = 20;

    public const int MaxFragments = 100;

    public const int MaxOperations = 20;

    public const int MaxDirectivesPerLocation = 4;

    public const int MaxDirectives = 100;

    /// <summary>Errors listed in one answer; the rest are counted in a last error.</summary>
    public const int MaxErrors = 20;
}

/// <summary>What exceeded a bound: the measure, how much the document has (at least), and the bound.</summary>
public sealed record DocumentRefusal(string Measure, long Value, long Limit, string Message);

/// <summary>
/// Measures a parsed document against <see cref="DocumentLimits"/>: each fragment is measured once
/// and reused at every spread, a fragment that spreads itself is refused, and counts saturate just
/// above their limit, so the pass is linear in the document however its fragments nest.
/// </summary>
public sealed class DocumentShape
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Measure> _measured = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private int _directives;

    /// <summary>The measure of a fragment that spreads itself: not too much, but invalid.</summary>
    public const string FragmentCycle = "fragmentCycle";

    private DocumentShape() { }

    /// <summary>Null when the document is within every bound; otherwise the first bound it exceeds.</summary>
    public static DocumentRefusal? Check(GraphQLDocument document) => new DocumentShape().Run(document);

    /// <summary>Expanded counts of a selection set, and its response names' counts at its own level.</summary>
    private sealed record Measure(long Fields, long Aliases, int Depth, Dictionary<string, long> ResponseNames);

    private sealed class Refused(DocumentRefusal refusal) : Exception(refusal.Message)
    {
        public DocumentRefusal Refusal { get; } = refusal;
    }

    private DocumentRefusal? Run(GraphQLDocument document)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToArray();
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToArray();
        if (operations.Length > DocumentLimits.MaxOperations)
            return Refusal("operations", operations.Length, DocumentLimits.MaxOperations, "operations in one document");
        if (fragments.Length > DocumentLimits.MaxFragments)
            return Refusal("fragments", fragments.Length, DocumentLimits.MaxFragments, "fragment definitions in one document");
        foreach (var f in fragments)
            _fragments.TryAdd(f.FragmentName.Name.StringValue, f); // a duplicate name is validation's to report
        try
        {
            long fields = 0, aliases = 0, rootFields = 0;
            foreach (var op in operations)
            {
                CountDirectives(op.Directives);
                var m = MeasureSet(op.SelectionSet);
                fields = Saturate(fields + m.Fields, DocumentLimits.MaxFields);
                aliases = Saturate(aliases + m.Aliases, DocumentLimits.MaxAliases);
                rootFields = Saturate(rootFields + m.ResponseNames.Values.Sum(), DocumentLimits.MaxRootFields);
                Bound("depth", m.Depth, DocumentLimits.MaxDepth, "levels of nested fields");
            }
            // Fragments no operation uses are still validated, so they are bounded too.
            foreach (var f in fragments)
            {
                var m = MeasureFragment(f.FragmentName.Name.StringValue);
                Bound("depth", m.Depth, DocumentLimits.MaxDepth, "levels of nested fields");
                Bound("fields", m.Fields, DocumentLimits.MaxFields, "fields (fragments expanded)");
            }
            Bound("fields", fields, DocumentLimits.MaxFields, "fields (fragments expanded)");
            Bound("aliases", aliases, DocumentLimits.MaxAliases, "aliases (fragments expanded)");
            Bound("rootFields", rootFields, DocumentLimits.MaxRootFields, "root fields");
            return null;
        }
        catch (Refused r)
        {
            return r.Refusal;
        }
    }

    private Measure MeasureSet(GraphQLSelectionSet? set)
    {
        long fields = 0, aliases = 0;
        var depth = 0;
        var names = new Dictionary<string, long>(StringComparer.Ordinal);
        if (set is null) return new Measure(0, 0, 0, names);
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    CountDirectives(field.Directives);
                    var inner = MeasureSet(field.SelectionSet);
                    fields = Saturate(fields + 1 + inner.Fields, DocumentLimits.MaxFields);
                    aliases = Saturate(aliases + (field.Alias is null ? 0 : 1) + inner.Aliases, DocumentLimits.MaxAliases);
                    depth = Math.Max(depth, 1 + inner.Depth);
                    Add(names, (field.Alias?.Name ?? field.Name).StringValue, 1);
                    break;
                case GraphQLInlineFragment inline:
                    CountDirectives(inline.Directives);
                    Merge(MeasureSet(inline.SelectionSet));
                    break;
                case GraphQLFragmentSpread spread:
                    CountDirectives(spread.Directives);
                    Merge(MeasureFragment(spread.FragmentName.Name.StringValue));
                    break;
            }
        }
        Bound("depth", depth, DocumentLimits.MaxDepth, "levels of nested fields");
        Bound("fields", fields, DocumentLimits.MaxFields, "fields (fragments expanded)");
        Bound("aliases", aliases, DocumentLimits.MaxAliases, "aliases (fragments expanded)");
        foreach (var (name, count) in names)
            Bound("sameResponseName", count, DocumentLimits.MaxSameResponseName, $"selections of the response name '{name}' in one selection set");
        return new Measure(fields, aliases, depth, names);

        void Merge(Measure m)
        {
            fields = Saturate(fields + m.Fields, DocumentLimits.MaxFields);
            aliases = Saturate(aliases + m.Aliases, DocumentLimits.MaxAliases);
            depth = Math.Max(depth, m.Depth);
            foreach (var (name, count) in m.ResponseNames) Add(names, name, count);
        }
    }

    private Measure MeasureFragment(string name)
    {
        if (_measured.TryGetValue(name, out var known)) return known;
        if (!_fragments.TryGetValue(name, out var fragment))
            return new Measure(0, 0, 0, new Dictionary<string, long>(StringComparer.Ordinal)); // unknown: validation reports it
        if (!_inProgress.Add(name))
            throw new Refused(new DocumentRefusal(FragmentCycle, 1, 0, $"fragment '{name}' spreads itself, directly or through other fragments"));
        CountDirectives(fragment.Directives);
        var m = MeasureSet(fragment.SelectionSet);
        _inProgress.Remove(name);
        _measured[name] = m;
        return m;
    }

    private void CountDirectives(GraphQLDirectives? directives)
    {
        var count = directives?.Items.Count ?? 0;
        Bound("directivesPerLocation", count, DocumentLimits.MaxDirectivesPerLocation, "directives on one field, fragment or operation");
        _directives += count;
        Bound("directives", _directives, DocumentLimits.MaxDirectives, "directives in the document");
    }

    private static void Add(Dictionary<string, long> names, string name, long count) =>
        names[name] = Saturate(names.GetValueOrDefault(name) + count, DocumentLimits.MaxSameResponseName);

    /// <summary>Caps a count just above its limit: enough to refuse, and no overflow however fragments multiply.</summary>
    private static long Saturate(long value, long limit) => Math.Min(value, limit + 1);

    private static void Bound(string measure, long value, long limit, string what)
    {
        if (value > limit) throw new Refused(Refusal(measure, value, limit, what));
    }

    private static DocumentRefusal Refusal(string measure, long value, long limit, string what) =>
        new(measure, value, limit, $"the query has more than {limit:N0} {what}; simplify it or split it into several requests");
}
