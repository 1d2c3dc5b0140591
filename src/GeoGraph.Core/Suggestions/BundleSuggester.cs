using System.Globalization;
using System.Text.RegularExpressions;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Countries;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Core.Suggestions;

/// <summary>
/// Drafts a bundle from an article's text: entity mentions from every name and alias the store
/// knows plus the country catalog's names, capitals and demonyms; unknown people and
/// organisations proposed from titles and institutions; candidate relations from the trigger
/// rules of relation-triggers.json, within one sentence, each with its quote, offsets,
/// confidence and rule. It only reads (through the store port's node listing); nothing is stored.
/// Used by the API's suggestBundle and the CLI's suggest alike.
/// </summary>
public sealed partial class BundleSuggester(RelationVocabulary vocabulary, CountryCatalog countries, CountryForms countryForms, RelationTriggers triggers)
{
    public static BundleSuggester Default { get; } =
        new(RelationVocabulary.Default, CountryCatalog.Default, CountryForms.Default, RelationTriggers.Default);

    /// <summary>Entity kinds read from the store (claims are propositions, not named in text).</summary>
    private static readonly NodeKind[] NamedKinds = [NodeKind.Country, NodeKind.Person, NodeKind.Organization, NodeKind.Commodity, NodeKind.Event];

    public async Task<Suggestion> SuggestAsync(IGraphReader store, SuggestRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var gazetteer = new Gazetteer();
        foreach (var kind in NamedKinds)
        {
            await foreach (var page in StoreDump.PagesAsync((p, c) => store.FindNodesAsync(new NodeFilter(kind), p, c), StoreDump.PageSize, ct).ConfigureAwait(false))
                foreach (var node in page)
                    gazetteer.AddEntity(new SuggestedEntity(node.Id, node.Kind, node.Name, node.Aliases, node.Description, Known: true, "stored"));
        }
        return Suggest(request, gazetteer);
    }

    /// <summary>The draft for a text against a gazetteer of known entities (countries are added here).</summary>
    public Suggestion Suggest(SuggestRequest request, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var text = ArticleText.Normalize(request.Text ?? "");
        if (text.Length == 0) throw GeoGraphException.Validation("text", "the text is empty");
        if (text.Length > ArticleText.MaxLength)
            throw GeoGraphException.Validation("text", $"at most {ArticleText.MaxLength:N0} characters (this one has {text.Length:N0})");
        gazetteer.AddCountries(countries, countryForms);

        var sentences = TextScan.Sentences(text);
        ProposeEntities(text, gazetteer);
        var mentions = FindMentions(text, gazetteer);
        mentions.AddRange(FindUnattributed(text, gazetteer));
        var eventMentions = FindEventWords(text, sentences, gazetteer, mentions);
        var allMentions = mentions.Concat(eventMentions).OrderBy(m => m.Start).ThenByDescending(m => m.End).ToArray();
        var found = FindRelations(text, sentences, allMentions, gazetteer);
        var relations = found.Select(f => f.Relation).ToArray();

        var sha = ContentIds.Sha256Hex(text);
        var articleId = ContentIds.ForArticle(sha);
        var used = allMentions.Select(m => m.EntityId)
            .Concat(relations.SelectMany(r => new[] { r.Subject, r.Object }))
            .ToHashSet(StringComparer.Ordinal);
        var entities = used.Select(id => gazetteer.Entities[id]).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var bundle = ToBundle(request, text, sha, articleId, entities, found);
        return new Suggestion(bundle, articleId, text, entities, allMentions, relations);
    }

    // ---- entities -------------------------------------------------------------------------

