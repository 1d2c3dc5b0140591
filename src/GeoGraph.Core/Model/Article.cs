namespace GeoGraph.Core.Model;

/// <summary>
/// A source. Its text is optional to store (publishers' copyright); its hash and length are
/// always known, so quotes can be verified once the text is supplied.
/// </summary>
public sealed record Article(
    string Id,
    string Title,
    string? Publisher,
    string? Url,
    DateTimeOffset? PublishedAt,
    string? Language,
    string TextSha256,
    int TextLength,
    string? Text,
    DateTimeOffset RecordedAt);
