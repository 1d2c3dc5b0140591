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
    bool Verified);
