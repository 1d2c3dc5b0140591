using GeoGraph.Bolt;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j;

// Relations whose id changes (Core's FactMerges) and entity merges (Core's EntityMerges). A
// relationship cannot change its ends, so a moved relation is written at its new id (created or
// merged into the one there) and the former relationship deleted. Former ids stay readable through
// :RelationRedirect and :NodeRedirect nodes, one hop.
public sealed partial class Neo4jGraphStore
{
    /// <summary>The migration's marker: relation ids hash only identifying qualifiers from then on.</summary>
    internal const string RelationIdsMigration = "relation-ids-identifying-qualifiers";

    private static class MergeQueries
    {
        public static readonly string MergedIds = CypherStatements.Query("merged_ids");
        public static readonly string DeleteRelations = CypherStatements.Query("rekey_delete_relations");
        public static readonly string WriteRelations = CypherStatements.Query("rekey_write_relations");
        public static readonly string RedirectRelations = CypherStatements.Query("rekey_redirect_relations");
        public static readonly string LockNodes = CypherStatements.Query("merge_lock_nodes");
        public static readonly string RelationsNaming = CypherStatements.Query("merge_relations_naming");
        public static readonly string CitationsSpokenBy = CypherStatements.Query("merge_citations_spoken_by");
        public static readonly string RetireNode = CypherStatements.Query("merge_retire_node");
        public static readonly string MigrateOpen = CypherStatements.Query("migrate_relation_ids_open");
        public static readonly string MigrateRelations = CypherStatements.Query("migrate_relations");
        public static readonly string MigrateClose = CypherStatements.Query("migrate_relation_ids_close");
    }

    public async Task<ILookup<string, string>> GetMergedIdsAsync(IReadOnlyCollection<string> nodeIds, CancellationToken ct = default)
    {
        if (nodeIds.Count == 0) return Array.Empty<string>().ToLookup(id => id, StringComparer.Ordinal);
        var records = await ReadAsync("get_merged_ids", MergeQueries.MergedIds, new() { ["ids"] = Distinct(nodeIds) }, ct);
        return records.ToLookup(r => r.Get<string>("id"), r => r.Get<string>("formerId"), StringComparer.Ordinal);
    }

    /// <summary>
    /// Once per database, at start-up after the change log: citations take their relation's
    /// describing qualifiers, relation ids are recomputed (coinciding relations merge, every
    /// citation kept), former ids redirect, and each change is logged — in one transaction.
    /// </summary>
    private async Task MigrateRelationIdsAsync(BoltSession session, CancellationToken ct) =>
        await session.ExecuteWriteAsync(async tx =>
        {
            if ((await QueryAsync(tx, MergeQueries.MigrateOpen, new() { ["id"] = RelationIdsMigration }, ct)).Single().Get<bool>("done"))
                return false;
            var records = await QueryAsync(tx, MergeQueries.MigrateRelations, [], ct);
            var cited = records.Select(r => (Relation: Neo4jValues.ReadRelation(r), Lists: Neo4jValues.ReadCitations(r, "qualifiersOfCitations"))).ToArray();
            var described = new List<Dictionary<string, object?>>();
            foreach (var (relation, lists) in cited)
            {
                var describing = FactMerges.DescribingOf(_vocabulary, relation);
                if (describing.Count == 0 || lists.Citations.All(c => c.Qualifiers.Count > 0)) continue;
                for (var i = 0; i < lists.Citations.Count; i++)
                    if (lists.Citations[i].Qualifiers.Count == 0) lists.Citations[i] = lists.Citations[i] with { Qualifiers = describing };
                described.Add(lists.ToRow());
            }
            if (described.Count > 0) await QueryAsync(tx, WriteQueries.WriteCitations, new() { ["rows"] = described.ToArray() }, ct);

            var moves = FactMerges.Moves(_vocabulary, cited.Select(c => new FactMerges.Cited(c.Relation, c.Lists.Citations)));
            var rewrites = await PlanRewritesAsync(tx, moves, null, ct);
            await ApplyRewritesAsync(tx, rewrites, ct);
            var now = DateTimeOffset.UtcNow;
            await AppendChangesAsync(tx, FactMerges.Changes(rewrites, now).ToArray(), ct);
            await QueryAsync(tx, MergeQueries.MigrateClose, new() { ["id"] = RelationIdsMigration, ["at"] = now }, ct);
            return true;
        }, null, ct);

