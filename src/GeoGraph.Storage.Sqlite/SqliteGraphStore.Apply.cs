using GeoGraph.Core.Bundles;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

// Writes: one immediate transaction per call (a savepoint inside a bulk session's transaction),
// statements prepared once per batch and re-bound per row. Any failure rolls the whole batch back.
// Rows are written with the synchronous Execute methods: Microsoft.Data.Sqlite's async ones run
// synchronously anyway, and cost a state machine and a task per row.
public sealed partial class SqliteGraphStore
{
    public Task<ApplyResult> ApplyAsync(IngestionBatch batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (_bulk is not null) return RunAsync("apply", (c, ct) => ApplyInSavepointAsync(c, batch, ct), ct);
        return RunAsync("apply", async (c, ct) =>
        {
            await using var tx = c.BeginTransaction(deferred: false);
            var result = await ApplyBatchAsync(c, tx, batch, ct);
            await tx.CommitAsync(ct);
            return result;
        }, ct);
    }

    /// <summary>A batch in a bulk session: a savepoint in the session's transaction, rolled back to on any failure.</summary>
    private async Task<ApplyResult> ApplyInSavepointAsync(SqliteConnection c, IngestionBatch batch, CancellationToken ct)
    {
        SqliteBulkSession.EnsureInTransaction(c);
        Execute(c, "SAVEPOINT apply_batch;");
        try
        {
            var result = await ApplyBatchAsync(c, null, batch, ct);
            Execute(c, "RELEASE apply_batch;");
            return result;
        }
        catch
        {
            // Only this batch is undone; the session's earlier batches stay. If SQLite already
            // rolled the whole transaction back (it does on some I/O errors), there is no savepoint
            // left, and EnsureInTransaction refuses the session's next batch.
            if (!SqliteBulkSession.IsAutocommit(c)) Execute(c, "ROLLBACK TO apply_batch; RELEASE apply_batch;");
            throw;
        }
    }

    private async Task<ApplyResult> ApplyBatchAsync(SqliteConnection c, SqliteTransaction? tx, IngestionBatch batch, CancellationToken ct)
    {
        // A merged-away id written or named again would shadow its redirect (Core's rule).
        EntityMerges.CheckNotMergedAway(await NodeRedirectsAsync(c, tx, EntityMerges.IdsNamed(batch), ct));
        var articles = await ApplyArticlesAsync(c, tx, batch.Articles, ct);
        var nodes = await ApplyNodesAsync(c, tx, batch.Nodes, batch.NodeWrite, ct);
        var relationsCreated = await ApplyRelationsAsync(c, tx, batch.Relations, ct);
        var citationsAdded = await ApplyCitationsAsync(c, tx, batch.Citations, ct);
        foreach (var articleId in articles.TextAdded)
            await VerifyCitationsAsync(c, tx, articleId, ct);
        await AppendChangesAsync(c, tx, ChangeLog.ForBatch(batch, articles.Created, nodes.Writes, relationsCreated, citationsAdded), ct);
        return new ApplyResult(articles.Created.Count, articles.TextAdded.Count, nodes.Created, nodes.Updated, relationsCreated.Count, citationsAdded.Count);
    }

