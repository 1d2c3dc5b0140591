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
}