    public Task<EntityMergeResult> MergeEntitiesAsync(EntityMergeRequest request, CancellationToken ct = default)
    {
        EntityMerges.CheckRequest(request);
        return RunAsync("merge_entities", AccessMode.Write, async (tx, ct) =>
        {
            var (fromId, intoId) = (request.FromId, request.IntoId);
            // Both ids as get_nodes resolves them (a merged id answers its survivor), locked.
            var locked = (await QueryAsync(tx, MergeQueries.LockNodes, new() { ["ids"] = new[] { fromId, intoId } }, ct))
                .ToDictionary(r => r.Get<string>("requestedId"), Neo4jValues.ReadNode, StringComparer.Ordinal);
            var resolvedFrom = locked.GetValueOrDefault(fromId);
            var from = resolvedFrom?.Id == fromId ? resolvedFrom : null;
            EntityMerges.Check(request, from, from is null ? resolvedFrom?.Id : null, locked.GetValueOrDefault(intoId));
            var into = locked[intoId];
            intoId = into!.Id;

            // Citations spoken by the merged entity are spoken by the survivor, wherever they are.
            var spoken = (await QueryAsync(tx, MergeQueries.CitationsSpokenBy, new() { ["id"] = fromId }, ct)).Select(Neo4jValues.ReadCitations).ToArray();
            foreach (var lists in spoken)
                for (var i = 0; i < lists.Citations.Count; i++) lists.Citations[i] = EntityMerges.Retarget(lists.Citations[i], fromId, intoId);
            if (spoken.Length > 0) await QueryAsync(tx, WriteQueries.WriteCitations, new() { ["rows"] = spoken.Select(l => l.ToRow()).ToArray() }, ct);

            var naming = (await QueryAsync(tx, MergeQueries.RelationsNaming,
                    new() { ["id"] = fromId, ["entityJson"] = $"\"entity\":\"{fromId}\"" }, ct))
                .Select(Neo4jValues.ReadRelation).Where(r => EntityMerges.Names(r, fromId)).ToArray();
            var citations = await CitationsInTransactionAsync(tx, naming.Select(r => r.Id).ToArray(), ct);
            var moves = FactMerges.Moves(_vocabulary, naming.Select(r => new FactMerges.Cited(r, citations[r.Id].ToArray())),
                r => EntityMerges.Retarget(r, fromId, intoId));
            var rewrites = await PlanRewritesAsync(tx, moves, c => EntityMerges.Retarget(c, fromId, intoId), ct);
            await ApplyRewritesAsync(tx, rewrites, ct);

            var merged = EntityMerges.MergedNode(from!, into);
            await QueryAsync(tx, WriteQueries.WriteNodes, new() { ["rows"] = new[] { Neo4jValues.NodeRow(merged) } }, ct);
            await QueryAsync(tx, MergeQueries.RetireNode, new() { ["fromId"] = fromId, ["intoId"] = intoId }, ct);
            await AppendChangesAsync(tx, EntityMerges.Changes(request, intoId, rewrites), ct);
            return EntityMerges.Result(from!, into, merged, rewrites);
        }, ct);
    }

    private async Task<ILookup<string, Citation>> CitationsInTransactionAsync(BoltTransaction tx, IReadOnlyCollection<string> relationIds, CancellationToken ct) =>
        relationIds.Count == 0
            ? Array.Empty<Citation>().ToLookup(c => c.RelationId, StringComparer.Ordinal)
            : (await QueryAsync(tx, _citationsById, new() { ["ids"] = relationIds.ToArray() }, ct))
                .SelectMany(r => Neo4jValues.ReadCitations(r).Citations).ToLookup(c => c.RelationId, StringComparer.Ordinal);

    /// <summary>What to write for <paramref name="moves"/>: reads what is stored at their new ids (with citations), then asks Core.</summary>
    private async Task<IReadOnlyList<FactMerges.Rewrite>> PlanRewritesAsync(
        BoltTransaction tx, IReadOnlyList<FactMerges.Move> moves, Func<Citation, Citation>? retargetCitation, CancellationToken ct)
    {
        if (moves.Count == 0) return [];
        var formers = moves.Select(m => m.Former.Relation.Id).ToHashSet(StringComparer.Ordinal);
        var targetIds = Distinct(moves.Select(m => m.Moved.Id).Where(id => !formers.Contains(id)));
        var targets = new Dictionary<string, FactMerges.Cited>(StringComparer.Ordinal);
        if (targetIds.Length > 0)
        {
            var stored = (await QueryAsync(tx, _relationsById, new() { ["ids"] = targetIds }, ct)).Select(Neo4jValues.ReadRelation)
                .Where(r => targetIds.Contains(r.Id)).DistinctBy(r => r.Id).ToArray();
            var citations = await CitationsInTransactionAsync(tx, stored.Select(r => r.Id).ToArray(), ct);
            foreach (var r in stored) targets[r.Id] = new FactMerges.Cited(r, citations[r.Id].ToArray());
        }
        return FactMerges.Plan(_vocabulary, moves, targets, retargetCitation);
    }

    /// <summary>
    /// Writes a plan: the former relationships deleted, each relation written whole at its new id
    /// (citations included), former ids redirected, and every cited article mentioning both new ends.
    /// Relationship types come from the plan's relations, which came from the store (vocabulary types).
    /// </summary>
    private static async Task ApplyRewritesAsync(BoltTransaction tx, IReadOnlyList<FactMerges.Rewrite> rewrites, CancellationToken ct)
    {
        if (rewrites.Count == 0) return;
        foreach (var group in rewrites.GroupBy(w => w.Relation.Type, StringComparer.Ordinal))
        {
            var formers = group.SelectMany(w => w.FormerIds).ToArray();
            if (formers.Length > 0)
                await QueryAsync(tx, CypherStatements.ForType(MergeQueries.DeleteRelations, group.Key), new() { ["ids"] = formers }, ct);
            var rows = group.Select(w => Neo4jValues.RelationRow(w.Relation, w.Citations)).ToArray();
            var written = (await QueryAsync(tx, CypherStatements.ForType(MergeQueries.WriteRelations, group.Key), new() { ["rows"] = rows }, ct)).Single();
            if (written.Get<long>("written") < rows.Length) throw DanglingReference();
        }
        var redirects = rewrites.SelectMany(w => w.FormerIds.Select(f => new Dictionary<string, object?> { ["formerId"] = f, ["id"] = w.Relation.Id })).ToArray();
        if (redirects.Length > 0) await QueryAsync(tx, MergeQueries.RedirectRelations, new() { ["rows"] = redirects }, ct);
        var relationOf = rewrites.ToDictionary(w => w.Relation.Id, w => w.Relation, StringComparer.Ordinal);
        var mentions = ArticleMentions.Of(rewrites.SelectMany(w => w.Citations), id => relationOf[id])
            .Select(m => new Dictionary<string, object?> { ["articleId"] = m.ArticleId, ["nodeId"] = m.NodeId }).ToArray();
        if (mentions.Length > 0) await QueryAsync(tx, WriteQueries.Mentions, new() { ["rows"] = mentions }, ct);
    }
}