    private static async Task<(List<string> Created, List<string> TextAdded)> ApplyArticlesAsync(
        SqliteConnection c, SqliteTransaction? tx, IReadOnlyList<Article> articles, CancellationToken ct)
    {
        var created = new List<string>();
        var textAdded = new List<string>();
        if (articles.Count == 0) return (created, textAdded);

        await using var insert = Prepare(c, tx,
            """
            INSERT INTO articles (id, title, title_key, publisher, url, published_at, published_ms, language, text_sha256, text_length, text, recorded_at)
            VALUES (@id, @title, @title_key, @publisher, @url, @published_at, @published_ms, @language, @text_sha256, @text_length, @text, @recorded_at)
            ON CONFLICT (id) DO NOTHING;
            """,
            "@id", "@title", "@title_key", "@publisher", "@url", "@published_at", "@published_ms", "@language", "@text_sha256", "@text_length", "@text", "@recorded_at");
        await using var fillText = Prepare(c, tx, "UPDATE articles SET text = @text WHERE id = @id AND text IS NULL;", "@id", "@text");
        // The text's words go into the search index in the same transaction as the text.
        await using var indexText = PrepareIndexArticle(c, tx);
        foreach (var a in articles)
        {
            Bind(insert, a.Id, a.Title, SearchKeys.Of(a.Title), SqlValues.Nullable(a.Publisher), SqlValues.Nullable(a.Url),
                SqlValues.InstantWithOffset(a.PublishedAt), a.PublishedAt is { } p ? p.ToUnixTimeMilliseconds() : DBNull.Value,
                SqlValues.Nullable(a.Language), a.TextSha256, a.TextLength, SqlValues.Nullable(a.Text), SqlValues.Timestamp(a.RecordedAt));
            var indexed = false;
            if (insert.ExecuteNonQuery() == 1)
            {
                created.Add(a.Id);
                indexed = a.Text is not null;
            }
            else if (a.Text is not null)
            {
                Bind(fillText, a.Id, a.Text);
                indexed = fillText.ExecuteNonQuery() == 1;
                if (indexed) textAdded.Add(a.Id);
            }
            if (indexed)
            {
                Bind(indexText, a.Id, TextSearch.Indexed(a.Text!));
                indexText.ExecuteNonQuery();
            }
        }
        return (created, textAdded);
    }

    /// <summary>
    /// Inserts new nodes and writes stored ones as <paramref name="write"/> says. The stored nodes
    /// are read inside this (immediate) transaction, so a concurrent batch cannot slip in between
    /// the read and the write and have its aliases overwritten.
    /// </summary>
    private static async Task<NodeWrites.WritePlan> ApplyNodesAsync(
        SqliteConnection c, SqliteTransaction? tx, IReadOnlyList<Node> nodes, NodeWrite write, CancellationToken ct)
    {
        if (nodes.Count == 0) return new NodeWrites.WritePlan([], 0, 0);

        var plan = NodeWrites.Plan(await LoadNodesAsync(c, tx, nodes.Select(n => n.Id), ct), nodes, write);
        await using var upsert = Prepare(c, tx,
            """
            INSERT INTO nodes (id, kind, name, aliases, description, recorded_at, search_key, external_ids)
            VALUES (@id, @kind, @name, @aliases, @description, @recorded_at, @search_key, @external_ids)
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, aliases = excluded.aliases,
                description = excluded.description, recorded_at = excluded.recorded_at, search_key = excluded.search_key,
                external_ids = excluded.external_ids;
            """,
            "@id", "@kind", "@name", "@aliases", "@description", "@recorded_at", "@search_key", "@external_ids");
        await using var clearAliases = Prepare(c, tx, "DELETE FROM node_aliases WHERE node_id = @id;", "@id");
        await using var addAlias = Prepare(c, tx, "INSERT INTO node_aliases (node_id, alias_key) VALUES (@id, @key) ON CONFLICT DO NOTHING;", "@id", "@key");
        await using var clearExternalIds = Prepare(c, tx, "DELETE FROM node_external_ids WHERE node_id = @id;", "@id");
        await using var addExternalId = Prepare(c, tx, "INSERT INTO node_external_ids (external_key, node_id) VALUES (@key, @id) ON CONFLICT (external_key, node_id) DO NOTHING;", "@key", "@id");
        foreach (var (node, _) in plan.Writes)
        {
            Bind(upsert, node.Id, SqlValues.Kind(node.Kind), node.Name, SqlValues.Aliases(node.Aliases),
                SqlValues.Nullable(node.Description), SqlValues.Timestamp(node.RecordedAt), SearchKeys.Of(node.Name), SqlValues.ExternalIds(node.ExternalIds));
            upsert.ExecuteNonQuery();
            Bind(clearAliases, node.Id);
            clearAliases.ExecuteNonQuery();
            foreach (var key in SearchKeys.OfAliases(node.Aliases))
            {
                Bind(addAlias, node.Id, key);
                addAlias.ExecuteNonQuery();
            }
            Bind(clearExternalIds, node.Id);
            clearExternalIds.ExecuteNonQuery();
            foreach (var externalId in node.ExternalIds)
            {
                Bind(addExternalId, externalId.Key, node.Id);
                try
                {
                    addExternalId.ExecuteNonQuery();
                }
                catch (SqliteException e) when (e.SqliteExtendedErrorCode == SqliteUniqueViolation)
                {
                    // Another entity got the id first: a write that checked ownership before that one committed.
                    throw await ExternalIdTakenAsync(c, tx, node, externalId, ct);
                }
            }
        }
        return plan;
    }

