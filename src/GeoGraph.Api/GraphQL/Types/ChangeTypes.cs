using GeoGraph.Api.Changes;
using GeoGraph.Api.GraphQL.Inputs;
using GeoGraph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class ChangeKindType : EnumerationGraphType<ChangeKind>
{
    public ChangeKindType()
    {
        Name = "ChangeKind";
        Description = "What a change-log entry says happened. A relation's first citations are part of RELATION_RECORDED; "
            + "CITATION_ADDED is a stored relation newly cited by an article; ENTITY_UPDATED a node whose name, aliases or description changed; "
            + "RELATION_ID_CHANGED a relation now known by another id (formerId keeps resolving); ENTITY_MERGED an entity (formerId) merged into another.";
    }
}

public sealed class ChangeType : ObjectGraphType<Change>
{
    public ChangeType()
    {
        Name = "Change";
        Description = "An entry of the change log: every write appends entries in the same transaction, numbered in commit order.";
        Field<NonNullGraphType<LongGraphType>>("sequence").Description("Rises in commit order: once you have seen N, no entry below N appears later.")
            .Resolve(c => c.Source.Sequence);
        Field<NonNullGraphType<ChangeKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateTimeType>>("at").Description("When it happened: a recorded thing's recordedAt (a retraction's retractedAt); an update's write time.")
            .Resolve(c => c.Source.At);
        Field<RelationGraphType>("relation").Description("The relation recorded, retracted or cited (as it is now).")
            .Resolve(c => c.Source.RelationId is { } id ? c.Loaders().Relation(id) : null);
        Field<NodeInterface>("entity").Description("The entity or claim recorded or updated (as it is now).")
            .Resolve(c => c.Source.EntityId is { } id ? c.Loaders().Node(id) : null);
        Field<ArticleType>("article").Description("The article recorded, or the article that cited the relation (CITATION_ADDED).")
            .Resolve(c => c.Source.ArticleId is { } id ? c.Loaders().Article(id) : null);
        Field<IdGraphType>("formerId").Description("RELATION_ID_CHANGED: the relation's former id; ENTITY_MERGED: the id of the entity merged into 'entity'. Both keep resolving.")
            .Resolve(c => c.Source.FormerId);
    }
}

public sealed class ChangeEdgeType() : EdgeType<ChangeType, Change>("Change");

public sealed class ChangeConnectionType() : ConnectionType<ChangeEdgeType, Change>("Change", counted: false);

/// <summary>
/// changes(after:, since:, first:) on Query: a page of the change log. The cursor is an entry's
/// sequence (in the changes listing's cursor form), so a page's endCursor and a subscription
/// event's cursor continue the same log.
/// </summary>
internal static class ChangesField
{
    public static void AddChanges(this QueryType query) =>
        query.Field<NonNullGraphType<ChangeConnectionType>>("changes")
            .Description("The change log in commit order: what was recorded, cited, retracted or updated. Pass the last cursor you saw as 'after' to get only what is new; "
                + "to be told as it happens, subscribe to changes over Server-Sent Events.")
            .Argument<StringGraphType>("after", "Continue after this cursor (an edge's cursor, pageInfo.endCursor, or a subscription event's cursor).")
            .Argument<DateTimeType>("since", "Only entries at or after this instant.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = QueryLimits.DefaultPageSize; a.Description = $"Page size, 1–{QueryLimits.MaxPageSize}."; })
            .ResolveAsync(async c =>
            {
                var page = QueryType.Page(c);
                c.Service<FluentValidation.IValidator<PageArgs>>().ValidateOrThrow(page, "");
                var query = new ChangeQuery(ChangeFeed.SequenceOf(page.After), c.GetArgument<DateTimeOffset?>("since"), page.First);
                return new Connection<Change>(ChangeFeed.Listing, await c.Store().GetChangesAsync(query, c.CancellationToken),
                    _ => throw new InvalidOperationException("the change log offers no totalCount"));
            });
}
