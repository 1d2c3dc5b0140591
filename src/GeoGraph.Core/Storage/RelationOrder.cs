using GeoGraph.Core.Errors;

namespace GeoGraph.Core.Storage;

/// <summary>What relations can be ordered by; every ordering ends with the id, so pages never tie.</summary>
public enum RelationOrderField
{
    Id,
    /// <summary>The first day of the validity; relations without one come last in both directions.</summary>
    ValidFrom,
    /// <summary>The earliest publishedAt of a citing article (<see cref="Corroboration"/>); none: last in both directions.</summary>
    FirstReported,
    RecordedAt,
    Confidence,
    /// <summary>How many citations (<see cref="Corroboration.CitationCount"/>).</summary>
    CitationCount,
    /// <summary>How many distinct citing articles (<see cref="Corroboration.SourceCount"/>).</summary>
    SourceCount,
}

public enum SortDirection
{
    Asc,
    Desc,
}

public sealed record RelationOrderKey(RelationOrderField Field, SortDirection Direction = SortDirection.Asc);

/// <summary>
/// A relation listing's order: sort keys, later ones breaking ties, then the id (ascending unless
/// the keys name ID with a direction; keys after ID could never decide anything and are dropped).
/// Keys that can be missing (<see cref="RelationOrderField.ValidFrom"/>,
/// <see cref="RelationOrderField.FirstReported"/>) put the relations without a value last, whatever
/// the direction. A cursor carries the key values (<see cref="Cursors"/>) and names the ordering,
/// so paging is keyset paging and a cursor of another ordering is refused.
/// </summary>
public sealed class RelationOrder : IListingOrder
{
    public static readonly RelationOrder ById = new([], SortDirection.Asc);

    private RelationOrder(IReadOnlyList<RelationOrderKey> keys, SortDirection idDirection)
    {
        Keys = keys;
        IdDirection = idDirection;
        Name = string.Join(",", keys.Append(new RelationOrderKey(RelationOrderField.Id, idDirection)).Select(k => $"{FieldName(k.Field)}:{k.Direction.ToString().ToUpperInvariant()}"));
    }

    /// <summary>The keys before the id, each field once.</summary>
    public IReadOnlyList<RelationOrderKey> Keys { get; }

    public SortDirection IdDirection { get; }

    /// <summary>E.g. CITATION_COUNT:DESC,ID:ASC; what a cursor names its ordering by.</summary>
    public string Name { get; }

    /// <summary>The default order, ascending id: cursors stay in the v1 form every listing shares.</summary>
    public bool IsById => Keys.Count == 0 && IdDirection == SortDirection.Asc;

    /// <summary>The normalised order, or VALIDATION_FAILED (on <paramref name="field"/>) when a field is named twice or too many keys are given.</summary>
    public static RelationOrder Of(IReadOnlyList<RelationOrderKey>? keys, string field = "orderBy")
    {
        if (keys is null || keys.Count == 0) return ById;
        if (keys.Count > QueryLimits.MaxOrderKeys)
            throw GeoGraphException.Validation(field, $"at most {QueryLimits.MaxOrderKeys} sort keys");
        var before = new List<RelationOrderKey>();
        foreach (var key in keys)
        {
            if (before.Any(k => k.Field == key.Field))
                throw GeoGraphException.Validation(field, $"{FieldName(key.Field)} is named twice");
            if (key.Field == RelationOrderField.Id) return new RelationOrder(before, key.Direction);
            before.Add(key);
        }
        return new RelationOrder(before, SortDirection.Asc);
    }

    /// <summary>VALID_FROM for ValidFrom, and so on: the names of the GraphQL enum and of cursors.</summary>
    public static string FieldName(RelationOrderField field) => field switch
    {
        RelationOrderField.Id => "ID",
        RelationOrderField.ValidFrom => "VALID_FROM",
        RelationOrderField.FirstReported => "FIRST_REPORTED",
        RelationOrderField.RecordedAt => "RECORDED_AT",
        RelationOrderField.Confidence => "CONFIDENCE",
        RelationOrderField.CitationCount => "CITATION_COUNT",
        RelationOrderField.SourceCount => "SOURCE_COUNT",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The CLR type of a key's value (null allowed where <see cref="Nullable"/>): what stores return and cursors carry.</summary>
    public static Type ValueType(RelationOrderField field) => field switch
    {
        RelationOrderField.ValidFrom => typeof(DateOnly),
        RelationOrderField.FirstReported or RelationOrderField.RecordedAt => typeof(DateTimeOffset),
        RelationOrderField.Confidence => typeof(double),
        RelationOrderField.CitationCount or RelationOrderField.SourceCount => typeof(long),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>Whether a relation can lack a value for the key (it then sorts last in both directions).</summary>
    public static bool Nullable(RelationOrderField field) => field is RelationOrderField.ValidFrom or RelationOrderField.FirstReported;

    public int KeyCount => Keys.Count;

    public (Type Type, bool Nullable) KeyType(int key) => (ValueType(Keys[key].Field), Nullable(Keys[key].Field));

    public override string ToString() => Name;
}