    /// <summary>SQLITE_CONSTRAINT_UNIQUE: here, ux_node_external_ids_key (an external id names one entity).</summary>
    private const int SqliteUniqueViolation = 2067;

    /// <summary>
    /// Migration step 10: the UNIQUE index on external-id keys. Duplicates (left by writes that raced
    /// before it existed) stop the migration with their names, for an administrator to merge the
    /// entities or remove one id, rather than being dropped silently.
    /// </summary>
    internal static void UniqueExternalIds(SqliteConnection c, SqliteTransaction tx)
    {
        var duplicates = new List<string>();
        using (var read = Prepare(c, tx,
            "SELECT external_key, group_concat(node_id, ', ') FROM node_external_ids GROUP BY external_key HAVING count(*) > 1 ORDER BY external_key;"))
        using (var r = read.ExecuteReader())
            while (r.Read()) duplicates.Add($"{r.GetString(0)} ({r.GetString(1)})");
        if (duplicates.Count > 0)
            throw new InvalidOperationException(
                $"external ids held by more than one entity: {string.Join("; ", duplicates)}. An external id names one entity: merge them (mergeEntities) "
                + "or remove the id from all but one (upsertEntity), with a GeoGraph before this version, then open the store again");
        using var create = Prepare(c, tx, "CREATE UNIQUE INDEX ux_node_external_ids_key ON node_external_ids (external_key);");
        create.ExecuteNonQuery();
    }

    /// <summary>The refusal of an external id another entity holds, as ingestion's ownership check words it.</summary>
    private static async Task<GeoGraphException> ExternalIdTakenAsync(SqliteConnection c, SqliteTransaction? tx, Node node, ExternalId externalId, CancellationToken ct)
    {
        await using var holder = Prepare(c, tx, "SELECT node_id FROM node_external_ids WHERE external_key = @key;", "@key");
        Bind(holder, externalId.Key);
        var holderId = await holder.ExecuteScalarAsync(ct) as string;
        return GeoGraphException.Validation($"externalIds.{externalId.Scheme}",
            $"'{externalId.Id}' already identifies {holderId}, written while {node.Id} was being written: an external id names one entity; if they are the same, merge them");
    }

    private async Task<List<string>> ApplyRelationsAsync(SqliteConnection c, SqliteTransaction? tx, IReadOnlyList<Relation> relations, CancellationToken ct)
    {
        var created = new List<string>();
        if (relations.Count == 0) return created;

        await using var insert = Prepare(c, tx,
            """
            INSERT INTO relations (id, type, subject_id, object_id, qualifiers, valid_from, valid_from_precision, valid_to, valid_to_precision,
                valid_to_end, confidence, recorded_at, recorded_by, retracted_at, retracted_by, retract_reason)
            VALUES (@id, @type, @subject_id, @object_id, @qualifiers, @valid_from, @valid_from_precision, @valid_to, @valid_to_precision,
                @valid_to_end, @confidence, @recorded_at, @recorded_by, @retracted_at, @retracted_by, @retract_reason)
            ON CONFLICT (id) DO NOTHING;
            """,
            "@id", "@type", "@subject_id", "@object_id", "@qualifiers", "@valid_from", "@valid_from_precision", "@valid_to", "@valid_to_precision",
            "@valid_to_end", "@confidence", "@recorded_at", "@recorded_by", "@retracted_at", "@retracted_by", "@retract_reason");
        foreach (var r in relations)
        {
            Bind(insert, RelationRow(r));
            if (insert.ExecuteNonQuery() == 1) created.Add(r.Id);
            else FactConflicts.CheckStored(_vocabulary, await LoadRelationAsync(c, tx, r.Id, ct), r);
        }
        return created;
    }

