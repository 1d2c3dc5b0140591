using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>What relation counts are grouped by; MONTH and YEAR take the date <see cref="TimelineDates"/> gives.</summary>
public enum RelationGroupKey
{
    Type,
    Subject,
    Object,
    SubjectKind,
    ObjectKind,
    Month,
    Year,
}

/// <summary>
/// Relations the filter selects, counted per distinct combination of the <see cref="GroupBy"/>
/// keys; at most <see cref="First"/> buckets, by count descending, then by key: type, subject id,
/// object id, subject kind, object kind, period (undated last). Bounds: <see cref="QueryLimits"/>.
/// </summary>
public sealed record RelationCountQuery(RelationFilter Filter, IReadOnlyCollection<RelationGroupKey> GroupBy, int First = QueryLimits.DefaultBuckets)
{
    public bool Has(RelationGroupKey key) => GroupBy.Contains(key);
}

/// <summary>A bucket's key: the fields not grouped by are null; <see cref="Period"/> is yyyy-MM or yyyy, null for undated relations.</summary>
public sealed record RelationBucketKey(
    string? Type = null,
    string? SubjectId = null,
    string? ObjectId = null,
    NodeKind? SubjectKind = null,
    NodeKind? ObjectKind = null,
    string? Period = null);

public sealed record RelationBucket(RelationBucketKey Key, long Count);
