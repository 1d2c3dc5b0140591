using FluentValidation;
using GeoGraph.Api.Changes;
using GeoGraph.Api.GraphQL.Inputs;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Model;
using GeoGraph.Core.Security;
using GeoGraph.Core.Storage;
using GeoGraph.Api.Security;
using GraphQL;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>What a write did, for the payloads: the ids it touched and what changed.</summary>
public sealed record WriteOutcome(IngestionResult Result, string? ArticleId);

public sealed class MutationType : ObjectGraphType
{
    public const int MaxReasonLength = 1_000;

    public MutationType()
    {
        Name = "Mutation";
        // Each field is nullable: mutations run one after another, each in its own transaction, so
        // when a later one is refused the answer must still show what the earlier ones wrote
        // (a non-null field's error would null the whole data).

        Field<IngestPayloadType>("ingestArticle")
            .RequiresRole(Role.Writer)
            .Description("Ingests one article and what it supports, in one transaction: all or nothing. The same article twice changes nothing (changed: false). Needs a writer key.")
            .Argument<NonNullGraphType<IngestArticleInputType>>("input")
            .ResolveAsync(async c =>
            {
                var bundle = BundleMapping.ToBundle(c.GetArgument<IngestArticleInput>("input"));
                var result = await IngestAsync(c, bundle, "input");
                return new WriteOutcome(result, result.ArticleIds.FirstOrDefault());
            });

        Field<IngestPayloadType>("assertRelation")
            .RequiresRole(Role.Writer)
            .Description("Records one relation citing an article already ingested. Asserting a known fact again adds only new citations. Needs a writer key.")
            .Argument<NonNullGraphType<RelationInputType>>("input")
            .ResolveAsync(async c =>
            {
                var relation = BundleMapping.ToBundle(c.GetArgument<RelationInput>("input"), defaultArticle: null);
                var result = await IngestAsync(c, new Bundle { Relations = [relation] }, "input");
                return new WriteOutcome(result, null);
            });

        Field<UpsertEntityPayloadType>("upsertEntity")
            .RequiresRole(Role.Admin)
            .Description("Creates an entity or replaces its name, aliases, description and external ids (a country keeps its ISO codes). Needs an admin key: it rewrites the record.")
            .Argument<NonNullGraphType<UpsertEntityInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpsertEntityInput>("input");
                c.Service<IValidator<UpsertEntityInput>>().ValidateOrThrow(input, "input");
                var store = c.Store();
                var node = new Node(input.Id!, NodeIds.KindOf(input.Id)!.Value, input.Name!,
                    (input.Aliases ?? []).Distinct(StringComparer.Ordinal).ToArray(), input.Description,
                    c.Now())
                {
                    ExternalIds = ExternalIdSchemes.Complete(input.Id!, (input.ExternalIds ?? []).Select(x => new ExternalId(x.Scheme!, x.Id!)), c.Service<Core.Countries.CountryCatalog>()),
                };
                var taken = await ExternalIdOwnership.CheckAsync(store, [(node, "input")], c.CancellationToken);
                if (taken.Count > 0) throw GeoGraphException.Validation(taken);
                // Created and changed come from the write itself (Replace keeps a stored node's
                // recorded_at), not from a read that a concurrent write could overtake.
                ApplyResult applied;
                try
                {
                    applied = await store.ApplyAsync(IngestionBatch.OfNodes([node], NodeWrite.Replace), c.CancellationToken);
                }
                catch (GeoGraphException e) when (e.Code == ErrorCodes.ValidationFailed && e.Fields.All(f => f.Field == "id"))
                {
                    // The store refuses an id merged into another entity (EntityMerges.CheckNotMergedAway): the input's id.
                    throw GeoGraphException.Validation(e.Fields.Select(f => new FieldError("input.id", f.Message)).ToArray());
                }
                if (applied.Changed) c.Service<ChangeFeed>().Notify();
                var stored = applied.NodesCreated == 1 ? node
                    : (await store.GetNodesAsync([node.Id], c.CancellationToken)).GetValueOrDefault(node.Id) ?? node;
                return new UpsertEntityPayload(stored, Created: applied.NodesCreated == 1, Changed: applied.Changed);
            });

        Field<RelationGraphType>("retractRelation")
            .RequiresRole(Role.Admin)
            .Description("Marks a relation retracted with a reason. Retraction never deletes: includeRetracted and knownAt still find it. Retracting twice is refused. Needs an admin key.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                var reason = c.GetArgument<string>("reason").Trim();
                var errors = new List<FieldError>();
                if (!ContentIds.IsRelationId(id)) errors.Add(new("id", "must be a relation id: 'rel:' and 16 lowercase hex digits"));
                if (reason.Length == 0 || reason.Length > MaxReasonLength) errors.Add(new("reason", $"must be 1–{MaxReasonLength} characters"));
                else if (ValidationRules.ForbiddenCharacter(reason) is { } forbidden) errors.Add(new("reason", $"must not contain {forbidden}: {ValidationRules.ForbiddenDescription}"));
                if (errors.Count > 0) throw GeoGraphException.Validation(errors);
                var (outcome, relation) = await c.Store().RetractRelationAsync(id, reason, Actor(c), c.Now(), c.CancellationToken);
                if (outcome == RetractOutcome.Retracted) c.Service<ChangeFeed>().Notify();
                // The store keeps the first retraction; a second one is refused, not silently dropped.
                return outcome switch
                {
                    RetractOutcome.Retracted => relation,
                    RetractOutcome.AlreadyRetracted => throw GeoGraphException.Validation("id",
                        $"{id} is already retracted (at {relation!.RetractedAt:O} by {relation.RetractedBy}: {relation.RetractReason})"),
                    _ => throw GeoGraphException.NotFound("id", id),
                };
            });

        AddMergeEntities();
    }

    /// <summary>mergeEntities(from, into): Core's EntityMerges through the store's one-transaction merge.</summary>
    private void AddMergeEntities() =>
        Field<MergeEntitiesPayloadType>("mergeEntities")
            .RequiresRole(Role.Admin)
            .Description("Merges entity 'from' into entity 'into' (one entity recorded twice): every relation naming 'from' moves to 'into' (ids recomputed; "
                + "relations that then coincide become one with every citation), 'from's name and aliases become aliases of 'into', and 'from's id keeps "
                + "resolving to 'into' everywhere (entity, relations(where:), neighborhood…). Same kind only; a refused merge changes nothing. Needs an admin key.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The entity that goes.")
            .Argument<NonNullGraphType<IdGraphType>>("into", "The entity that stays (an id merged before leads to its survivor).")
            .ResolveAsync(async c =>
            {
                // Every refusal (ids not node ids, the same id twice, kinds, unknown ids) is Core's EntityMerges, as for the CLI.
                var (from, into) = (c.GetArgument<string>("from"), c.GetArgument<string>("into"));
                var result = await c.Store().MergeEntitiesAsync(new EntityMergeRequest(from, into, Actor(c), c.Now()), c.CancellationToken);
                c.Service<ChangeFeed>().Notify();
                return result;
            });

    private static async Task<IngestionResult> IngestAsync(IResolveFieldContext c, Bundle bundle, string prefix)
    {
        try
        {
            var result = await c.Service<Ingestor>().IngestAsync(bundle, Actor(c), c.CancellationToken);
            if (result.Changed) c.Service<ChangeFeed>().Notify();
            return result;
        }
        catch (GeoGraphException e) when (e.Code == ErrorCodes.ValidationFailed)
        {
            // Bundle paths (relations[0].citations[1].quote) become argument paths (input.relations[0]…).
            var fields = e.Fields.Select(f => new FieldError(ArgumentValidation.Join(prefix, Rebase(f.Field, bundle, prefix)), f.Message)).ToArray();
            throw GeoGraphException.Validation(fields);
        }
    }

    /// <summary>assertRelation's input is the bundle's single relation: drop the 'relations[0]' part.</summary>
    private static string Rebase(string field, Bundle bundle, string prefix) =>
        bundle.Articles.Count == 0 && field.StartsWith("relations[0]", StringComparison.Ordinal) ? field["relations[0]".Length..].TrimStart('.')
        : field.StartsWith("articles[0]", StringComparison.Ordinal) ? "article" + field["articles[0]".Length..]
        : field;

    /// <summary>Who wrote it, for recordedBy and retractedBy: the key's id, never the key.</summary>
    private static string Actor(IResolveFieldContext c) =>
        c.User?.Identity is { IsAuthenticated: true, Name: { } name } ? name : "anonymous";
}

