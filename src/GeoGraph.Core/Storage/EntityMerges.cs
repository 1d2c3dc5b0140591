using GeoGraph.Core.Errors;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>A request to merge one entity into another (one record said twice: "Trump" and "Donald Trump").</summary>
public sealed record EntityMergeRequest(string FromId, string IntoId, string MergedBy, DateTimeOffset At);

/// <summary>A relation id a write changed: the id it had, the id it has now, and whether another relation was already there.</summary>
public sealed record RelationMove(string FormerId, string Id, bool Merged);

/// <summary>What a merge did: the surviving entity as it now is, and every relation it moved.</summary>
public sealed record EntityMergeResult(Node Into, string FromId, IReadOnlyList<RelationMove> RelationsMoved)
{
    /// <summary>The names the survivor gained as aliases (the merged entity's name and aliases it did not have).</summary>
    public IReadOnlyList<string> AliasesAdded { get; init; } = [];

    /// <summary>The merged entity's external ids the survivor took (schemes it had none of).</summary>
    public IReadOnlyList<ExternalId> ExternalIdsAdded { get; init; } = [];
}

/// <summary>
/// The rules of merging entity <c>from</c> into entity <c>into</c>, shared by every store. Inside
/// one write transaction a store resolves both ids (following earlier merges), asks
/// <see cref="Check"/>, moves every relation that names <c>from</c> — as subject, object or a
/// qualifier's entity — through <see cref="FactMerges"/> with <see cref="Retarget"/>, gives
/// citations spoken by <c>from</c> to <c>into</c>, writes <see cref="MergedNode"/>, deletes
/// <c>from</c> and leaves a redirect from its id, so every later read by that id answers the
/// surviving entity.
/// </summary>
public static class EntityMerges
{
    /// <summary>Refusals that need no store: an id that is not a node id, the same id twice.</summary>
    public static void CheckRequest(EntityMergeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var malformed = new List<FieldError>();
        if (!NodeIds.IsWellFormed(request.FromId)) malformed.Add(new("from", "must be a node id: " + NodeIds.FormatDescription));
        if (!NodeIds.IsWellFormed(request.IntoId)) malformed.Add(new("into", "must be a node id: " + NodeIds.FormatDescription));
        if (malformed.Count > 0) throw GeoGraphException.Validation(malformed);
        if (string.Equals(request.FromId, request.IntoId, StringComparison.Ordinal))
            throw GeoGraphException.Validation("into", $"is '{request.IntoId}', the entity being merged: name another entity to merge it into");
    }

    /// <summary>
    /// Refuses a merge the stored nodes do not allow. <paramref name="from"/> is the node stored
    /// under the from id itself (null when none: unknown, or merged away before, as
    /// <paramref name="fromMergedInto"/> says); <paramref name="into"/> is the node the into id
    /// resolves to, following earlier merges (a merge into a merged id lands on the survivor).
    /// </summary>
    public static void Check(EntityMergeRequest request, Node? from, string? fromMergedInto, Node? into)
    {
        CheckRequest(request);
        if (from is null)
        {
            if (fromMergedInto is not null)
                throw GeoGraphException.Validation("from", $"'{request.FromId}' was already merged into '{fromMergedInto}'");
            throw GeoGraphException.NotFound("from", request.FromId);
        }
        if (into is null) throw GeoGraphException.NotFound("into", request.IntoId);
        if (into.Id == from.Id)
            throw GeoGraphException.Validation("into", $"'{request.IntoId}' was merged into '{from.Id}' before: it is the entity being merged");
        if (from.Kind == NodeKind.Claim || into.Kind == NodeKind.Claim)
            throw GeoGraphException.Validation(from.Kind == NodeKind.Claim ? "from" : "into", "claims are not entities: only entities are merged");
        if (from.Kind != into.Kind)
            throw GeoGraphException.Validation("into",
                $"'{into.Id}' is {Article(into.Kind)} and '{from.Id}' {Article(from.Kind)}: only entities of one kind are merged");
    }

