namespace GeoGraph.Core.Model;

public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>
/// A date known to a precision: "last week" is a week. <see cref="Date"/> is the first day of the
/// period (Monday for a week), so two spellings of the same period are the same value.
/// </summary>
public readonly record struct PartialDate(DateOnly Date, DatePrecision Precision)
{
    public DateOnly Start => Date;

    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Date,
        DatePrecision.Week => Date.AddDays(6),
        DatePrecision.Month => Date.AddDays(DateTime.DaysInMonth(Date.Year, Date.Month) - 1),
        DatePrecision.Year => new DateOnly(Date.Year, 12, 31),
        _ => Date,
    };

    /// <summary>True when the whole period fits in the calendar .NET can represent (ends by 9999-12-31).</summary>
    public bool IsRepresentable => Precision != DatePrecision.Week || Date <= DateOnly.MaxValue.AddDays(-6);

    /// <summary>True when <see cref="Date"/> is the first day of a period of its precision.</summary>
    public bool IsAligned => Precision switch
    {
        DatePrecision.Week => Date.DayOfWeek == DayOfWeek.Monday,
        DatePrecision.Month => Date.Day == 1,
        DatePrecision.Year => Date.Day == 1 && Date.Month == 1,
        _ => true,
    };

    public override string ToString() => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
