using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>A calendar date, yyyy-MM-dd.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar date, yyyy-MM-dd (ISO 8601).";
    }
}

/// <summary>An instant with its offset, ISO 8601.</summary>
public sealed class DateTimeType : DateTimeOffsetGraphType
{
    public DateTimeType()
    {
        Name = "DateTime";
        Description = "An instant, ISO 8601 with offset, e.g. 2025-10-14T10:33:00+05:30.";
    }
}
