using GeoGraph.Bolt;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j;

// Writes: one managed write transaction per batch, UNWIND batches per statement; every stored
// thing a write depends on is read under a write lock first. Any failure rolls the whole batch back.
public sealed partial class Neo4jGraphStore
{
    private static class WriteQueries
    {
        public static readonly string LockNodes = CypherStatements.Query("apply_lock_nodes");
        public static readonly string WriteNodes = CypherStatements.Query("apply_write_nodes");
        public static readonly string LockArticles = CypherStatements.Query("apply_lock_articles");
        public static readonly string CreateArticles = CypherStatements.Query("apply_create_articles");
        public static readonly string FillArticleTexts = CypherStatements.Query("apply_fill_article_texts");
        public static readonly string MergeRelations = CypherStatements.Query("apply_merge_relations");
        public static readonly string LockCitations = CypherStatements.Query("apply_lock_citations");
        public static readonly string WriteCitations = CypherStatements.Query("apply_write_citations");
        public static readonly string Mentions = CypherStatements.Query("apply_mentions");
        public static readonly string CitingRelations = CypherStatements.Query("citing_relations");
        public static readonly string Retract = CypherStatements.Query("retract_relation");
    }

    // Also what an ingestion meets when an entity it names was merged away after it resolved its
    // ids: sent again, it follows the merge to the survivor.
    private static GeoGraphException DanglingReference() => GeoGraphException.Validation(
        "batch", "refers to a node, relation or article that is neither stored nor in the batch (if an entity it names was just merged, send it again)");

    public Task<ApplyResult> ApplyAsync(IngestionBatch batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return RunAsync("apply", AccessMode.Write, async (tx, ct) =>
        {
            var (articlesCreated, textAdded) = await ApplyArticlesAsync(tx, batch.Articles, ct);
            var nodes = await ApplyNodesAsync(tx, batch.Nodes, batch.NodeWrite, ct);
            var relationsCreated = await ApplyRelationsAsync(tx, batch.Relations, ct);
            var citationsAdded = await ApplyCitationsAsync(tx, batch, ct);
            foreach (var (articleId, text) in textAdded)
                await VerifyCitationsAsync(tx, articleId, text, ct);
            await AppendChangesAsync(tx, ChangeLog.ForBatch(batch, articlesCreated, nodes.Writes, relationsCreated, citationsAdded), ct);
            return new ApplyResult(articlesCreated.Count, textAdded.Count, nodes.Created, nodes.Updated, relationsCreated.Count, citationsAdded.Count);
        }, ct);
    }

    /// <summary>
    /// Articles are locked (new ones created bare, so a concurrent batch waits), then new ones get
    /// their properties from their first copy in the batch and stored ones lacking their text get
    /// it from any copy that carries it — as a later copy of a new article does.
    /// </summary>
    private static async Task<(IReadOnlyList<string> Created, List<(string Id, string Text)> TextAdded)> ApplyArticlesAsync(
        BoltTransaction tx, IReadOnlyList<Article> articles, CancellationToken ct)
    {
        var textAdded = new List<(string, string)>();
        if (articles.Count == 0) return ([], textAdded);
        var copies = articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var locked = (await QueryAsync(tx, WriteQueries.LockArticles, new() { ["ids"] = copies.Select(g => g.Key).Order(StringComparer.Ordinal).ToArray() }, ct))
            .ToDictionary(r => r.Get<string>("id"), r => (Creating: r.Get<bool>("creating"), HasText: r.Get<bool>("hasText")), StringComparer.Ordinal);
        var created = copies.Where(g => locked[g.Key].Creating).Select(g => g.First()).ToArray();
        if (created.Length > 0)
            await QueryAsync(tx, WriteQueries.CreateArticles, new() { ["rows"] = created.Select(Neo4jValues.ArticleRow).ToArray() }, ct);
        var filled = copies
            .Where(g => locked[g.Key].Creating ? g.First().Text is null : !locked[g.Key].HasText)
            .Select(g => g.FirstOrDefault(a => a.Text is not null)).OfType<Article>().ToArray();
        if (filled.Length > 0)
        {
            await QueryAsync(tx, WriteQueries.FillArticleTexts,
                new() { ["rows"] = filled.Select(a => new Dictionary<string, object?> { ["id"] = a.Id, ["text"] = a.Text, ["textWords"] = TextSearch.Indexed(a.Text!) }).ToArray() }, ct);
            textAdded.AddRange(filled.Select(a => (a.Id, a.Text!)));
        }
        return (created.Select(a => a.Id).ToArray(), textAdded);
    }

