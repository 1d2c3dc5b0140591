using GeoGraph.Core.Bundles;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Tests.Model;

public class PartialDateTests
{
    [Theory]
    [InlineData("2025-10-14", DatePrecision.Day, "2025-10-14")]
    [InlineData("2025-10-06", DatePrecision.Week, "2025-10-12")]
    [InlineData("2025-12-29", DatePrecision.Week, "2026-01-04")]
    [InlineData("2025-10-01", DatePrecision.Month, "2025-10-31")]
    [InlineData("2025-04-01", DatePrecision.Month, "2025-04-30")]
    [InlineData("2024-02-01", DatePrecision.Month, "2024-02-29")]
    [InlineData("2025-02-01", DatePrecision.Month, "2025-02-28")]
    [InlineData("2025-12-01", DatePrecision.Month, "2025-12-31")]
    [InlineData("2025-01-01", DatePrecision.Year, "2025-12-31")]
    [InlineData("2024-01-01", DatePrecision.Year, "2024-12-31")]
    public void End_is_the_last_day_of_the_period(string start, DatePrecision precision, string end)
    {
        var date = new PartialDate(DateOnly.Parse(start), precision);

        Assert.Equal(DateOnly.Parse(start), date.Start);
        Assert.Equal(DateOnly.Parse(end), date.End);
    }

    [Fact]
    public void Week_runs_monday_to_sunday()
    {
        var week = new PartialDate(new DateOnly(2025, 10, 6), DatePrecision.Week);

        Assert.Equal(DayOfWeek.Monday, week.Start.DayOfWeek);
        Assert.Equal(DayOfWeek.Sunday, week.End.DayOfWeek);
    }

    [Theory]
    [InlineData("2025-10-06", DatePrecision.Week, true)]
    [InlineData("2025-10-12", DatePrecision.Week, false)]
    [InlineData("2025-10-01", DatePrecision.Month, true)]
    [InlineData("2025-10-02", DatePrecision.Month, false)]
    [InlineData("2025-01-01", DatePrecision.Year, true)]
    [InlineData("2025-02-01", DatePrecision.Year, false)]
    [InlineData("2025-10-17", DatePrecision.Day, true)]
    public void IsAligned_when_the_date_starts_its_period(string date, DatePrecision precision, bool aligned) =>
        Assert.Equal(aligned, new PartialDate(DateOnly.Parse(date), precision).IsAligned);

    [Theory]
    [InlineData("2025-10-06", "WEEK", true)]
    [InlineData("2025-10-07", "WEEK", false)]
    [InlineData("2025-10-06", "week", false)]
    [InlineData("2025-10-06", "FORTNIGHT", false)]
    [InlineData("2025-02-29", null, false)]
    [InlineData("2025-10-6", null, false)]
    [InlineData(null, "DAY", false)]
    [InlineData(null, null, true)]
    public void Bundle_date_and_precision_parse_only_when_well_formed_and_aligned(string? date, string? precision, bool parses) =>
        Assert.Equal(parses, PartialDates.TryParse(date, precision, out _));

    [Fact]
    public void Date_without_precision_is_a_day()
    {
        Assert.True(PartialDates.TryParse("2025-10-14", null, out var date));
        Assert.Equal(new PartialDate(new DateOnly(2025, 10, 14), DatePrecision.Day), date);
        Assert.Equal("2025-10-14", date!.Value.ToString());
    }
}
