
namespace GeoGraph.Core.Bundles;

/// <summary>
/// The one shape of ingestion, seed, import and export: "geograph-bundle/1", described by the
/// committed geograph-bundle-1.schema.json. These are wire shapes; <see cref="Ingestion.Ingestor"/>
/// validates and resolves them into the domain model.
/// </summary>
public sealed class Bundle
{
    public const string CurrentFormat = "geograph-bundle/1";

    public string? Format { get; set; } = CurrentFormat;
    public List<BundleArticle> Articles { get; set; } = [];
    public List<BundleEntity> Entities { get; set; } = [];
    public List<BundleClaim> Claims { get; set; } = [];
    public List<BundleRelation> Relations { get; set; } = [];
}

public sealed class BundleArticle
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? Language { get; set; }
    public string? TextSha256 { get; set; }
    public int? TextLength { get; set; }
    public string? Text { get; set; }
}

public sealed class BundleEntity
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Description { get; set; }

    /// <summary>Ids in other systems by scheme: <c>{"wikidata": "Q148"}</c> (countries get their ISO codes without asking).</summary>
    public Dictionary<string, string>? ExternalIds { get; set; }
}

public sealed class BundleClaim
{
    public string? Id { get; set; }
    public string? Statement { get; set; }
}

public sealed class BundleRelation
{
    public string? Type { get; set; }
    public string? Subject { get; set; }
    public string? Object { get; set; }
    public List<BundleQualifier>? Qualifiers { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidFromPrecision { get; set; }
    public string? ValidTo { get; set; }
    public string? ValidToPrecision { get; set; }
    public double? Confidence { get; set; }
    public List<BundleCitation>? Citations { get; set; }

    /// <summary>
    /// Present when the relation is recorded already retracted (a file import, e.g. synth's or a
    /// migration's); GraphQL inputs never set it, so only admins' direct imports can.
    /// </summary>
    public BundleRetraction? Retracted { get; set; }
}

/// <summary>A retraction that arrives with its relation: recorded by the importing actor, at ingestion time.</summary>
public sealed class BundleRetraction
{
    public string? Reason { get; set; }
}

public sealed class BundleQualifier
{
    public string? Key { get; set; }
    public string? Value { get; set; }
    public double? Number { get; set; }
    public string? Unit { get; set; }
    public string? Entity { get; set; }
}

public sealed class BundleCitation
{
    public string? Article { get; set; }
    public string? Quote { get; set; }

    /// <summary>UTF-16 offsets of the quote; optional when the article's text is in the bundle or stored.</summary>
    public int? Start { get; set; }
    public int? End { get; set; }

    /// <summary>Which occurrence of the quote is meant (1-based; default the first).</summary>
    public int? Occurrence { get; set; }

    public string? Speaker { get; set; }
    public string? Stance { get; set; }

    /// <summary>This source's describing qualifiers, when they differ from the relation's (an export of a fact several sources worded differently).</summary>
    public List<BundleQualifier>? Qualifiers { get; set; }
}