    /// <summary>
    /// Every node the batch writes is locked (new ones created bare, so a concurrent batch creating
    /// the same node waits and then merges into it), the stored ones read, and all written as
    /// Core's <see cref="NodeWrites"/> plans.
    /// </summary>
    private static async Task<NodeWrites.WritePlan> ApplyNodesAsync(BoltTransaction tx, IReadOnlyList<Node> nodes, NodeWrite mode, CancellationToken ct)
    {
        if (nodes.Count == 0) return new NodeWrites.WritePlan([], 0, 0);
        var locked = await QueryAsync(tx, WriteQueries.LockNodes, new() { ["ids"] = Distinct(nodes.Select(n => n.Id)).Order(StringComparer.Ordinal).ToArray() }, ct);
        EntityMerges.CheckNotMergedAway(locked.Where(r => r.Keys.Contains("mergedInto") && r["mergedInto"] is string)
            .ToDictionary(r => r.Get<string>("id"), r => r.Get<string>("mergedInto"), StringComparer.Ordinal));
        var stored = locked.Where(r => !r.Get<bool>("creating")).Select(Neo4jValues.ReadNode).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var plan = NodeWrites.Plan(stored, nodes, mode);
        if (plan.Writes.Count > 0)
            await QueryAsync(tx, WriteQueries.WriteNodes, new() { ["rows"] = plan.Writes.Select(w => Neo4jValues.NodeRow(w.Node)).ToArray() }, ct);
        return plan;
    }

    /// <summary>One MERGE statement per relation type in the batch (types come from the batch's validated relations).</summary>
    private async Task<List<string>> ApplyRelationsAsync(BoltTransaction tx, IReadOnlyList<Relation> relations, CancellationToken ct)
    {
        var created = new List<string>();
        foreach (var group in relations.DistinctBy(r => r.Id).GroupBy(r => r.Type, StringComparer.Ordinal))
        {
            var rows = group.Select(r => Neo4jValues.RelationRow(r)).ToArray();
            var result = (await QueryAsync(tx, CypherStatements.ForType(WriteQueries.MergeRelations, group.Key), new() { ["rows"] = rows }, ct)).Single();
            if (result.Get<long>("matched") < rows.Length) throw DanglingReference();
            created.AddRange(Neo4jValues.Strings(result["createdIds"]));
            var incoming = group.ToDictionary(r => r.Id, StringComparer.Ordinal);
            // Relations already stored: a repeat, or a conflict with a write that got there first.
            foreach (var stored in (IEnumerable<object?>)result["stored"]!)
            {
                var fact = Neo4jValues.ReadStoredFact((IReadOnlyDictionary<string, object?>)stored!, incoming);
                FactConflicts.CheckStored(_vocabulary, fact, incoming[fact.Id]);
            }
        }
        return created;
    }

