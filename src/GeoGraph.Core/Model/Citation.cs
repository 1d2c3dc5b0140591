namespace GeoGraph.Core.Model;

public enum CitationStance
{
    /// <summary>The article states it in its own voice.</summary>
    Asserts,
    /// <summary>The article reports someone else saying it.</summary>
    Reports,
}

/// <summary>
/// The verbatim quote that supports a relation: UTF-16 offsets, half-open, into the normalised
/// article text. <see cref="Verified"/> is true once the quote was checked against that text.
/// </summary>
public sealed record Citation(
    string RelationId,
    string ArticleId,
    string Quote,
    int Start,
    int End,
    string? SpeakerId,
    CitationStance Stance,
    bool Verified)
{
    /// <summary>
    /// How this source described the fact: the qualifiers its type's vocabulary entry says only
    /// describe (the goods a tariff is on, "about"), sorted by key. The qualifiers that identify
    /// the fact are the relation's.
    /// </summary>
    public IReadOnlyList<Qualifier> Qualifiers { get; init; } = [];

    // Value equality over the qualifiers too (a record compares lists by reference).
    public bool Equals(Citation? other) =>
        other is not null && RelationId == other.RelationId && ArticleId == other.ArticleId && Quote == other.Quote
        && Start == other.Start && End == other.End && SpeakerId == other.SpeakerId && Stance == other.Stance
        && Verified == other.Verified && Qualifiers.SequenceEqual(other.Qualifiers);

    public override int GetHashCode() => HashCode.Combine(RelationId, ArticleId, Start, End);
}