    private static async Task<Relation?> LoadRelationOrNullAsync(SqliteConnection c, SqliteTransaction tx, string id, CancellationToken ct)
    {
        await using var load = Prepare(c, tx, $"SELECT {SqlValues.RelationColumns} FROM relations r WHERE r.id = @id;", "@id");
        Bind(load, id);
        await using var r = await load.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? SqlValues.ReadRelation(r) : null;
    }

    /// <summary>A relation the batch found already stored (its insert did nothing), read inside the write.</summary>
    private static async Task<Relation> LoadRelationAsync(SqliteConnection c, SqliteTransaction? tx, string id, CancellationToken ct)
    {
        await using var load = Prepare(c, tx, $"SELECT {SqlValues.RelationColumns} FROM relations r WHERE r.id = @id;", "@id");
        Bind(load, id);
        await using var r = await load.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? SqlValues.ReadRelation(r) : throw new InvalidOperationException($"{id} was neither inserted nor found");
    }

    private static async Task<List<Citation>> ApplyCitationsAsync(SqliteConnection c, SqliteTransaction? tx, IReadOnlyList<Citation> citations, CancellationToken ct)
    {
        var added = new List<Citation>();
        if (citations.Count == 0) return added;

        await using var insert = Prepare(c, tx,
            """
            INSERT INTO citations (relation_id, article_id, quote, start_offset, end_offset, speaker_id, stance, verified, qualifiers)
            VALUES (@relation_id, @article_id, @quote, @start, @end, @speaker_id, @stance, @verified, @qualifiers)
            ON CONFLICT DO NOTHING;
            """,
            "@relation_id", "@article_id", "@quote", "@start", "@end", "@speaker_id", "@stance", "@verified", "@qualifiers");
        await using var load = Prepare(c, tx,
            $"SELECT {SqlValues.CitationColumns} FROM citations c WHERE c.relation_id = @relation_id AND c.article_id = @article_id "
            + "AND c.start_offset = @start AND c.end_offset = @end;",
            "@relation_id", "@article_id", "@start", "@end");
        // A citation stored before its article's text was known becomes verified when a later batch verified it.
        await using var verify = Prepare(c, tx,
            "UPDATE citations SET verified = 1 WHERE relation_id = @relation_id AND article_id = @article_id "
            + "AND start_offset = @start AND end_offset = @end AND verified = 0;",
            "@relation_id", "@article_id", "@start", "@end");
        // A new citation's quote goes into the search index in the same transaction (quotes never change).
        await using var index = PrepareIndexCitation(c, tx);
        foreach (var x in citations)
        {
            Bind(insert, x.RelationId, x.ArticleId, x.Quote, x.Start, x.End, SqlValues.Nullable(x.SpeakerId), SqlValues.Stance(x.Stance), x.Verified ? 1 : 0,
                SqlValues.Qualifiers(x.Qualifiers));
            if (insert.ExecuteNonQuery() == 1)
            {
                added.Add(x);
                BindIndexCitation(index, x);
                index.ExecuteNonQuery();
                continue;
            }
            // The passage was cited before: the same stance and speaker, or a conflict.
            Bind(load, x.RelationId, x.ArticleId, x.Start, x.End);
            await using (var stored = await load.ExecuteReaderAsync(ct))
                if (await stored.ReadAsync(ct)) FactConflicts.CheckStored(SqlValues.ReadCitation(stored), x);
            if (x.Verified)
            {
                Bind(verify, x.RelationId, x.ArticleId, x.Start, x.End);
                verify.ExecuteNonQuery();
            }
        }
        return added;
    }

