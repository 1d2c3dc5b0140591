using GeoGraph.Core.Errors;

namespace GeoGraph.Core.Storage;

/// <summary>
/// What a cursor needs to know of a listing's order: its name (cursors carry it, so one ordering's
/// cursor is refused by another), and the type of each sort key value before the id.
/// </summary>
public interface IListingOrder
{
    /// <summary>E.g. CITATION_COUNT:DESC,ID:ASC.</summary>
    string Name { get; }

    /// <summary>Ascending id order: cursors keep the v1 form every listing shares.</summary>
    bool IsById { get; }

    int KeyCount { get; }

    /// <summary>The CLR type of key <paramref name="key"/>'s value, and whether it may be missing.</summary>
    (Type Type, bool Nullable) KeyType(int key);
}

public enum NodeOrderField
{
    Id,
    /// <summary>The name as searches compare it (NFC, lower case: <see cref="SearchKeys"/>), so both stores sort alike.</summary>
    Name,
}

public sealed record NodeOrderKey(NodeOrderField Field, SortDirection Direction = SortDirection.Asc);

/// <summary>
/// The order of an entities or claims listing: by name (its search key), then the id; or by id.
/// A search has its own order (by how well names match), so it takes none.
/// </summary>
public sealed class NodeOrder : IListingOrder
{
    public static readonly NodeOrder ById = new(null, SortDirection.Asc);

    private NodeOrder(SortDirection? name, SortDirection idDirection)
    {
        NameDirection = name;
        IdDirection = idDirection;
        Name = (name is { } d ? $"NAME:{d.ToString().ToUpperInvariant()}," : "") + $"ID:{idDirection.ToString().ToUpperInvariant()}";
    }

    /// <summary>Null when the order is by id alone.</summary>
    public SortDirection? NameDirection { get; }

    public SortDirection IdDirection { get; }

    public string Name { get; }

    public bool IsById => NameDirection is null && IdDirection == SortDirection.Asc;

    public int KeyCount => NameDirection is null ? 0 : 1;

    public (Type Type, bool Nullable) KeyType(int key) => (typeof(string), false);

    public static NodeOrder Of(IReadOnlyList<NodeOrderKey>? keys, string field = "orderBy")
    {
        if (keys is null || keys.Count == 0) return ById;
        if (keys.Select(k => k.Field).Distinct().Count() != keys.Count)
            throw GeoGraphException.Validation(field, "a field is named twice");
        return keys[0].Field == NodeOrderField.Id
            ? new NodeOrder(null, keys[0].Direction)
            : new NodeOrder(keys[0].Direction, keys.Count > 1 ? keys[1].Direction : SortDirection.Asc);
    }

    public override string ToString() => Name;
}

public enum ArticleOrderField
{
    Id,
    /// <summary>publishedAt to the millisecond; undated articles come last in both directions.</summary>
    PublishedAt,
    /// <summary>The title as searches compare it (NFC, lower case: <see cref="SearchKeys"/>), so both stores sort alike.</summary>
    Title,
}

public sealed record ArticleOrderKey(ArticleOrderField Field, SortDirection Direction = SortDirection.Asc);

/// <summary>
/// The order of an articles listing: by publishedAt or title, then the id; or by id. Like
/// entities, a search has its own order (by how well the title or text matches), so it takes none.
/// </summary>
public sealed class ArticleOrder : IListingOrder
{
    public static readonly ArticleOrder ById = new(null, SortDirection.Asc, SortDirection.Asc);

    private ArticleOrder(ArticleOrderField? key, SortDirection keyDirection, SortDirection idDirection)
    {
        Key = key;
        KeyDirection = keyDirection;
        IdDirection = idDirection;
        Name = (key is { } k ? $"{(k == ArticleOrderField.PublishedAt ? "PUBLISHED_AT" : "TITLE")}:{keyDirection.ToString().ToUpperInvariant()}," : "")
            + $"ID:{idDirection.ToString().ToUpperInvariant()}";
    }

    /// <summary>PublishedAt or Title; null when the order is by id alone.</summary>
    public ArticleOrderField? Key { get; }

    public SortDirection KeyDirection { get; }

    public SortDirection IdDirection { get; }

    public string Name { get; }

    public bool IsById => Key is null && IdDirection == SortDirection.Asc;

    public int KeyCount => Key is null ? 0 : 1;

    /// <summary>publishedAt travels in cursors as Unix milliseconds (missing for undated articles); a title as its search key.</summary>
    public (Type Type, bool Nullable) KeyType(int key) =>
        Key == ArticleOrderField.PublishedAt ? (typeof(long), true) : (typeof(string), false);

    public static ArticleOrder Of(IReadOnlyList<ArticleOrderKey>? keys, string field = "orderBy")
    {
        if (keys is null || keys.Count == 0) return ById;
        if (keys.Select(k => k.Field).Distinct().Count() != keys.Count)
            throw GeoGraphException.Validation(field, "a field is named twice");
        if (keys[0].Field == ArticleOrderField.Id) return new ArticleOrder(null, SortDirection.Asc, keys[0].Direction);
        if (keys.Count > 1 && keys[1].Field != ArticleOrderField.Id)
            throw GeoGraphException.Validation(field, "articles sort by one of PUBLISHED_AT or TITLE, then ID");
        return new ArticleOrder(keys[0].Field, keys[0].Direction, keys.Count > 1 ? keys[1].Direction : SortDirection.Asc);
    }

    public override string ToString() => Name;
}
