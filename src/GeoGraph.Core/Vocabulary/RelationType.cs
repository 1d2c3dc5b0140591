using GeoGraph.Core.Model;

namespace GeoGraph.Core.Vocabulary;

/// <summary>One entry of the controlled relation vocabulary.</summary>
public sealed record RelationType(
    string Type,
    IReadOnlyList<NodeKind> SubjectKinds,
    IReadOnlyList<NodeKind> ObjectKinds,
    string Phrase,
    string? Cameo,
    string Description)
{
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
