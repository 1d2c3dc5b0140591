using GeoGraph.Api.GraphQL.Inputs;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Conditions;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class DateRangeInputType : InputObjectGraphType<DateRange>
{
    public DateRangeInputType()
    {
        Name = "DateRange";
        Description = "Days from–to, inclusive; leave an end out for an open range.";
        Field(r => r.From, type: typeof(DateType)).Description("First day.");
        Field(r => r.To, type: typeof(DateType)).Description("Last day.");
    }
}

public sealed class RelationOrderFieldType : EnumerationGraphType<RelationOrderField>
{
    public RelationOrderFieldType()
    {
        Name = "RelationOrderField";
        Description = "What relations can be ordered by. VALID_FROM and FIRST_REPORTED (the earliest publishedAt of a citing article) put relations without one last, in both directions.";
    }
}

/// <summary>One sort key: a field of <typeparamref name="TFieldType"/> and a direction.</summary>
public abstract class OrderByInputType<TField, TFieldType> : InputObjectGraphType<OrderByInput<TField>>
    where TField : struct, Enum where TFieldType : EnumerationGraphType<TField>
{
    protected OrderByInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field(o => o.Field, type: typeof(NonNullGraphType<TFieldType>)).Description("What to order by.");
        Field(o => o.Direction, type: typeof(SortDirectionType)).Description("ASC (default) or DESC.").DefaultValue(SortDirection.Asc);
    }
}

public sealed class RelationOrderByInputType() : OrderByInputType<RelationOrderField, RelationOrderFieldType>(
    "RelationOrderBy", "One sort key; later keys break ties, then the id.");

public sealed class RoleAttributionType : ObjectGraphType<RoleAttribution>
{
    public RoleAttributionType()
    {
        Name = "ViaRole";
        Description = "Why a relation counted for a country or organisation under viaRoles: one of its ends holds a role in it.";
        Field<NonNullGraphType<NodeInterface>>("holder").Description("The person at an end of the relation who holds the role.")
            .Resolve(c => c.Loaders().Node(c.Source.HolderId));
        Field<NonNullGraphType<NodeInterface>>("standsFor").Description("The country or organisation named in involves or between.")
            .Resolve(c => c.Loaders().Node(c.Source.StandsForId));
        Field<StringGraphType>("roleTitle").Description("The role qualifier of the HOLDS_ROLE relation, e.g. 'Prime Minister'.")
            .Resolve(c => c.Source.Role.Qualifiers.FirstOrDefault(q => q.Key == "role")?.Value);
        Field<NonNullGraphType<RelationGraphType>>("role").Description("The HOLDS_ROLE relation itself, with its validity and citations.")
            .Resolve(c => c.Source.Role);
    }
}

public sealed class NodeOrderFieldType : EnumerationGraphType<NodeOrderField>
{
    public NodeOrderFieldType()
    {
        Name = "NodeOrderField";
        Description = "What entities and claims can be ordered by: NAME (case-insensitively, as searches compare names) or ID.";
    }
}

public sealed class NodeOrderByInputType() : OrderByInputType<NodeOrderField, NodeOrderFieldType>(
    "NodeOrderBy", "One sort key of entities or claims; the id breaks ties.");

public sealed class ArticleOrderFieldType : EnumerationGraphType<ArticleOrderField>
{
    public ArticleOrderFieldType()
    {
        Name = "ArticleOrderField";
        Description = "What articles can be ordered by: PUBLISHED_AT (undated articles last, in both directions), TITLE (case-insensitively) or ID.";
    }
}

public sealed class ArticleOrderByInputType() : OrderByInputType<ArticleOrderField, ArticleOrderFieldType>(
    "ArticleOrderBy", "One sort key of articles; the id breaks ties.");
