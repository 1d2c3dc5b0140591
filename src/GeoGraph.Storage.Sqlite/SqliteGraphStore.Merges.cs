using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

// Relations whose id changes (Core's FactMerges) and entity merges (Core's EntityMerges): the store
// reads inside its write transaction, Core decides, the store writes exactly that. Former ids stay
// readable through relation_redirects and node_redirects, always one hop (chains are flattened as
// they form).
public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Migration step 6: citations keep their source's describing qualifiers, ids of changes and
    /// redirects are recorded, and every relation id is recomputed under the rule that hashes only
    /// identifying qualifiers (<see cref="Core.Ids.ContentIds"/>). Relations that now coincide
    /// become one with every citation; each former id redirects and is logged (RELATION_ID_CHANGED).
    /// Uses the committed vocabulary: types a deployment adds later never had ids under the old rule.
    /// </summary>
    internal static void MigrateRelationIds(SqliteConnection c, SqliteTransaction tx)
    {
        using (var schema = c.CreateCommand())
        {
            schema.Transaction = tx;
            schema.CommandText = """
                ALTER TABLE citations ADD COLUMN qualifiers TEXT NOT NULL DEFAULT '[]';  -- JSON: the citing source's describing qualifiers
                ALTER TABLE changes ADD COLUMN former_id TEXT;
                CREATE TABLE relation_redirects (former_id TEXT NOT NULL PRIMARY KEY, relation_id TEXT NOT NULL) WITHOUT ROWID;
                CREATE INDEX ix_relation_redirects_relation ON relation_redirects (relation_id);
                CREATE TABLE node_redirects (former_id TEXT NOT NULL PRIMARY KEY, node_id TEXT NOT NULL) WITHOUT ROWID;
                CREATE INDEX ix_node_redirects_node ON node_redirects (node_id);
                """;
            schema.ExecuteNonQuery();
        }
        var vocabulary = RelationVocabulary.Default;
        var relations = new List<Relation>();
        using (var read = Prepare(c, tx, $"SELECT {SqlValues.RelationColumns} FROM relations r ORDER BY r.id;"))
        using (var r = read.ExecuteReader())
            while (r.Read()) relations.Add(SqlValues.ReadRelation(r));

        // Every stored citation takes its relation's describing qualifiers (its source's wording).
        using (var describe = Prepare(c, tx, "UPDATE citations SET qualifiers = @q WHERE relation_id = @id;", "@id", "@q"))
            foreach (var relation in relations)
                if (FactMerges.DescribingOf(vocabulary, relation) is { Count: > 0 } describing)
                {
                    Bind(describe, relation.Id, SqlValues.Qualifiers(describing));
                    describe.ExecuteNonQuery();
                }

        var ct = CancellationToken.None;
        var moving = relations.Where(r => Core.Ids.ContentIds.ForRelation(vocabulary, r) != r.Id).ToArray();
        if (moving.Length == 0) return;
        // SQLite's async calls complete synchronously; migration steps are synchronous.
        var citations = LoadCitationsAsync(c, tx, moving.Select(r => r.Id).ToArray(), ct).GetAwaiter().GetResult();
        var moves = FactMerges.Moves(vocabulary, moving.Select(r => new FactMerges.Cited(r, citations[r.Id].ToArray())));
        var rewrites = PlanRewritesAsync(c, tx, vocabulary, moves, null, ct).GetAwaiter().GetResult();
        ApplyRewritesAsync(c, tx, rewrites, ct).GetAwaiter().GetResult();
        AppendChangesAsync(c, tx, FactMerges.Changes(rewrites, DateTimeOffset.UtcNow).ToArray(), ct).GetAwaiter().GetResult();
    }

    public Task<EntityMergeResult> MergeEntitiesAsync(EntityMergeRequest request, CancellationToken ct = default)
    {
        EntityMerges.CheckRequest(request);
        return RunAsync("merge_entities", async (c, ct) =>
        {
            await using var tx = c.BeginTransaction(deferred: false);
            var (fromId, intoId) = (request.FromId, request.IntoId);
            var from = (await LoadNodesAsync(c, tx, [fromId], ct)).GetValueOrDefault(fromId);
            var fromMergedInto = from is null ? (await NodeRedirectsAsync(c, tx, [fromId], ct)).GetValueOrDefault(fromId) : null;
            var into = (await LoadNodesAsync(c, tx, [intoId], ct)).GetValueOrDefault(intoId);
            if (into is null && (await NodeRedirectsAsync(c, tx, [intoId], ct)).GetValueOrDefault(intoId) is { } survivor)
                into = (await LoadNodesAsync(c, tx, [survivor], ct)).GetValueOrDefault(survivor);
            EntityMerges.Check(request, from, fromMergedInto, into);
            intoId = into!.Id;

            // Citations spoken by the merged entity are spoken by the survivor, wherever they are.
            await using (var speakers = Prepare(c, tx, "UPDATE citations SET speaker_id = @into WHERE speaker_id = @from;", "@from", "@into"))
            {
                Bind(speakers, fromId, intoId);
                await speakers.ExecuteNonQueryAsync(ct);
            }
            var naming = new List<Relation>();
            await using (var read = Prepare(c, tx,
                $"SELECT {SqlValues.RelationColumns} FROM relations r WHERE r.subject_id = @id OR r.object_id = @id "
                + "OR EXISTS (SELECT 1 FROM json_each(r.qualifiers) q WHERE json_extract(q.value, '$.entity') = @id) ORDER BY r.id;", "@id"))
            {
                Bind(read, fromId);
                await using var r = await read.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct)) naming.Add(SqlValues.ReadRelation(r));
            }
            var citations = await LoadCitationsAsync(c, tx, naming.Select(r => r.Id).ToArray(), ct);
            var moves = FactMerges.Moves(_vocabulary, naming.Select(r => new FactMerges.Cited(r, citations[r.Id].ToArray())),
                r => EntityMerges.Retarget(r, fromId, intoId));
            var rewrites = await PlanRewritesAsync(c, tx, _vocabulary, moves, x => EntityMerges.Retarget(x, fromId, intoId), ct);
            await ApplyRewritesAsync(c, tx, rewrites, ct);

            var merged = EntityMerges.MergedNode(from!, into);
            // The merged entity's external ids go before the survivor takes them (one entity per id: a UNIQUE index).
            await using (var release = Prepare(c, tx, "DELETE FROM node_external_ids WHERE node_id = @from;", "@from"))
            {
                Bind(release, fromId);
                await release.ExecuteNonQueryAsync(ct);
            }
            await ApplyNodesAsync(c, tx, [merged], NodeWrite.Replace, ct);
            await using (var delete = Prepare(c, tx,
                """
                DELETE FROM nodes WHERE id = @from;
                UPDATE node_redirects SET node_id = @into WHERE node_id = @from;
                INSERT INTO node_redirects (former_id, node_id) VALUES (@from, @into)
                ON CONFLICT (former_id) DO UPDATE SET node_id = excluded.node_id;
                """, "@from", "@into"))
            {
                Bind(delete, fromId, intoId);
                await delete.ExecuteNonQueryAsync(ct);
            }
            await AppendChangesAsync(c, tx, EntityMerges.Changes(request, intoId, rewrites), ct);
            await tx.CommitAsync(ct);
            return EntityMerges.Result(from!, into, merged, rewrites);
        }, ct);
    }

    /// <summary>What to write for <paramref name="moves"/>: reads what is stored at their new ids (with citations), then asks Core.</summary>
    private static async Task<IReadOnlyList<FactMerges.Rewrite>> PlanRewritesAsync(
        SqliteConnection c, SqliteTransaction tx, RelationVocabulary vocabulary, IReadOnlyList<FactMerges.Move> moves,
        Func<Citation, Citation>? retargetCitation, CancellationToken ct)
    {
        var formers = moves.Select(m => m.Former.Relation.Id).ToHashSet(StringComparer.Ordinal);
        var targetIds = moves.Select(m => m.Moved.Id).Where(id => !formers.Contains(id)).Distinct(StringComparer.Ordinal).ToArray();
        var targets = new Dictionary<string, FactMerges.Cited>(StringComparer.Ordinal);
        if (targetIds.Length > 0)
        {
            var stored = new List<Relation>();
            foreach (var chunk in SqlBuilder.Chunks(targetIds))
            {
                var sql = new SqlBuilder();
                await using var cmd = sql.Command(c, $"SELECT {SqlValues.RelationColumns} FROM relations r WHERE r.id IN {sql.InList(chunk)};", tx);
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct)) stored.Add(SqlValues.ReadRelation(r));
            }
            var citations = await LoadCitationsAsync(c, tx, stored.Select(r => r.Id).ToArray(), ct);
            foreach (var r in stored) targets[r.Id] = new FactMerges.Cited(r, citations[r.Id].ToArray());
        }
        return FactMerges.Plan(vocabulary, moves, targets, retargetCitation);
    }

    /// <summary>
    /// Writes a plan: each former relation and its citations (and their search words) deleted, the
    /// relation at the new id written whole with exactly the plan's citations, former ids redirected.
    /// </summary>
    private static async Task ApplyRewritesAsync(SqliteConnection c, SqliteTransaction tx, IReadOnlyList<FactMerges.Rewrite> rewrites, CancellationToken ct)
    {
        if (rewrites.Count == 0) return;
        await using var clear = Prepare(c, tx,
            "DELETE FROM citation_words WHERE relation_id = @id; DELETE FROM citations WHERE relation_id = @id;", "@id");
        await using var deleteRelation = Prepare(c, tx, "DELETE FROM relations WHERE id = @id;", "@id");
        await using var write = Prepare(c, tx,
            """
            INSERT INTO relations (id, type, subject_id, object_id, qualifiers, valid_from, valid_from_precision, valid_to, valid_to_precision,
                valid_to_end, confidence, recorded_at, recorded_by, retracted_at, retracted_by, retract_reason)
            VALUES (@id, @type, @subject_id, @object_id, @qualifiers, @valid_from, @valid_from_precision, @valid_to, @valid_to_precision,
                @valid_to_end, @confidence, @recorded_at, @recorded_by, @retracted_at, @retracted_by, @retract_reason)
            ON CONFLICT (id) DO UPDATE SET type = excluded.type, subject_id = excluded.subject_id, object_id = excluded.object_id,
                qualifiers = excluded.qualifiers, valid_from = excluded.valid_from, valid_from_precision = excluded.valid_from_precision,
                valid_to = excluded.valid_to, valid_to_precision = excluded.valid_to_precision, valid_to_end = excluded.valid_to_end,
                confidence = excluded.confidence, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by,
                retracted_at = excluded.retracted_at, retracted_by = excluded.retracted_by, retract_reason = excluded.retract_reason;
            """,
            "@id", "@type", "@subject_id", "@object_id", "@qualifiers", "@valid_from", "@valid_from_precision", "@valid_to", "@valid_to_precision",
            "@valid_to_end", "@confidence", "@recorded_at", "@recorded_by", "@retracted_at", "@retracted_by", "@retract_reason");
        await using var insertCitation = Prepare(c, tx,
            """
            INSERT INTO citations (relation_id, article_id, quote, start_offset, end_offset, speaker_id, stance, verified, qualifiers)
            VALUES (@relation_id, @article_id, @quote, @start, @end, @speaker_id, @stance, @verified, @qualifiers);
            """,
            "@relation_id", "@article_id", "@quote", "@start", "@end", "@speaker_id", "@stance", "@verified", "@qualifiers");
        await using var index = PrepareIndexCitation(c, tx);
        await using var redirect = Prepare(c, tx,
            """
            UPDATE relation_redirects SET relation_id = @to WHERE relation_id = @former;
            INSERT INTO relation_redirects (former_id, relation_id) VALUES (@former, @to)
            ON CONFLICT (former_id) DO UPDATE SET relation_id = excluded.relation_id;
            DELETE FROM relation_redirects WHERE former_id = @to;
            """, "@former", "@to");

        foreach (var rewrite in rewrites)
        {
            var r = rewrite.Relation;
            foreach (var id in rewrite.FormerIds.Append(r.Id))
            {
                Bind(clear, id);
                await clear.ExecuteNonQueryAsync(ct);
            }
            Bind(write, RelationRow(r));
            await write.ExecuteNonQueryAsync(ct);
            foreach (var x in rewrite.Citations)
            {
                Bind(insertCitation, r.Id, x.ArticleId, x.Quote, x.Start, x.End, SqlValues.Nullable(x.SpeakerId), SqlValues.Stance(x.Stance),
                    x.Verified ? 1 : 0, SqlValues.Qualifiers(x.Qualifiers));
                await insertCitation.ExecuteNonQueryAsync(ct);
                BindIndexCitation(index, x);
                await index.ExecuteNonQueryAsync(ct);
            }
            foreach (var former in rewrite.FormerIds)
            {
                Bind(deleteRelation, former);
                await deleteRelation.ExecuteNonQueryAsync(ct);
                Bind(redirect, former, r.Id);
                await redirect.ExecuteNonQueryAsync(ct);
            }
        }
    }

    private static async Task<ILookup<string, Citation>> LoadCitationsAsync(SqliteConnection c, SqliteTransaction? tx, IReadOnlyCollection<string> relationIds, CancellationToken ct)
    {
        var citations = new List<Citation>();
        foreach (var chunk in SqlBuilder.Chunks(relationIds))
        {
            var sql = new SqlBuilder();
            await using var cmd = sql.Command(c,
                $"SELECT {SqlValues.CitationColumns} FROM citations c WHERE c.relation_id IN {sql.InList(chunk)} "
                + "ORDER BY c.relation_id, c.article_id, c.start_offset, c.end_offset;", tx);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) citations.Add(SqlValues.ReadCitation(r));
        }
        return citations.ToLookup(x => x.RelationId, StringComparer.Ordinal);
    }

    public Task<ILookup<string, string>> GetMergedIdsAsync(IReadOnlyCollection<string> nodeIds, CancellationToken ct = default) =>
        RunAsync("get_merged_ids", async (c, ct) =>
        {
            var pairs = new List<(string Id, string Former)>();
            foreach (var chunk in SqlBuilder.Chunks(nodeIds))
            {
                var sql = new SqlBuilder();
                await using var cmd = sql.Command(c, $"SELECT node_id, former_id FROM node_redirects WHERE node_id IN {sql.InList(chunk)} ORDER BY node_id, former_id;");
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct)) pairs.Add((r.GetString(0), r.GetString(1)));
            }
            return pairs.ToLookup(p => p.Id, p => p.Former, StringComparer.Ordinal);
        }, ct);

    /// <summary>Where merged-away node ids now lead (former id → surviving id).</summary>
    private static Task<Dictionary<string, string>> NodeRedirectsAsync(SqliteConnection c, SqliteTransaction? tx, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        RedirectsAsync(c, tx, "node_redirects", "node_id", ids, ct);

    /// <summary>Where former relation ids now lead (former id → current id).</summary>
    private static Task<Dictionary<string, string>> RelationRedirectsAsync(SqliteConnection c, SqliteTransaction? tx, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        RedirectsAsync(c, tx, "relation_redirects", "relation_id", ids, ct);

    // table and column are our own constants, never input.
    private static async Task<Dictionary<string, string>> RedirectsAsync(
        SqliteConnection c, SqliteTransaction? tx, string table, string column, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in SqlBuilder.Chunks(ids))
        {
            var sql = new SqlBuilder();
            await using var cmd = sql.Command(c, $"SELECT former_id, {column} FROM {table} WHERE former_id IN {sql.InList(chunk)};", tx);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) result[r.GetString(0)] = r.GetString(1);
        }
        return result;
    }
}