    /// <summary>
    /// Adds the batch's citations absent from their relation (by article, start, end) and upgrades a
    /// stored unverified one that the batch verified; each article mentions both ends of what it is cited for.
    /// </summary>
    private async Task<List<Citation>> ApplyCitationsAsync(BoltTransaction tx, IngestionBatch batch, CancellationToken ct)
    {
        if (batch.Citations.Count == 0) return [];
        var relationOf = batch.Relations.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var unknown = Distinct(batch.Citations.Select(c => c.RelationId).Where(id => !relationOf.ContainsKey(id)));
        if (unknown.Length > 0)
            foreach (var relation in (await QueryAsync(tx, _relationsById, new() { ["ids"] = unknown }, ct)).Select(Neo4jValues.ReadRelation))
                relationOf[relation.Id] = relation;
        if (batch.Citations.Any(c => !relationOf.ContainsKey(c.RelationId))) throw DanglingReference();

        var added = new List<Citation>();
        var changed = new List<Dictionary<string, object?>>();
        foreach (var group in batch.Citations.GroupBy(c => relationOf[c.RelationId].Type, StringComparer.Ordinal))
        {
            var stored = (await QueryAsync(tx, CypherStatements.ForType(WriteQueries.LockCitations, group.Key),
                    new() { ["ids"] = Distinct(group.Select(c => c.RelationId)) }, ct))
                .Select(Neo4jValues.ReadCitations).ToDictionary(c => c.RelationId, StringComparer.Ordinal);
            foreach (var incoming in group.GroupBy(c => c.RelationId, StringComparer.Ordinal))
            {
                if (!stored.TryGetValue(incoming.Key, out var lists)) throw DanglingReference();
                var dirty = false;
                foreach (var citation in incoming)
                {
                    var index = lists.Citations.FindIndex(c => (c.ArticleId, c.Start, c.End) == (citation.ArticleId, citation.Start, citation.End));
                    if (index >= 0) FactConflicts.CheckStored(lists.Citations[index], citation);
                    if (index < 0)
                    {
                        lists.Citations.Add(citation);
                        added.Add(citation);
                        dirty = true;
                    }
                    else if (citation.Verified && !lists.Citations[index].Verified)
                    {
                        lists.Citations[index] = lists.Citations[index] with { Verified = true };
                        dirty = true;
                    }
                }
                if (dirty) changed.Add(lists.ToRow());
            }
        }
        if (changed.Count > 0)
            await QueryAsync(tx, WriteQueries.WriteCitations, new() { ["rows"] = changed.ToArray() }, ct);

        var mentions = ArticleMentions.Of(batch.Citations, id => relationOf[id])
            .Select(m => new Dictionary<string, object?> { ["articleId"] = m.ArticleId, ["nodeId"] = m.NodeId }).ToArray();
        var made = (await QueryAsync(tx, WriteQueries.Mentions, new() { ["rows"] = mentions }, ct)).Single().Get<long>("mentions");
        if (made < mentions.Length) throw DanglingReference();
        return added;
    }

    /// <summary>Once an article's text is known, its stored citations whose quotes it contains at their offsets are verified.</summary>
    private static async Task VerifyCitationsAsync(BoltTransaction tx, string articleId, string text, CancellationToken ct)
    {
        var changed = new List<Dictionary<string, object?>>();
        foreach (var lists in (await QueryAsync(tx, WriteQueries.CitingRelations, new() { ["articleId"] = articleId }, ct)).Select(Neo4jValues.ReadCitations))
        {
            var dirty = false;
            for (var i = 0; i < lists.Citations.Count; i++)
            {
                var c = lists.Citations[i];
                if (c.ArticleId != articleId || c.Verified || !QuoteCheck.MatchesAt(text, c.Quote, c.Start, c.End)) continue;
                lists.Citations[i] = c with { Verified = true };
                dirty = true;
            }
            if (dirty) changed.Add(lists.ToRow());
        }
        if (changed.Count > 0)
            await QueryAsync(tx, WriteQueries.WriteCitations, new() { ["rows"] = changed.ToArray() }, ct);
    }

    public Task<RetractResult> RetractRelationAsync(string id, string reason, string retractedBy, DateTimeOffset at, CancellationToken ct = default) =>
        RunAsync("retract_relation", AccessMode.Write, async (tx, ct) =>
        {
            var found = (await QueryAsync(tx, _relationsById, new() { ["ids"] = new[] { id } }, ct)).Select(Neo4jValues.ReadRelation).FirstOrDefault();
            if (found is null) return new RetractResult(RetractOutcome.NotFound, null);
            // A former id retracts the relation it became.
            id = found.Id;
            var record = (await QueryAsync(tx, CypherStatements.ForType(WriteQueries.Retract, found.Type),
                new() { ["id"] = id, ["at"] = Neo4jValues.Utc(at), ["by"] = retractedBy, ["reason"] = reason }, ct)).Single();
            var retracting = record.Get<bool>("retracting");
            if (retracting) await AppendChangesAsync(tx, [ChangeLog.ForRetraction(id, at)], ct);
            return new RetractResult(retracting ? RetractOutcome.Retracted : RetractOutcome.AlreadyRetracted, Neo4jValues.ReadRelation(record));
        }, ct);
}