    /// <summary>
    /// Proposes entities the store does not know: a person after a title ("spokesperson Lin Jian",
    /// "Prime Minister Shehbaz Sharif"), found by their surname alone afterwards; an institution of
    /// a country ("Chinese Foreign Ministry" → org:cn-foreign-ministry); a state-run outlet
    /// ("state-run Global Times"). Ids follow the conventions; a known id is reused.
    /// </summary>
    private void ProposeEntities(string text, Gazetteer gazetteer)
    {
        var preliminary = FindMentions(text, gazetteer);
        bool Covered(int start, int end) => preliminary.Any(m => m.Start < end && start < m.End && m.Kind != NodeKind.Country);

        foreach (Match title in triggers.TitlePattern.Matches(text))
        {
            var name = CapitalisedName().Match(text, title.Index + title.Length);
            if (!name.Success || name.Index - (title.Index + title.Length) is < 1 or > 2) continue;
            var words = name.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || Covered(name.Index, name.Index + name.Length)) continue;
            if (words.Any(w => triggers.Titles.Contains(w, StringComparer.Ordinal) || gazetteer.Find(w, TextScan.Tokens(w), 0, 1)?.Kind == NodeKind.Country)) continue;
            var id = "person:" + TextScan.Slug(name.Value);
            if (!NodeIds.IsWellFormed(id)) continue;
            if (!gazetteer.Entities.ContainsKey(id))
                gazetteer.AddEntity(new SuggestedEntity(id, NodeKind.Person, name.Value, [words[^1]],
                    $"Proposed from \"{text.Substring(title.Index, name.Index + name.Length - title.Index)}\".", Known: false, "title-name"));
        }

