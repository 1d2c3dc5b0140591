using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Core.Tests.Storage;

/// <summary>The one rule that dates a relation, for timelines and for relation counts by MONTH or YEAR.</summary>
public sealed class TimelineDatesTests
{
    private static readonly DateTimeOffset T0 = new(2025, 10, 14, 6, 0, 0, TimeSpan.Zero);

    private static Relation Rel(PartialDate? from) => new("rel:0000000000000001", "ALLIED_WITH", "country:CN", "country:PK", [], from, null, 1, T0, "test");

    [Fact]
    public void ValidFrom_wins_and_is_the_first_day_of_its_period()
    {
        var month = Rel(new PartialDate(new DateOnly(2025, 10, 1), DatePrecision.Month));
        Assert.Equal(new DateOnly(2025, 10, 1), TimelineDates.DateOf(month, [new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)]));
        Assert.Equal(DateSource.ValidFrom, TimelineDates.SourceOf(month));
    }

    [Fact]
    public void Without_validFrom_the_earliest_instant_gives_its_own_calendar_day()
    {
        var undated = Rel(null);
        // 01:00 on 2 March in Tokyo is before 20:00 on 1 March in London: the day is Tokyo's.
        DateTimeOffset?[] published = [new DateTimeOffset(2025, 3, 1, 20, 0, 0, TimeSpan.Zero), null, new DateTimeOffset(2025, 3, 2, 1, 0, 0, TimeSpan.FromHours(9))];
        Assert.Equal(new DateOnly(2025, 3, 2), TimelineDates.DateOf(undated, published));
        Assert.Equal(DateSource.FirstReported, TimelineDates.SourceOf(undated));
        // The same instant in two offsets: the earlier calendar day.
        Assert.Equal(new DateOnly(2025, 3, 1), TimelineDates.FirstReported(
            [new DateTimeOffset(2025, 3, 2, 1, 0, 0, TimeSpan.FromHours(9)), new DateTimeOffset(2025, 3, 1, 16, 0, 0, TimeSpan.Zero)]));
        Assert.Null(TimelineDates.DateOf(undated, [null]));
        Assert.Null(TimelineDates.DateOf(undated, []));
    }

    [Fact]
    public void Periods_are_text_that_sorts_in_time_order()
    {
        Assert.Equal("2025-03", TimelineDates.Period(new DateOnly(2025, 3, 2), month: true));
        Assert.Equal("2025", TimelineDates.Period(new DateOnly(2025, 3, 2), month: false));
    }

    [Fact]
    public void Relation_counts_need_one_key_at_least_and_one_period_at_most()
    {
        var filter = new RelationFilter(T0);
        Assert.Equal([RelationGroupKey.Type, RelationGroupKey.Month],
            QueryLimits.Check(new RelationCountQuery(filter, [RelationGroupKey.Month, RelationGroupKey.Type, RelationGroupKey.Month])).GroupBy);
        Assert.Throws<Errors.GeoGraphException>(() => QueryLimits.Check(new RelationCountQuery(filter, [])));
        Assert.Throws<Errors.GeoGraphException>(() => QueryLimits.Check(new RelationCountQuery(filter, [RelationGroupKey.Year, RelationGroupKey.Month])));
        Assert.Throws<Errors.GeoGraphException>(() => QueryLimits.Check(new RelationCountQuery(filter, [RelationGroupKey.Type], QueryLimits.MaxBuckets + 1)));
    }
}
