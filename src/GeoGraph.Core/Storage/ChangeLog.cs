using System.Globalization;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>What a change-log entry says happened (GraphQL's <c>ChangeKind</c>).</summary>
public enum ChangeKind
{
    /// <summary>A relation new to the store, with the citations it was recorded with.</summary>
    RelationRecorded,

    /// <summary>A relation already stored gained a citation from an article (one entry per relation and article).</summary>
    CitationAdded,

    /// <summary>A relation was retracted (never deleted).</summary>
    RelationRetracted,

    /// <summary>A node (entity or claim) new to the store.</summary>
    EntityRecorded,

    /// <summary>A stored node's name, aliases or description actually changed.</summary>
    EntityUpdated,

    /// <summary>An article new to the store.</summary>
    ArticleRecorded,

    /// <summary>
    /// A relation's id changed (FormerId → RelationId): the id rule changed (a store's migration) or
    /// an end was merged into another entity. The former id keeps resolving to the relation; when a
    /// relation was already stored under the new id, the two became one, with every citation.
    /// </summary>
    RelationIdChanged,

    /// <summary>An entity (FormerId) was merged into another (EntityId); the former id keeps resolving to it.</summary>
    EntityMerged,
}

/// <summary>An entry a write appends to the change log; the store gives it the next sequence.</summary>
public sealed record ChangeEntry(ChangeKind Kind, DateTimeOffset At, string? RelationId = null, string? EntityId = null, string? ArticleId = null, string? FormerId = null);

/// <summary>
/// An entry of the change log: <see cref="Sequence"/> increases in commit order, so a reader that
/// has seen sequence N never later finds an entry below N. It names what it concerns by id.
/// </summary>
public sealed record Change(long Sequence, ChangeKind Kind, DateTimeOffset At, string? RelationId, string? EntityId, string? ArticleId, string? FormerId = null);

/// <summary>A page of the change log: entries after <see cref="AfterSequence"/> (0: from the start), at or after <see cref="Since"/> when given.</summary>
public sealed record ChangeQuery(long AfterSequence, DateTimeOffset? Since, int First);

/// <summary>
/// The change log's rules, decided once for every store: which entries a write appends, and how
/// entries page. A store applies a batch, reports what it actually changed, appends exactly the
/// entries <see cref="ForBatch"/> returns in the same transaction, and numbers them in commit order.
/// </summary>
public static class ChangeLog
{
    /// <summary>
    /// The entries of an applied batch, in this order: articles created, nodes created or changed
    /// (in <see cref="NodeWrites.Plan"/>'s order, one entry per node however often the batch sends
    /// it), relations created (and, when one arrives already retracted, as a migration copies it,
    /// its retraction), then one CITATION_ADDED per (relation, article) whose citation was added to
    /// a relation stored before the batch — citations of a relation the batch creates are part of
    /// RELATION_RECORDED. Filling in an article's text or verifying a citation appends nothing.
    /// An entry that records a thing is at its recorded time; an update or added citation is at
    /// <see cref="IngestionBatch.At"/>.
    /// </summary>
    public static IReadOnlyList<ChangeEntry> ForBatch(
        IngestionBatch batch,
        IReadOnlyCollection<string> articlesCreated,
        IReadOnlyList<NodeWrites.Write> nodeWrites,
        IReadOnlyCollection<string> relationsCreated,
        IReadOnlyCollection<Citation> citationsAdded)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var entries = new List<ChangeEntry>();
        var createdArticles = articlesCreated.ToHashSet(StringComparer.Ordinal);
        foreach (var article in batch.Articles.DistinctBy(a => a.Id).Where(a => createdArticles.Contains(a.Id)))
            entries.Add(new ChangeEntry(ChangeKind.ArticleRecorded, article.RecordedAt, ArticleId: article.Id));

        var nodesLogged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, created) in nodeWrites)
        {
            if (!nodesLogged.Add(node.Id)) continue;
            entries.Add(created
                ? new ChangeEntry(ChangeKind.EntityRecorded, node.RecordedAt, EntityId: node.Id)
                : new ChangeEntry(ChangeKind.EntityUpdated, batch.At, EntityId: node.Id));
        }

        var createdRelations = relationsCreated.ToHashSet(StringComparer.Ordinal);
        foreach (var relation in batch.Relations.DistinctBy(r => r.Id).Where(r => createdRelations.Contains(r.Id)))
        {
            entries.Add(new ChangeEntry(ChangeKind.RelationRecorded, relation.RecordedAt, RelationId: relation.Id));
            if (relation.RetractedAt is { } retractedAt)
                entries.Add(ForRetraction(relation.Id, retractedAt));
        }

        var added = citationsAdded.Select(Key).ToHashSet();
        foreach (var citation in batch.Citations
                     .Where(c => !createdRelations.Contains(c.RelationId) && added.Contains(Key(c)))
                     .DistinctBy(c => (c.RelationId, c.ArticleId)))
            entries.Add(new ChangeEntry(ChangeKind.CitationAdded, batch.At, RelationId: citation.RelationId, ArticleId: citation.ArticleId));
        return entries;
    }

    /// <summary>The entry of a retraction that changed the relation (a repeated retraction changes nothing and appends nothing).</summary>
    public static ChangeEntry ForRetraction(string relationId, DateTimeOffset at) =>
        new(ChangeKind.RelationRetracted, at, RelationId: relationId);

    private static (string, string, int, int) Key(Citation c) => (c.RelationId, c.ArticleId, c.Start, c.End);

    /// <summary>The kind as stored and as GraphQL names it: RELATION_RECORDED, CITATION_ADDED, …</summary>
    public static string Code(ChangeKind kind) => kind switch
    {
        ChangeKind.RelationRecorded => "RELATION_RECORDED",
        ChangeKind.CitationAdded => "CITATION_ADDED",
        ChangeKind.RelationRetracted => "RELATION_RETRACTED",
        ChangeKind.EntityRecorded => "ENTITY_RECORDED",
        ChangeKind.EntityUpdated => "ENTITY_UPDATED",
        ChangeKind.ArticleRecorded => "ARTICLE_RECORDED",
        ChangeKind.RelationIdChanged => "RELATION_ID_CHANGED",
        ChangeKind.EntityMerged => "ENTITY_MERGED",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown change kind"),
    };

    public static ChangeKind ParseCode(string code) =>
        Enum.GetValues<ChangeKind>().Select(k => (ChangeKind?)k).FirstOrDefault(k => Code(k!.Value) == code)
            ?? throw new FormatException($"'{code}' is not a change kind");

    /// <summary>A page's key for an entry: listings page by (rank 0, id), and a change's id is its sequence.</summary>
    public static PageKey KeyOf(Change change) => new(0, change.Sequence.ToString(CultureInfo.InvariantCulture));

    /// <summary>The sequence a page key names, or VALIDATION_FAILED on <paramref name="field"/>.</summary>
    public static long SequenceOf(PageKey key, string field) =>
        key.Rank == 0 && long.TryParse(key.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence > 0
            ? sequence
            : throw GeoGraphException.Validation(field, "malformed cursor: pass an endCursor or edge cursor returned by changes");

    /// <summary>Fetched entries (up to first + 1) as a page.</summary>
    public static Page<Change> Page(IReadOnlyList<Change> fetched, int first) =>
        Page<Change>.From(fetched.Select(c => new PagedItem<Change>(c, KeyOf(c))).ToArray(), first);

    /// <summary>The query, or VALIDATION_FAILED when its bounds are wrong.</summary>
    public static ChangeQuery Check(ChangeQuery query)
    {
        QueryLimits.CheckPage(new PageRequest(query.First, null));
        if (query.AfterSequence < 0) throw GeoGraphException.Validation("after", "must not be negative");
        return query;
    }
}
