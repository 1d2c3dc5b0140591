using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>Where a timeline entry's date comes from.</summary>
public enum DateSource
{
    /// <summary>The relation's validFrom (the first day of its period).</summary>
    ValidFrom,
    /// <summary>The relation has no validity: the day its earliest citing article was published.</summary>
    FirstReported,
}

/// <summary>
/// What an entity did or had done to it (relations with it as subject or object), dated by
/// <see cref="TimelineDates"/>, from <see cref="From"/> to <see cref="To"/> (inclusive), as
/// recorded at <see cref="KnownAt"/>; retracted relations hidden unless <see cref="IncludeRetracted"/>.
/// </summary>
public sealed record TimelineQuery(
    string Id,
    DateTimeOffset KnownAt,
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyCollection<string>? Types = null,
    bool IncludeRetracted = false);

/// <summary>One dated relation of a timeline.</summary>
public sealed record TimelineEntry(DateOnly Date, DateSource DateSource, Relation Relation)
{
    /// <summary>
    /// Timelines page by keyset on (date, relation id): the key's rank is the date's day number
    /// (see <see cref="Cursors"/>), so a cursor carries the date it resumes after.
    /// </summary>
    public PageKey Key => new(Date.DayNumber, Relation.Id);

    public static PagedItem<TimelineEntry> Paged(DateOnly date, Relation relation)
    {
        var entry = new TimelineEntry(date, TimelineDates.SourceOf(relation), relation);
        return new(entry, entry.Key);
    }
}

/// <summary>
/// The one rule that dates a relation in time, for timelines and for relation counts by MONTH or
/// YEAR: its validFrom (the first day of the period) when it has one, else the day its earliest
/// citing article was published — the calendar day in the article's own offset, as the article is
/// dated — and undated (left out of timelines) when neither is known. Each store computes the same
/// day in its query; the contract suite checks both against this code.
/// </summary>
public static class TimelineDates
{
    public static DateSource SourceOf(Relation relation) => relation.ValidFrom is null ? DateSource.FirstReported : DateSource.ValidFrom;

    /// <summary>The relation's date given its citing articles' publication instants (nulls ignored); null when undated.</summary>
    public static DateOnly? DateOf(Relation relation, IEnumerable<DateTimeOffset?> citingPublishedAt) =>
        relation.ValidFrom is { } from ? from.Start : FirstReported(citingPublishedAt);

    /// <summary>The publication day of the earliest instant; among equal instants, the earliest calendar day.</summary>
    public static DateOnly? FirstReported(IEnumerable<DateTimeOffset?> publishedAt) =>
        publishedAt.OfType<DateTimeOffset>().OrderBy(p => p.UtcDateTime).ThenBy(p => p.DateTime)
            .Select(p => (DateOnly?)DateOnly.FromDateTime(p.DateTime)).FirstOrDefault();

    /// <summary>The MONTH (yyyy-MM) or YEAR (yyyy) bucket of a date: text order is time order.</summary>
    public static string Period(DateOnly date, bool month) =>
        month ? date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) : date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
