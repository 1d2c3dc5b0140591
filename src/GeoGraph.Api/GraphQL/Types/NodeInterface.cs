using GeoGraph.Api.GraphQL.Loaders;
using GeoGraph.Core.Model;
using GeoGraph.Api.GraphQL.Inputs;
using GraphQL;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class NodeInterface : InterfaceGraphType<Node>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything relations connect: an entity (country, person, organisation, commodity, event) or a claim.";
        Field(n => n.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("'<prefix>:<slug>', e.g. country:CN, person:lin-jian, claim:….");
        Field(n => n.Kind, type: typeof(NonNullGraphType<NodeKindType>)).Description("What the node is.");
        Field(n => n.Name).Description("Display name; for a claim, its statement.");
        this.DegreeField();
    }
}

public sealed class EntityType : ObjectGraphType<Node>
{
    public EntityType()
    {
        Name = "Entity";
        Description = "A country, person, organisation, commodity or event.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Node { Kind: not NodeKind.Claim };
        Field(n => n.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("'<prefix>:<slug>', e.g. country:CN, person:lin-jian.");
        Field(n => n.Kind, type: typeof(NonNullGraphType<NodeKindType>)).Description("What the entity is.");
        Field(n => n.Name).Description("Display name.");
        Field(n => n.Aliases, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>))
            .Description("Other names, e.g. a capital used as a metonym ('Beijing' for China), an ISO alpha-3 code.");
        Field(n => n.Description, nullable: true).Description("A short description.");
        Field(n => n.ExternalIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ExternalIdType>>>))
            .Description("Its ids in other systems, by scheme (wikidata Q-ids; a country's ISO 3166-1 codes). entityByExternalId finds it by any of them.");
        Field(n => n.RecordedAt, type: typeof(NonNullGraphType<DateTimeType>)).Description("When GeoGraph first recorded it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("mergedFrom")
            .Description("Ids of entities merged into this one (mergeEntities), in id order. Asking for any of them answers this entity, so an id other than the one asked for, listed here, says it was merged.")
            .Resolve(c => c.Loaders().MergedIds(c.Source.Id).Then(ids => ids ?? []));
        this.RelationsOfNode();
        this.DegreeField();
    }
}

public sealed class ClaimType : ObjectGraphType<Node>
{
    public ClaimType()
    {
        Name = "Claim";
        Description = "A contested proposition: who asserts or speculates it (supporters) and who denies it (deniers), each cited.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Node { Kind: NodeKind.Claim };
        Field(n => n.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("claim:<slug>.");
        Field(n => n.Kind, type: typeof(NonNullGraphType<NodeKindType>)).Description("Always CLAIM.");
        Field(n => n.Name).Description("The statement (the same as 'statement').");
        Field<NonNullGraphType<StringGraphType>>("statement").Description("The proposition, one sentence.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<BooleanGraphType>>("disputed")
            .Description("True when at least one supporter (ASSERTS/SPECULATES) and one denier (DENIES/DENIES_LINK) exist.")
            .Resolve(c => c.Loaders().ClaimStances(c.Source.Id).Then(rs => ClaimStances.IsDisputed(rs ?? [])));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("supporters")
            .Description("ASSERTS and SPECULATES relations pointing at this claim, with their citations.")
            .Resolve(c => c.Loaders().ClaimStances(c.Source.Id).Then(rs => (rs ?? []).Where(r => ClaimStances.SupportTypes.Contains(r.Type)).ToArray()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("deniers")
            .Description("DENIES and DENIES_LINK relations pointing at this claim, with their citations.")
            .Resolve(c => c.Loaders().ClaimStances(c.Source.Id).Then(rs => (rs ?? []).Where(r => ClaimStances.DenialTypes.Contains(r.Type)).ToArray()));
        Field(n => n.RecordedAt, type: typeof(NonNullGraphType<DateTimeType>)).Description("When GeoGraph first recorded it.");
        this.RelationsOfNode();
        this.DegreeField();
    }
}

internal static class NodeRelationsField
{
    /// <summary>Complexity charged for a listing resolved per parent item (one store query each).</summary>
    public const double PerNodeListingImpact = 2_000;

    /// <summary>
    /// relations(type, direction, first, after) on a node: one paged store query per node asked,
    /// so it is meant for the node in hand. Its complexity is that of a store call
    /// (<see cref="PerNodeListingImpact"/>), which lets a page of ~50 nodes ask for their relations
    /// and refuses longer lists: those should use relations(where: {involves}).
    /// </summary>
    public static void RelationsOfNode(this ObjectGraphType<Node> type) =>
        type.Field<NonNullGraphType<RelationConnectionType>>("relations")
            .Description("Relations this node takes part in: OUT as subject, IN as object, BOTH (default). Retracted ones hidden. One store query per node: for many nodes use relations(where: {involves}).")
            .WithComplexityImpact(PerNodeListingImpact)
            .Argument<StringGraphType>("type", "Only this relation type.")
            .Argument<TraversalDirectionType>("direction", a => { a.DefaultValue = GeoGraph.Core.Storage.TraversalDirection.Both; a.Description = "OUT, IN or BOTH."; })
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var id = c.Source.Id;
                var direction = c.GetArgument("direction", GeoGraph.Core.Storage.TraversalDirection.Both);
                var where = new Inputs.RelationsWhere
                {
                    Type = c.GetArgument<string?>("type"),
                    Subject = direction == GeoGraph.Core.Storage.TraversalDirection.Out ? id : null,
                    Object = direction == GeoGraph.Core.Storage.TraversalDirection.In ? id : null,
                    Involves = direction == GeoGraph.Core.Storage.TraversalDirection.Both ? id : null,
                };
                c.Service<FluentValidation.IValidator<Inputs.RelationsWhere>>().ValidateOrThrow(where, "");
                return await QueryType.RelationConnectionAsync(c, where.ToFilter(c.Now()));
            });
}

public sealed class ExternalIdType : ObjectGraphType<ExternalId>
{
    public ExternalIdType()
    {
        Name = "ExternalId";
        Description = "An entity's id in another system.";
        Field(x => x.Scheme).Description("wikidata, geonames, lei, iso3166-alpha2 or iso3166-alpha3.");
        Field(x => x.Id).Description("The id in that scheme, e.g. Q148.");
    }
}
