using GeoGraph.Core.Model;

namespace GeoGraph.Core.Tests.Model;

public class RelationTests
{
    private static readonly DateTimeOffset Recorded = new(2025, 10, 14, 5, 3, 0, TimeSpan.Zero);

    private static Relation Controls(PartialDate? validFrom = null, PartialDate? validTo = null) =>
        new("rel:0123456789abcdef", "IMPOSES_EXPORT_CONTROL", "country:CN", "commodity:rare-earths", [],
            validFrom, validTo, 1.0, Recorded, "seed");

    [Theory]
    [InlineData("2025-10-05", false)]
    [InlineData("2025-10-06", true)]
    [InlineData("2025-10-12", true)]
    [InlineData("2025-11-30", true)]
    [InlineData("2025-12-01", false)]
    public void IsValidAt_covers_whole_periods_from_the_first_day_of_validFrom_to_the_last_of_validTo(string day, bool valid)
    {
        var relation = Controls(new PartialDate(new DateOnly(2025, 10, 6), DatePrecision.Week), new PartialDate(new DateOnly(2025, 11, 1), DatePrecision.Month));

        Assert.Equal(valid, relation.IsValidAt(DateOnly.Parse(day)));
    }

    [Fact]
    public void IsValidAt_treats_open_ends_as_unbounded()
    {
        Assert.True(Controls().IsValidAt(DateOnly.MinValue));
        Assert.True(Controls().IsValidAt(DateOnly.MaxValue));
        Assert.True(Controls(validFrom: new PartialDate(new DateOnly(2025, 10, 6), DatePrecision.Day)).IsValidAt(new DateOnly(2999, 1, 1)));
        Assert.False(Controls(validFrom: new PartialDate(new DateOnly(2025, 10, 6), DatePrecision.Day)).IsValidAt(new DateOnly(2025, 10, 5)));
        Assert.True(Controls(validTo: new PartialDate(new DateOnly(2025, 1, 1), DatePrecision.Year)).IsValidAt(new DateOnly(1900, 1, 1)));
        Assert.False(Controls(validTo: new PartialDate(new DateOnly(2025, 1, 1), DatePrecision.Year)).IsValidAt(new DateOnly(2026, 1, 1)));
    }

    [Theory]
    [InlineData(-1, false, false)]
    [InlineData(0, false, true)]
    [InlineData(24 * 60 - 1, false, true)]
    [InlineData(24 * 60, false, false)]
    [InlineData(24 * 60, true, true)]
    [InlineData(48 * 60, true, true)]
    [InlineData(-1, true, false)]
    public void IsKnownAt_hides_a_relation_before_it_was_recorded_and_from_its_retraction(int minutesAfterRecording, bool includeRetracted, bool known)
    {
        var retracted = Controls() with { RetractedAt = Recorded.AddDays(1), RetractedBy = "editor", RetractReason = "misread" };

        Assert.Equal(known, retracted.IsKnownAt(Recorded.AddMinutes(minutesAfterRecording), includeRetracted));
    }

    [Fact]
    public void IsKnownAt_shows_an_unretracted_relation_from_its_recording_on()
    {
        Assert.False(Controls().IsKnownAt(Recorded.AddTicks(-1), includeRetracted: false));
        Assert.True(Controls().IsKnownAt(Recorded, includeRetracted: false));
        Assert.True(Controls().IsKnownAt(DateTimeOffset.MaxValue, includeRetracted: false));
    }
}
