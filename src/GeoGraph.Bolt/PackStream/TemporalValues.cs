namespace GeoGraph.Bolt;

/// <summary>
/// Cypher DURATION (structure <c>45</c>): months, days, seconds and nanoseconds are kept apart,
/// as Cypher does, because a month or a day has no fixed length.
/// </summary>
public readonly record struct BoltDuration(long Months, long Days, long Seconds, int Nanoseconds)
{
    /// <summary>Seconds rounded down, so nanoseconds stay in 0…999 999 999 as the server keeps them.</summary>
    public static BoltDuration FromTimeSpan(TimeSpan span)
    {
        var seconds = Math.DivRem(span.Ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }
        return new BoltDuration(0, 0, seconds, (int)(remainder * 100));
    }

    /// <summary>ISO-8601 form, for example <c>P14M16DT12.5S</c>.</summary>
    public override string ToString()
    {
        var seconds = Seconds + Nanoseconds / 1_000_000_000m;
        return FormattableString.Invariant($"P{Months}M{Days}DT{seconds:0.#########}S");
    }
}

/// <summary>Cypher TIME (structure <c>54</c>): a time of day with a UTC offset.</summary>
public readonly record struct OffsetTime(TimeOnly Time, TimeSpan Offset)
{
    public override string ToString() =>
        Time.ToString("HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture)
        + (Offset < TimeSpan.Zero ? "-" : "+") + Offset.ToString("hh\\:mm", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Cypher DATETIME with a named zone (structure <c>69</c>): the UTC instant and the IANA zone id.
/// <see cref="ToDateTimeOffset"/> resolves the zone's offset through the host's time-zone database.
/// </summary>
public readonly record struct ZonedDateTime(DateTime UtcDateTime, string ZoneId)
{
    public DateTimeOffset ToDateTimeOffset()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        var utc = DateTime.SpecifyKind(UtcDateTime, DateTimeKind.Utc);
        return new DateTimeOffset(utc).ToOffset(zone.GetUtcOffset(utc));
    }

    public override string ToString()
    {
        string local;
        try { local = ToDateTimeOffset().ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture); }
        catch (TimeZoneNotFoundException) { local = UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture) + "Z"; }
        return local + "[" + ZoneId + "]";
    }
}
