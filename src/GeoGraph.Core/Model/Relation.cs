namespace GeoGraph.Core.Model;

/// <summary>
/// A directed, typed statement "subject TYPE object", read as an English sentence. Its citations
/// are loaded separately (in batches), since most listings do not ask for them.
/// Retraction never deletes: a retracted relation keeps its history.
/// </summary>
public sealed record Relation(
    string Id,
    string Type,
    string SubjectId,
    string ObjectId,
    IReadOnlyList<Qualifier> Qualifiers,
    PartialDate? ValidFrom,
    PartialDate? ValidTo,
    double Confidence,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    DateTimeOffset? RetractedAt = null,
    string? RetractedBy = null,
    string? RetractReason = null) : IRelationEnds
{
    /// <summary>True in the world at <paramref name="day"/>: an open end is unbounded.</summary>
    public bool IsValidAt(DateOnly day) =>
        (ValidFrom is not { } from || from.Start <= day) && (ValidTo is not { } to || to.End >= day);

    /// <summary>Visible to someone asking as of <paramref name="knownAt"/>.</summary>
    public bool IsKnownAt(DateTimeOffset knownAt, bool includeRetracted) =>
        RecordedAt <= knownAt && (includeRetracted || RetractedAt is not { } r || r > knownAt);
}
