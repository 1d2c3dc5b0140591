using GeoGraph.Core.Bundles;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Suggestions;

/// <summary>What an analyst supplies to get a draft: the text and whatever metadata is known.</summary>
public sealed record SuggestRequest(
    string Text,
    DateTimeOffset? PublishedAt = null,
    string? Title = null,
    string? Publisher = null,
    string? Url = null,
    string? Language = null);

/// <summary>
/// An entity the draft uses: known (already in the store, or a preloaded country) or proposed
/// (a new id by the id conventions, from a rule such as "a title then a capitalised name").
/// </summary>
public sealed record SuggestedEntity(
    string Id,
    NodeKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description,
    bool Known,
    string Rule);

/// <summary>
/// One place the text names an entity: UTF-16 offsets [Start, End) into the normalised text, and
/// the rule that found it (name, alias, country, capital, demonym, title-name, …).
/// </summary>
public sealed record SuggestedMention(string EntityId, NodeKind Kind, int Start, int End, string Text, string Rule);

/// <summary>
/// A candidate relation: type, subject, object, the quote supporting it (offsets of its first
/// occurrence), how confident the rule is (0–1) and which rule of relation-triggers.json produced it.
/// </summary>
public sealed record SuggestedRelation(
    string Type,
    string Subject,
    string Object,
    string Quote,
    int Start,
    int End,
    double Confidence,
    string Rule,
    CitationStance Stance,
    IReadOnlyList<BundleQualifier> Qualifiers);

/// <summary>
/// A draft: the <see cref="Bundle"/> (a valid geograph-bundle/1 document for one article, with
/// the text) and what it was built from. Nothing is stored.
/// </summary>
public sealed record Suggestion(
    Bundle Bundle,
    string ArticleId,
    string Text,
    IReadOnlyList<SuggestedEntity> Entities,
    IReadOnlyList<SuggestedMention> Mentions,
    IReadOnlyList<SuggestedRelation> Relations);