    /// <summary>"a PERSON", "an ORGANIZATION", "an EVENT".</summary>
    private static string Article(NodeKind kind)
    {
        var name = kind.ToString().ToUpperInvariant();
        return ("AEIOU".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;
    }

    /// <summary>
    /// The surviving entity: its own name, kind and description (from's description when it has
    /// none), with from's name and aliases added to its aliases (its own first, never its own name).
    /// </summary>
    public static Node MergedNode(Node from, Node into)
    {
        var known = new HashSet<string>(into.Aliases, StringComparer.Ordinal) { into.Name };
        var added = from.Aliases.Prepend(from.Name).Where(known.Add).ToArray();
        // External ids move too, so links from other systems find the survivor; where both hold
        // an id of one scheme, the survivor keeps its own.
        var schemes = into.ExternalIds.Select(x => x.Scheme).ToHashSet(StringComparer.Ordinal);
        var externalIds = into.ExternalIds.Concat(from.ExternalIds.Where(x => schemes.Add(x.Scheme)))
            .OrderBy(x => x.Scheme, StringComparer.Ordinal).ToArray();
        return into with { Aliases = [.. into.Aliases, .. added], Description = into.Description ?? from.Description, ExternalIds = externalIds };
    }

    /// <summary>What a merge did, for its caller: the survivor as written, each moved relation, and what the survivor gained.</summary>
    public static EntityMergeResult Result(Node from, Node into, Node merged, IEnumerable<FactMerges.Rewrite> rewrites)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(merged);
        return new EntityMergeResult(merged, from.Id,
            rewrites.SelectMany(w => w.FormerIds.Select(f => new RelationMove(f, w.Relation.Id, w.Existed))).ToArray())
        {
            AliasesAdded = merged.Aliases.Skip(into.Aliases.Count).ToArray(),
            ExternalIdsAdded = merged.ExternalIds.Except(into.ExternalIds).ToArray(),
        };
    }

    /// <summary>A relation naming <paramref name="fromId"/> (an end, a qualifier's entity) with <paramref name="intoId"/> instead; its id is recomputed by <see cref="FactMerges.Moves"/>.</summary>
    public static Relation Retarget(Relation relation, string fromId, string intoId) => relation with
    {
        SubjectId = relation.SubjectId == fromId ? intoId : relation.SubjectId,
        ObjectId = relation.ObjectId == fromId ? intoId : relation.ObjectId,
        Qualifiers = relation.Qualifiers.Select(q => Retarget(q, fromId, intoId)).ToArray(),
    };

    /// <summary>A citation spoken by <paramref name="fromId"/>, spoken by <paramref name="intoId"/>.</summary>
    public static Citation Retarget(Citation citation, string fromId, string intoId) => citation with
    {
        SpeakerId = citation.SpeakerId == fromId ? intoId : citation.SpeakerId,
        Qualifiers = citation.Qualifiers.Select(q => Retarget(q, fromId, intoId)).ToArray(),
    };

    /// <summary>
    /// Whether a relation must move when <paramref name="fromId"/> merges away: it names it as an
    /// end or in a qualifier (a citation's speaker changes without moving the relation).
    /// </summary>
    public static bool Names(Relation relation, string fromId) =>
        relation.SubjectId == fromId || relation.ObjectId == fromId || relation.Qualifiers.Any(q => q.EntityId == fromId);

    private static Qualifier Retarget(Qualifier q, string fromId, string intoId) =>
        q.EntityId != fromId ? q : q with { EntityId = intoId, Value = q.Value == fromId ? intoId : q.Value };

    /// <summary>
    /// Every node id a batch writes or names: its nodes, each relation's ends and qualifier
    /// entities, each citation's speaker. A store looks these up among merged-away ids
    /// (<see cref="CheckNotMergedAway"/>) inside its write transaction.
    /// </summary>
    public static IReadOnlyList<string> IdsNamed(IngestionBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        ids.UnionWith(batch.Nodes.Select(n => n.Id));
        foreach (var r in batch.Relations)
        {
            ids.Add(r.SubjectId);
            ids.Add(r.ObjectId);
            ids.UnionWith(r.Qualifiers.Select(q => q.EntityId).OfType<string>());
        }
        ids.UnionWith(batch.Citations.Select(c => c.SpeakerId).OfType<string>());
        return ids.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Refuses a write naming an id merged into another entity (<paramref name="mergedInto"/>: former
    /// id → survivor, as the store's redirects say). Written again, the id would shadow its redirect
    /// — every read by it would answer the re-created entity, not the survivor — so upsertEntity
    /// of a merged id is refused, naming the survivor. Ingestion follows merged ids before it
    /// writes, so a batch names one only when a merge committed while it was being prepared:
    /// sending it again records it on the survivor.
    /// </summary>
    public static void CheckNotMergedAway(IReadOnlyDictionary<string, string> mergedInto)
    {
        ArgumentNullException.ThrowIfNull(mergedInto);
        if (mergedInto.Count == 0) return;
        throw GeoGraphException.Validation(mergedInto.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new FieldError("id",
            $"'{m.Key}' was merged into '{m.Value}' and resolves to it: write to '{m.Value}' instead (a merged id cannot be re-created; "
            + "an ingestion that raced the merge records it on the survivor when sent again)")).ToArray());
    }

    /// <summary>The change-log entries of a merge: ENTITY_MERGED (the survivor, from's id as former), then each relation's new id.</summary>
    public static IReadOnlyList<ChangeEntry> Changes(EntityMergeRequest request, string intoId, IEnumerable<FactMerges.Rewrite> rewrites) =>
        [new ChangeEntry(ChangeKind.EntityMerged, request.At, EntityId: intoId, FormerId: request.FromId), .. FactMerges.Changes(rewrites, request.At)];
}
