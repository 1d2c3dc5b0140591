using System.Text.RegularExpressions;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Suggestions;

/// <summary>
/// One trigger match in its sentence: finds the mentions a rule's slot modes name (see the note
/// of relation-triggers.json), among those of the kinds the relation type allows.
/// </summary>
internal sealed partial class Scene(
    string text,
    TextScan.Span sentence,
    TextScan.Span clause,
    TextScan.Span trigger,
    SuggestedMention[] mentions,
    HashSet<SuggestedMention> modifiers,
    Gazetteer gazetteer,
    RelationTriggers triggers)
{
    /// <summary>The mentions of the first mode that finds any; several only for coordinated actors.</summary>
    public IReadOnlyList<SuggestedMention> Resolve(IReadOnlyList<string> modes, IReadOnlyList<NodeKind> kinds, SuggestedMention? other, SuggestedMention? exclude,
        IReadOnlySet<SuggestedMention>? barred = null)
    {
        bool Allowed(SuggestedMention m) => kinds.Contains(m.Kind) && (exclude is null || m.EntityId != exclude.EntityId) && !(barred?.Contains(m) ?? false);
        foreach (var mode in modes)
        {
            var found = Find(mode, Allowed, other);
            if (found.Count > 0) return found;
        }
        return [];
    }

    private List<SuggestedMention> Find(string mode, Func<SuggestedMention, bool> allowed, SuggestedMention? other) => mode switch
    {
        "before" => Before(allowed),
        "after" => One(mentions.Where(m => allowed(m) && !modifiers.Contains(m) && m.Start >= trigger.End && m.End <= clause.End)
            .OrderBy(m => m.Start).FirstOrDefault()),
        // "summoned the Japanese ambassador": the country qualifying a title is the target here.
        "after-or-modifier" => One(mentions.Where(m => allowed(m) && m.Start >= trigger.End && m.End <= clause.End)
            .OrderBy(m => m.Start).FirstOrDefault()),
        "agent" => One(mentions.Where(m => allowed(m) && m.Start >= trigger.End && m.End <= clause.End && m.Start - trigger.End <= 60
            && AgentBy().IsMatch(text[Math.Max(trigger.End, m.Start - 12)..m.Start])).OrderBy(m => m.Start).FirstOrDefault()),
        "list-before" => ListBefore(allowed),
        "pair-first" => One(PairBefore() is { } p && allowed(p.First) ? p.First : null),
        "pair-second" => One(PairBefore() is { } p && allowed(p.Second) ? p.Second : null),
        "adjacent-before" => One(AdjacentBefore(text, trigger, mentions, allowed)),
        "adjacent-after" => One(AdjacentAfter(text, trigger, mentions, allowed)),
        "sentence" => One(mentions.Where(m => allowed(m) && (m.End <= trigger.Start || m.Start >= trigger.End))
            .OrderBy(m => m.End <= trigger.Start ? trigger.Start - m.End : m.Start - trigger.End).FirstOrDefault()),
        "containing" => One(mentions.Where(m => allowed(m) && m.Start <= trigger.Start && m.End >= trigger.End)
            .OrderBy(m => m.End - m.Start).FirstOrDefault()),
        "contained" => One(other is null ? null : mentions.Where(m => allowed(m) && m != other && m.Start >= other.Start && m.End <= other.End)
            .OrderBy(m => m.Start).FirstOrDefault()),
        "modifier-country" => One(other is null ? null : CountryAtStart(other) is { } c && allowed(c) ? c : null),
        // "threatened Russia with sanctions", "hit Beijing with tariffs": the target sits inside the trigger, after its first word.
        "inside" => One(mentions.Where(m => allowed(m) && !modifiers.Contains(m) && m.Start > trigger.Start && m.End <= trigger.End)
            .OrderBy(m => m.Start).FirstOrDefault()),
        _ => throw new InvalidOperationException($"unknown slot mode {mode}"),
    };

    private static List<SuggestedMention> One(SuggestedMention? m) => m is null ? [] : [m];

    /// <summary>
    /// The first actor of the trigger's clause, before the trigger (the subject of "X did Y" and of
    /// "X did Y and threatened Z"), with the actors coordinated with it; none when a pronoun comes
    /// first (the clause's actor is then someone not named in it).
    /// </summary>
    private List<SuggestedMention> Before(Func<SuggestedMention, bool> allowed)
    {
        var candidates = mentions.Where(m => allowed(m) && !modifiers.Contains(m) && m.Start >= clause.Start && m.End <= trigger.Start)
            .OrderBy(m => m.Start).ToList();
        if (candidates.Count == 0) return [];
        var first = candidates[0];
        if (TextScan.Pronoun().IsMatch(text[clause.Start..first.Start])) return [];
        var result = new List<SuggestedMention> { first };
        foreach (var next in candidates.Skip(1))
        {
            if (next.Start < result[^1].End) continue;
            if (!triggers.Coordination.IsMatch(text[result[^1].End..next.Start])) break;
            result.Add(next);
        }
        return result;
    }

    /// <summary>"the United States, the European Union, and India being the top importers": every item of the list.</summary>
    private List<SuggestedMention> ListBefore(Func<SuggestedMention, bool> allowed)
    {
        var candidates = mentions.Where(m => allowed(m) && m.End <= trigger.Start && m.Start >= sentence.Start)
            .OrderByDescending(m => m.End).ToList();
        if (candidates.Count == 0) return [];
        var last = candidates[0];
        var gap = text[last.End..trigger.Start];
        if (gap.Length > 25 || gap.IndexOfAny(['.', ',', ';', ':']) >= 0) return [];
        var list = new List<SuggestedMention> { last };
        foreach (var previous in candidates.Skip(1))
        {
            if (previous.End > list[^1].Start) continue;
            if (!ListGap().IsMatch(text[previous.End..list[^1].Start])) break;
            list.Add(previous);
        }
        list.Reverse();
        return list;
    }

    /// <summary>"Pakistan-US mining cooperation", "Iran and the United States held talks": two mentions joined by a dash, slash or "and", at most two words before the trigger.</summary>
    private (SuggestedMention First, SuggestedMention Second)? PairBefore()
    {
        var before = mentions.Where(m => m.End <= trigger.Start && m.Start >= sentence.Start).OrderByDescending(m => m.End).ToList();
        if (before.Count < 2 || !PairTail().IsMatch(text[before[0].End..trigger.Start])) return null;
        var second = before[0];
        var first = before.Skip(1).FirstOrDefault(m => m.End <= second.Start);
        if (first is null || !PairJoin().IsMatch(text[first.End..second.Start])) return null;
        return (first, second);
    }

    /// <summary>The mention ending at (or inside) the start of a span, only whitespace between.</summary>
    public static SuggestedMention? AdjacentBefore(string text, TextScan.Span span, IEnumerable<SuggestedMention> mentions, Func<SuggestedMention, bool>? allowed = null) =>
        mentions.Where(m => (allowed?.Invoke(m) ?? true) && m.Start < span.Start && m.End <= span.End
                && (m.End > span.Start || PossessiveGap().IsMatch(text[m.End..span.Start])))
            .OrderByDescending(m => m.End).ThenBy(m => m.Start).FirstOrDefault();

    /// <summary>The mention starting at (or inside) the end of a span, only whitespace between.</summary>
    public static SuggestedMention? AdjacentAfter(string text, TextScan.Span span, IEnumerable<SuggestedMention> mentions, Func<SuggestedMention, bool>? allowed = null) =>
        mentions.Where(m => (allowed?.Invoke(m) ?? true) && m.Start >= span.Start && m.End > span.End
                && (m.Start < span.End || string.IsNullOrWhiteSpace(text[span.End..m.Start])) && m.Start - span.End <= 2)
            .OrderBy(m => m.Start).ThenByDescending(m => m.End).FirstOrDefault();

    /// <summary>The country named by the first words of a mention: "Chinese" in "Chinese Foreign Ministry".</summary>
    private SuggestedMention? CountryAtStart(SuggestedMention other)
    {
        var tokens = TextScan.Tokens(text, other.Start, other.End);
        for (var n = Math.Min(gazetteer.MaxTokens, tokens.Count - 1); n >= 1; n--)
        {
            if (gazetteer.Find(text, tokens, 0, n) is not { Kind: NodeKind.Country } entry) continue;
            var end = tokens[n - 1].End;
            return new SuggestedMention(entry.EntityId, NodeKind.Country, other.Start, end, text[other.Start..end], entry.Rule);
        }
        return null;
    }

    /// <summary>Between a mention and what it qualifies: a space, or a possessive ("China's President").</summary>
    [GeneratedRegex(@"^(?:['’]s)?\s{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveGap();

    [GeneratedRegex(@"\bby\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgentBy();

    [GeneratedRegex(@"^\s*,?\s*(?:(?:and|or)\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListGap();

    [GeneratedRegex(@"^\s*[-–—/]\s*$|^\s+and\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PairJoin();

    [GeneratedRegex(@"^\s+(?:[\p{L}-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PairTail();
}