    /// <summary>Once an article's text is known, its stored citations whose quotes it contains at their offsets are verified.</summary>
    private static async Task VerifyCitationsAsync(SqliteConnection c, SqliteTransaction? tx, string articleId, CancellationToken ct)
    {
        string? text;
        await using (var load = Prepare(c, tx, "SELECT text FROM articles WHERE id = @id;", "@id"))
        {
            Bind(load, articleId);
            text = await load.ExecuteScalarAsync(ct) as string;
        }
        if (text is null) return;

        var matching = new List<(string RelationId, int Start, int End)>();
        await using (var unverified = Prepare(c, tx,
            "SELECT relation_id, quote, start_offset, end_offset FROM citations WHERE article_id = @id AND verified = 0;", "@id"))
        {
            Bind(unverified, articleId);
            await using var r = await unverified.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var (quote, start, end) = (r.GetString(1), r.GetInt32(2), r.GetInt32(3));
                if (QuoteCheck.MatchesAt(text, quote, start, end))
                    matching.Add((r.GetString(0), start, end));
            }
        }
        await using var verify = Prepare(c, tx,
            "UPDATE citations SET verified = 1 WHERE relation_id = @relation_id AND article_id = @article_id AND start_offset = @start AND end_offset = @end;",
            "@relation_id", "@article_id", "@start", "@end");
        foreach (var (relationId, start, end) in matching)
        {
            Bind(verify, relationId, articleId, start, end);
            verify.ExecuteNonQuery();
        }
    }

    public Task<RetractResult> RetractRelationAsync(string id, string reason, string retractedBy, DateTimeOffset at, CancellationToken ct = default) =>
        RunAsync("retract_relation", async (c, ct) =>
        {
            await using var tx = c.BeginTransaction(deferred: false);
            // A former id retracts the relation it became.
            if ((await RelationRedirectsAsync(c, tx, [id], ct)).GetValueOrDefault(id) is { } current && await LoadRelationOrNullAsync(c, tx, id, ct) is null)
                id = current;
            int changed;
            await using (var retract = Prepare(c, tx,
                "UPDATE relations SET retracted_at = @at, retracted_by = @by, retract_reason = @reason WHERE id = @id AND retracted_at IS NULL;",
                "@id", "@at", "@by", "@reason"))
            {
                Bind(retract, id, SqlValues.Timestamp(at), retractedBy, reason);
                changed = retract.ExecuteNonQuery();
            }
            if (changed == 1) await AppendChangesAsync(c, tx, [ChangeLog.ForRetraction(id, at)], ct);
            Relation? relation = null;
            await using (var load = Prepare(c, tx, $"SELECT {SqlValues.RelationColumns} FROM relations r WHERE r.id = @id;", "@id"))
            {
                Bind(load, id);
                await using var r = await load.ExecuteReaderAsync(ct);
                if (await r.ReadAsync(ct)) relation = SqlValues.ReadRelation(r);
            }
            await tx.CommitAsync(ct);
            var outcome = relation is null ? RetractOutcome.NotFound : changed == 1 ? RetractOutcome.Retracted : RetractOutcome.AlreadyRetracted;
            return new RetractResult(outcome, relation);
        }, ct);

    /// <summary>A command with named parameters, prepared once and re-bound per row with <see cref="Bind"/>.</summary>
    private static SqliteCommand Prepare(SqliteConnection c, SqliteTransaction? tx, string sql, params string[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter { ParameterName = p });
        cmd.Prepare();
        return cmd;
    }

    /// <summary>A relation's column values, in the order of the relations table's insert parameters (@id … @retract_reason).</summary>
    private static object[] RelationRow(Relation r) =>
    [
        r.Id, r.Type, r.SubjectId, r.ObjectId, SqlValues.Qualifiers(r.Qualifiers),
        r.ValidFrom is { } f ? SqlValues.Date(f.Start) : DBNull.Value,
        r.ValidFrom is { } fp ? SqlValues.Precision(fp.Precision) : DBNull.Value,
        r.ValidTo is { } t ? SqlValues.Date(t.Start) : DBNull.Value,
        r.ValidTo is { } tp ? SqlValues.Precision(tp.Precision) : DBNull.Value,
        r.ValidTo is { } te ? SqlValues.Date(te.End) : DBNull.Value,
        r.Confidence, SqlValues.Timestamp(r.RecordedAt), r.RecordedBy,
        SqlValues.Timestamp(r.RetractedAt), SqlValues.Nullable(r.RetractedBy), SqlValues.Nullable(r.RetractReason),
    ];

    /// <summary>One statement of our own text, no parameters (transaction control).</summary>
    private static void Execute(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand cmd, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i];
    }
}