        foreach (var m in preliminary.Where(m => m.Kind == NodeKind.Country))
        {
            var institution = Institution().Match(text, m.End);
            if (!institution.Success || institution.Index != m.End) continue;
            var words = institution.Groups["name"].Value;
            var named = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!triggers.Institutions.Any(i => EndsWithWords(named, i))) continue;
            var end = institution.Index + institution.Length;
            if (Covered(m.Start, end)) continue;
            var alpha2 = m.EntityId["country:".Length..].ToLowerInvariant();
            var id = $"org:{alpha2}-{TextScan.Slug(words)}";
            var form = text[m.Start..end];
            if (!gazetteer.Entities.ContainsKey(id))
                gazetteer.AddEntity(new SuggestedEntity(id, NodeKind.Organization, form, [], $"Proposed from \"{form}\".", Known: false, "national-institution"));
            else gazetteer.AddForm(id, NodeKind.Organization, form, "national-institution");
        }

        foreach (Match outlet in StateOutlet().Matches(text))
        {
            var name = outlet.Groups["name"];
            if (Covered(name.Index, name.Index + name.Length)) continue;
            var id = "org:" + TextScan.Slug(name.Value);
            if (!NodeIds.IsWellFormed(id) || gazetteer.Entities.ContainsKey(id)) continue;
            gazetteer.AddEntity(new SuggestedEntity(id, NodeKind.Organization, name.Value, [], $"Proposed from \"{outlet.Value}\".", Known: false, "state-outlet"));
        }
    }

    private static bool EndsWithWords(string[] words, string institution)
    {
        var tail = institution.Split(' ');
        return words.Length >= tail.Length && words[^tail.Length..].SequenceEqual(tail, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Two or three capitalised words: a person's name after a title.</summary>
    [GeneratedRegex(@"\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+){1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedName();

    /// <summary>Capitalised (or, for a single institution word, lowercase) words right after a country: "Foreign Ministry", "army".</summary>
    [GeneratedRegex(@"\G\s(?<name>(?:\p{Lu}\p{Ll}+ ){0,3}(?:\p{Lu}\p{Ll}+|army|navy|military|government|parliament|embassy|police))\b")]
    private static partial Regex Institution();

    /// <summary>"state-run Global Times", "state-owned China Daily".</summary>
    [GeneratedRegex(@"\bstate[- ](?:run|owned|backed|controlled)\s+(?:media\s+|outlet\s+|newspaper\s+|broadcaster\s+)?(?<name>\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,3})")]
    private static partial Regex StateOutlet();

    /// <summary>Longest match at each token, left to right; a form's tokens must be joined as a name ("Pakistan-US" is two).</summary>
    private static List<SuggestedMention> FindMentions(string text, Gazetteer gazetteer)
    {
        var tokens = TextScan.Tokens(text);
        var mentions = new List<SuggestedMention>();
        for (var i = 0; i < tokens.Count;)
        {
            var found = false;
            for (var n = Math.Min(gazetteer.MaxTokens, tokens.Count - i); n >= 1 && !found; n--)
            {
                var joined = true;
                for (var k = i; k < i + n - 1 && joined; k++) joined = TextScan.JoinsName(text, tokens[k].End, tokens[k + 1].Start);
                // "Pakistan-US": a hyphen joins words of one name but not two names.
                if (!joined) continue;
                if (gazetteer.Find(text, tokens, i, n) is not { } entry) continue;
                var (start, end) = (tokens[i].Start, tokens[i + n - 1].End);
                mentions.Add(new SuggestedMention(entry.EntityId, entry.Kind, start, end, text[start..end], entry.Rule));
                i += n;
                found = true;
            }
            if (!found) i++;
        }
        return mentions;
    }

    /// <summary>The entity DESIGN.md gives assertions an article attributes to nobody ("reports said").</summary>
    public const string UnattributedReports = "org:unattributed-reports";

    /// <summary>"reports said", "sources say", "reportedly": the unattributed-reports entity (proposed when the store lacks it).</summary>
    private static IEnumerable<SuggestedMention> FindUnattributed(string text, Gazetteer gazetteer)
    {
        var matches = Unattributed().Matches(text);
        if (matches.Count == 0) return [];
        if (!gazetteer.Entities.ContainsKey(UnattributedReports))
            gazetteer.AddEntity(new SuggestedEntity(UnattributedReports, NodeKind.Organization, "Unattributed reports", [],
                "Assertions an article attributes to nobody (\"reports said\").", Known: false, "unattributed"));
        return matches.Select(m => new SuggestedMention(UnattributedReports, NodeKind.Organization, m.Index, m.Index + m.Length, m.Value, "unattributed"));
    }

    [GeneratedRegex(@"\b(?:(?:media |news |unconfirmed )?reports|(?:unnamed |anonymous )?sources) (?:said|say|says|suggested|suggest|claimed|claim|indicated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unattributed();

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "on", "in", "for", "and", "or", "to", "s", "its", "their", "new", "by", "with", "from",
    };

    /// <summary>
    /// A known event named in other words: every content word of one of its names or aliases (at
    /// least three) within a short stretch of one sentence ("rare-earth export controls" in
    /// "export controls for mining and processing rare-earths"). Events are rarely named twice alike.
    /// </summary>
    private static List<SuggestedMention> FindEventWords(string text, IReadOnlyList<TextScan.Span> sentences, Gazetteer gazetteer, List<SuggestedMention> exact)
    {
        var found = new List<SuggestedMention>();
        var events = gazetteer.Entities.Values.Where(e => e.Kind == NodeKind.Event)
            .Select(e => (e.Id, Forms: new[] { e.Name }.Concat(e.Aliases).Select(f => ContentStems(f, TextScan.Tokens(f))).Where(s => s.Count >= 3).ToArray()))
            .Where(e => e.Forms.Length > 0).ToArray();
        if (events.Length == 0) return found;
        foreach (var sentence in sentences)
        {
            var tokens = TextScan.Tokens(text, sentence.Start, sentence.End);
            var stems = tokens.Select(t => Stem(text[t.Start..t.End])).ToArray();
            var present = stems.ToHashSet(StringComparer.Ordinal);
            foreach (var (id, forms) in events)
            {
                if (exact.Any(m => m.EntityId == id && sentence.Contains(m.Start, m.End))) continue;
                foreach (var form in forms)
                {
                    // Cheap test first: most events share no words with most sentences.
                    if (!form.IsSubsetOf(present)) continue;
                    if (ShortestWindow(stems, form, form.Count + 6) is not var (first, last)) continue;
                    var (start, end) = (tokens[first].Start, tokens[last].End);
                    found.Add(new SuggestedMention(id, NodeKind.Event, start, end, text[start..end], "event-words"));
                    break;
                }
            }
        }
        return found;
    }

    private static HashSet<string> ContentStems(string form, IReadOnlyList<TextScan.Token> tokens) =>
        tokens.Select(t => Stem(form[t.Start..t.End])).Where(s => !StopWords.Contains(s) && !s.All(char.IsDigit)).ToHashSet(StringComparer.Ordinal);

    private static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        return w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;
    }

    private static (int First, int Last)? ShortestWindow(string[] stems, HashSet<string> wanted, int maxLength)
    {
        (int, int)? best = null;
        for (var first = 0; first < stems.Length; first++)
        {
            if (!wanted.Contains(stems[first])) continue;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var last = first; last < stems.Length && last - first < maxLength; last++)
            {
                if (wanted.Contains(stems[last])) seen.Add(stems[last]);
                if (seen.Count == wanted.Count)
                {
                    if (best is not { } b || last - first < b.Item2 - b.Item1) best = (first, last);
                    break;
                }
            }
        }
        return best;
    }

    // ---- relations ------------------------------------------------------------------------

    private sealed record Candidate(string Type, SuggestedMention Subject, SuggestedMention Object, int Start, int End, TextScan.Span Trigger, TriggerRule Rule, List<BundleQualifier> Qualifiers);

    private List<(SuggestedRelation Relation, List<BundleCitation> Citations)> FindRelations(string text, IReadOnlyList<TextScan.Span> sentences, SuggestedMention[] mentions, Gazetteer gazetteer)
    {
        var modifiers = Modifiers(text, mentions);
        var nonActors = NonActors(text, mentions);
        var merged = new Dictionary<string, (SuggestedRelation First, List<BundleCitation> Citations, double Confidence)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var whole in sentences)
        {
            // "WASHINGTON, Oct 10 - US President …": the dateline's place is no actor.
            var sentence = TextScan.WithoutDateline(text, whole);
            var inSentence = mentions.Where(m => sentence.Contains(m.Start, m.End)).ToArray();
            if (inSentence.Length == 0) continue;
            var candidates = new List<Candidate>();
            foreach (var rule in triggers.Rules)
            {
                var type = vocabulary.Find(rule.Type)!;
                foreach (Match trigger in rule.Pattern.Matches(text[sentence.Start..sentence.End]))
                {
                    var t = new TextScan.Span(sentence.Start + trigger.Index, sentence.Start + trigger.Index + trigger.Length);
                    if (rule.UnlessBefore is { } veto && veto.IsMatch(text[sentence.Start..t.Start])) continue;
                    var scene = new Scene(text, sentence, TextScan.ClauseOf(text, sentence, t.Start, t.End), t, inSentence, modifiers, gazetteer, triggers);
                    foreach (var (subject, @object) in Pairs(scene, rule, type, nonActors))
                    {
                        var start = Math.Min(t.Start, Math.Min(subject.Start, @object.Start));
                        var end = Math.Max(t.End, Math.Max(subject.End, @object.End));
                        candidates.Add(new Candidate(rule.Type, subject, @object, start, end, t, rule, Qualifiers(trigger, rule)));
                    }
                }
            }
            // One reading per passage: where rules read the same fact from overlapping words, the
            // most confident rule's (then the shortest quote); "70 per cent … and 90 per cent" stay two.
            var kept = new List<Candidate>();
            foreach (var c in candidates.OrderByDescending(c => c.Rule.Confidence).ThenBy(c => c.End - c.Start))
                if (!kept.Any(k => (k.Type, k.Subject.EntityId, k.Object.EntityId) == (c.Type, c.Subject.EntityId, c.Object.EntityId)
                        && k.Trigger.Start < c.Trigger.End && c.Trigger.Start < k.Trigger.End))
                    kept.Add(c);
            foreach (var c in kept.OrderBy(c => c.Start).ThenBy(c => c.Type, StringComparer.Ordinal))
            {
                var quote = text[c.Start..c.End];
                var first = text.IndexOf(quote, StringComparison.Ordinal);
                var stance = TextScan.Reporting().IsMatch(text[sentence.Start..sentence.End]) ? CitationStance.Reports : CitationStance.Asserts;
                var relation = new SuggestedRelation(c.Type, c.Subject.EntityId, c.Object.EntityId, quote, first, first + quote.Length,
                    c.Rule.Confidence, $"{c.Type}/{c.Rule.Id}", stance, c.Qualifiers);
                var key = string.Join('\u001f', c.Type, relation.Subject, relation.Object,
                    string.Join('\u001e', c.Qualifiers.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => q.Key + "=" + q.Value)));
                if (!merged.TryGetValue(key, out var entry))
                {
                    merged[key] = entry = (relation, [], relation.Confidence);
                    order.Add(key);
                }
                if (!entry.Citations.Any(x => x.Quote == quote))
                    entry.Citations.Add(new BundleCitation { Quote = quote, Start = first, End = first + quote.Length, Stance = StanceName(stance) });
                merged[key] = entry with { Confidence = Math.Max(entry.Confidence, relation.Confidence) };
            }
        }
        return order.Select(k => (merged[k].First with { Confidence = merged[k].Confidence }, merged[k].Citations)).ToList();
    }

    private static string StanceName(CitationStance stance) => stance == CitationStance.Reports ? "REPORTS" : "ASSERTS";

    private static List<BundleQualifier> Qualifiers(Match trigger, TriggerRule rule)
    {
        var qualifiers = new List<BundleQualifier>();
        foreach (var group in trigger.Groups.Cast<Group>().Where(g => g.Success && !int.TryParse(g.Name, out _)))
        {
            var q = new BundleQualifier { Key = group.Name, Value = group.Value };
            if (double.TryParse(group.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) q.Number = number;
            if (rule.Units.TryGetValue(group.Name, out var unit)) q.Unit = unit;
            qualifiers.Add(q);
        }
        return qualifiers;
    }

    /// <summary>
    /// Mentions that only qualify a person: the country or organisation before a title ("US" in
    /// "US President Donald Trump", and in "the US leader", who is a person the text does not
    /// name). They are not the actor or target of the sentence.
    /// </summary>
    private HashSet<SuggestedMention> Modifiers(string text, SuggestedMention[] mentions)
    {
        var modifiers = new HashSet<SuggestedMention>();
        foreach (Match title in triggers.TitlePattern.Matches(text))
        {
            var t = new TextScan.Span(title.Index, title.Index + title.Length);
            if (Scene.AdjacentBefore(text, t, mentions) is { } before) modifiers.Add(before);
        }
        return modifiers;
    }

    /// <summary>
    /// Demonyms that only qualify a plural noun of people or things ("Pakistani leaders", "Chinese
    /// firms", "Chinese and Russian officials"): the noun, not the state, is what acts, so they are
    /// never a subject. They may be an object ("tariffs on Chinese goods" target China). Before a
    /// noun of the trigger file's stateAgents ("Russian troops", "Chinese authorities") the
    /// demonym does stand for the state acting. See docs/decisions.md.
    /// </summary>
    private HashSet<SuggestedMention> NonActors(string text, SuggestedMention[] mentions)
    {
        var result = new HashSet<SuggestedMention>();
        var chain = new List<SuggestedMention>();
        var demonyms = mentions.Where(m => m.Kind == NodeKind.Country && m.Rule == "demonym").OrderBy(m => m.Start).ToArray();
        for (var i = 0; i < demonyms.Length; i++)
        {
            chain.Add(demonyms[i]);
            // "Chinese and Russian officials", "US, British and French diplomats": one noun for all.
            if (i + 1 < demonyms.Length && DemonymCoordination().IsMatch(text[demonyms[i].End..demonyms[i + 1].Start])) continue;
            var noun = PluralNoun().Match(text, demonyms[i].End);
            if (noun.Success && !NotPluralNouns.Contains(noun.Groups["noun"].Value) && !triggers.StateAgents.Contains(noun.Groups["noun"].Value))
                result.UnionWith(chain);
            chain.Clear();
        }
        return result;
    }

    /// <summary>Words ending in 's' that are not plural nouns, found right after a demonym.</summary>
    private static readonly HashSet<string> NotPluralNouns = new(StringComparer.Ordinal)
    {
        "is", "was", "has", "does", "says", "as", "this", "thus", "its", "his", "hers", "ours", "yours", "always", "perhaps", "plus", "whereas", "besides", "towards",
    };

    /// <summary>A lowercase plural noun right after a demonym ("goods", "officials"; not "press", not "Foreign").</summary>
    [GeneratedRegex(@"\G\s(?<noun>\p{Ll}[\p{Ll}-]*[^s\W]s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PluralNoun();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:(?:and|or)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DemonymCoordination();

    private static IEnumerable<(SuggestedMention Subject, SuggestedMention Object)> Pairs(Scene scene, TriggerRule rule, RelationType type, IReadOnlySet<SuggestedMention> nonActors)
    {
        // A rule may narrow the type's kinds, never widen them.
        var subjectKinds = type.SubjectKinds.Where(k => rule.SubjectKinds?.Contains(k) ?? true).ToArray();
        var objectKinds = type.ObjectKinds.Where(k => rule.ObjectKinds?.Contains(k) ?? true).ToArray();
        var subjectFirst = !rule.SubjectModes.Any(RelationTriggers.DependentModes.Contains);
        if (subjectFirst)
        {
            foreach (var subject in scene.Resolve(rule.SubjectModes, subjectKinds, other: null, exclude: null, barred: nonActors))
                foreach (var @object in scene.Resolve(rule.ObjectModes, objectKinds, other: subject, exclude: subject).Take(1))
                    if (subject.EntityId != @object.EntityId) yield return (subject, @object);
        }
        else
        {
            foreach (var @object in scene.Resolve(rule.ObjectModes, objectKinds, other: null, exclude: null))
                foreach (var subject in scene.Resolve(rule.SubjectModes, subjectKinds, other: @object, exclude: @object, barred: nonActors).Take(1))
                    if (subject.EntityId != @object.EntityId) yield return (subject, @object);
        }
    }

    // ---- the bundle ------------------------------------------------------------------------

    private static Bundle ToBundle(SuggestRequest request, string text, string sha, string articleId, IReadOnlyList<SuggestedEntity> entities,
        IReadOnlyList<(SuggestedRelation Relation, List<BundleCitation> Citations)> relations)
    {
        var title = string.IsNullOrWhiteSpace(request.Title) ? FirstLine(text) : request.Title.Trim();
        return new Bundle
        {
            Articles =
            [
                new BundleArticle
                {
                    Id = articleId, Title = title, Publisher = request.Publisher, Url = request.Url, PublishedAt = request.PublishedAt,
                    Language = request.Language ?? "en", TextSha256 = sha, TextLength = text.Length, Text = text,
                },
            ],
            Entities = entities.Select(e => new BundleEntity
            {
                Id = e.Id, Kind = KindNames.Of(e.Kind), Name = e.Name,
                Aliases = e.Aliases.Count > 0 ? e.Aliases.ToList() : null, Description = e.Description,
            }).ToList(),
            Relations = relations.Select(f => new BundleRelation
            {
                Type = f.Relation.Type, Subject = f.Relation.Subject, Object = f.Relation.Object,
                Qualifiers = f.Relation.Qualifiers.Count > 0 ? f.Relation.Qualifiers.ToList() : null,
                Confidence = Math.Round(f.Relation.Confidence, 2),
                Citations = f.Citations.Select(c => new BundleCitation { Article = articleId, Quote = c.Quote, Start = c.Start, End = c.End, Stance = c.Stance }).ToList(),
            }).ToList(),
        };
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= BundleValidator.MaxNameLength ? line : line[..BundleValidator.MaxNameLength].TrimEnd();
    }
}
