using GeoGraph.Core.Model;

namespace GeoGraph.Core.Vocabulary;

/// <summary>Where a vocabulary type is defined.</summary>
public enum VocabularySource
{
    /// <summary>GeoGraph's committed relation-types.json.</summary>
    BuiltIn,

    /// <summary>The deployment's own file, named by the <c>Vocabulary:Path</c> setting.</summary>
    Deployment,
}

/// <summary>One entry of the controlled relation vocabulary.</summary>
public sealed record RelationType(
    string Type,
    IReadOnlyList<NodeKind> SubjectKinds,
    IReadOnlyList<NodeKind> ObjectKinds,
    string Phrase,
    string? Cameo,
    string Description)
{
    /// <summary>
    /// The PLOVER event category (<see cref="PloverCategories"/>), or null for a type that is not an
    /// event between actors (claim structure, standing states, roles).
    /// </summary>
    public string? Plover { get; init; }

    /// <summary>Built in, or added by the deployment's vocabulary file.</summary>
    public VocabularySource Source { get; init; } = VocabularySource.BuiltIn;

    public bool Allows(NodeKind subject, NodeKind @object) =>
        SubjectKinds.Contains(subject) && ObjectKinds.Contains(@object);

    /// <summary>Qualifier keys that tell one such fact from another (a tariff threat's rate): the relation id hashes them.</summary>
    public IReadOnlyList<string> IdentifyingQualifiers { get; init; } = [];

    /// <summary>
    /// Qualifier keys that only describe the fact in a source's words (the goods a tariff is on,
    /// "about"): left out of the relation id, and kept with each citation.
    /// </summary>
    public IReadOnlyList<string> DescribingQualifiers { get; init; } = [];

    /// <summary>
    /// Whether the key is part of the fact's identity. A key the vocabulary does not list
    /// identifies: wrongly splitting a fact only misses a corroboration, wrongly merging two facts
    /// would lose one of them.
    /// </summary>
    public bool Identifies(string key) => !DescribingQualifiers.Contains(key, StringComparer.Ordinal);
}

/// <summary>
/// PLOVER's 16 event categories (Political Language Ontology for Verifiable Event Records,
/// openeventdata/PLOVER, 2021 revision), in its order: verbal cooperation, material cooperation,
/// verbal conflict, material conflict.
/// </summary>
public static class PloverCategories
{
    public static IReadOnlyList<string> All { get; } =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
        "COOPERATE", "AID", "RETREAT",
        "REQUEST", "ACCUSE", "REJECT", "THREATEN",
        "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    public static bool IsKnown(string? category) => category is not null && All.Contains(category, StringComparer.Ordinal);
}