public sealed record UpsertEntityPayload(Node Entity, bool Created, bool Changed);

public sealed class UpsertEntityPayloadType : ObjectGraphType<UpsertEntityPayload>
{
    public UpsertEntityPayloadType()
    {
        Name = "UpsertEntityPayload";
        Field(p => p.Entity, type: typeof(NonNullGraphType<EntityType>)).Description("The entity as stored.");
        Field(p => p.Created).Description("True when it did not exist before.");
        Field(p => p.Changed).Description("False when the store already held exactly this.");
    }
}

public sealed class IngestPayloadType : ObjectGraphType<WriteOutcome>
{
    public IngestPayloadType()
    {
        Name = "IngestPayload";
        Description = "What an ingestion did. changed is false when everything was already known.";
        Field<NonNullGraphType<BooleanGraphType>>("changed").Description("False when the store already held all of it.").Resolve(c => c.Source.Result.Changed);
        Field<ArticleType>("article").Description("The ingested article.")
            .Resolve(c => c.Source.ArticleId is { } id ? c.Loaders().Article(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations").Description("Every relation of the input, as stored.")
            .ResolveAsync(async c =>
            {
                var ids = c.Source.Result.RelationIds;
                var found = await c.Store().GetRelationsAsync(ids, c.CancellationToken);
                return ids.Select(id => found[id]).ToArray();
            });
        Field<NonNullGraphType<IntGraphType>>("articlesCreated").Resolve(c => c.Source.Result.Applied.ArticlesCreated);
        Field<NonNullGraphType<IntGraphType>>("nodesCreated").Resolve(c => c.Source.Result.Applied.NodesCreated);
        Field<NonNullGraphType<IntGraphType>>("nodesUpdated").Resolve(c => c.Source.Result.Applied.NodesUpdated);
        Field<NonNullGraphType<IntGraphType>>("relationsCreated").Resolve(c => c.Source.Result.Applied.RelationsCreated);
        Field<NonNullGraphType<IntGraphType>>("citationsAdded").Resolve(c => c.Source.Result.Applied.CitationsAdded);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Result.Changed
            ? "ingested"
            : "nothing changed: the store already holds this article, its entities, relations and citations");
    }
}

public sealed class MergeEntitiesPayloadType : ObjectGraphType<EntityMergeResult>
{
    public MergeEntitiesPayloadType()
    {
        Name = "MergeEntitiesPayload";
        Description = "What a merge did.";
        Field("entity", p => p.Into, type: typeof(NonNullGraphType<EntityType>)).Description("The surviving entity, with the merged one's names among its aliases.");
        Field("mergedFrom", p => p.FromId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id merged away; it keeps resolving to 'entity'.");
        Field(p => p.RelationsMoved, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RelationMoveType>>>))
            .Description("Every relation whose id changed, by former id.");
        Field(p => p.AliasesAdded, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>))
            .Description("The names 'entity' gained as aliases: the merged entity's name and aliases it did not have.");
        Field(p => p.ExternalIdsAdded, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ExternalIdType>>>))
            .Description("The merged entity's external ids 'entity' took (schemes it had none of; it keeps its own).");
    }
}

public sealed class RelationMoveType : ObjectGraphType<RelationMove>
{
    public RelationMoveType()
    {
        Name = "RelationMove";
        Description = "A relation now known by another id; the former id keeps resolving to it.";
        Field(m => m.FormerId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id it had.");
        Field(m => m.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id it has now.");
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The relation as it is now.").Resolve(c => c.Loaders().Relation(c.Source.Id));
        Field(m => m.Merged).Description("True when a relation already had the new id: the two became one, with every citation.");
    }
}
