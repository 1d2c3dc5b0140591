using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class DateSourceType : EnumerationGraphType<DateSource>
{
    public DateSourceType()
    {
        Name = "DateSource";
        Description = "Where a timeline date comes from: VALID_FROM (the relation's validFrom, the first day of its period) or FIRST_REPORTED (it has no validity: the day its earliest citing article was published, in the article's own time zone).";
    }
}

public sealed class TimelineEntryType : ObjectGraphType<TimelineEntry>
{
    public TimelineEntryType()
    {
        Name = "TimelineEntry";
        Description = "A relation placed in time.";
        Field(e => e.Date, type: typeof(NonNullGraphType<DateType>)).Description("The relation's validFrom, else the day its earliest citing article was published (dateSource says which).");
        Field(e => e.DateSource, type: typeof(NonNullGraphType<DateSourceType>)).Description("Where the date comes from.");
        Field(e => e.Relation, type: typeof(NonNullGraphType<RelationGraphType>)).Description("The relation, with its citations.");
    }
}

public sealed class TimelineEdgeType() : EdgeType<TimelineEntryType, TimelineEntry>("TimelineEntry");
public sealed class TimelineConnectionType() : ConnectionType<TimelineEdgeType, TimelineEntry>("TimelineEntry");

public sealed class RelationGroupKeyType : EnumerationGraphType<RelationGroupKey>
{
    public RelationGroupKeyType()
    {
        Name = "RelationGroupKey";
        Description = "What relationCounts groups by. MONTH and YEAR take the relation's validFrom, else the day its earliest citing article was published (the timeline's date).";
    }
}

public sealed class RelationBucketKeyType : ObjectGraphType<RelationBucketKey>
{
    public RelationBucketKeyType()
    {
        Name = "RelationCountKey";
        Description = "A bucket's key: only the fields grouped by are set.";
        Field(k => k.Type, nullable: true).Description("The relation type (TYPE).");
        Field<NodeInterface>("subject").Description("The subject (SUBJECT).")
            .Resolve(c => c.Source.SubjectId is { } id ? c.Loaders().Node(id) : null);
        Field<NodeInterface>("object").Description("The object (OBJECT).")
            .Resolve(c => c.Source.ObjectId is { } id ? c.Loaders().Node(id) : null);
        Field(k => k.SubjectKind, type: typeof(NodeKindType)).Description("The subject's kind (SUBJECT_KIND).");
        Field(k => k.ObjectKind, type: typeof(NodeKindType)).Description("The object's kind (OBJECT_KIND).");
        Field(k => k.Period, nullable: true).Description("yyyy-MM (MONTH) or yyyy (YEAR); null for relations with neither a validFrom nor a dated citing article.");
    }
}

public sealed class RelationBucketType : ObjectGraphType<RelationBucket>
{
    public RelationBucketType()
    {
        Name = "RelationCount";
        Description = "How many relations share a key.";
        Field(b => b.Key, type: typeof(NonNullGraphType<RelationBucketKeyType>)).Description("What they share.");
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many relations.").Resolve(c => (int)c.Source.Count);
    }
}
