using GeoGraph.Core.Ids;
using GeoGraph.Core.Model;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Core.Storage;

/// <summary>Which of a relation's qualifiers identify the fact and which only describe it (<see cref="RelationType.Identifies"/>).</summary>
public static class FactQualifiers
{
    public static IReadOnlyList<Qualifier> Identifying(RelationVocabulary vocabulary, string type, IEnumerable<Qualifier> qualifiers) =>
        qualifiers.Where(q => vocabulary.Identifies(type, q.Key)).OrderBy(q => q.Key, StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<Qualifier> Describing(RelationVocabulary vocabulary, string type, IEnumerable<Qualifier> qualifiers) =>
        qualifiers.Where(q => !vocabulary.Identifies(type, q.Key)).OrderBy(q => q.Key, StringComparer.Ordinal).ToArray();
}

/// <summary>
/// Relations whose id changes — because the id rule changed (a store's migration) or because an
/// end was merged into another entity — decided once for every store. A store reads the relations
/// that move with their citations, asks <see cref="Moves"/> where each goes, reads what is already
/// stored there, asks <see cref="Plan"/> what to write, and writes exactly that in one
/// transaction: the former relations and their citations deleted, each target written whole, a
/// redirect from every former id, one RELATION_ID_CHANGED entry per former id.
/// </summary>
public static class FactMerges
{
    /// <summary>A stored relation with its citations.</summary>
    public sealed record Cited(Relation Relation, IReadOnlyList<Citation> Citations);

    /// <summary>A relation that moves: as stored, and as it becomes (its new id and content).</summary>
    public sealed record Move(Cited Former, Relation Moved);

    /// <summary>
    /// What to write at one new id: the relation (<see cref="Existed"/> when one was stored there
    /// before), every citation it ends with, and the former ids that now lead to it.
    /// </summary>
    public sealed record Rewrite(Relation Relation, bool Existed, IReadOnlyList<Citation> Citations, IReadOnlyList<string> FormerIds);

    /// <summary>
    /// Where each relation goes once <paramref name="retarget"/> has rewritten its content (the
    /// identity for a migration); its id is recomputed by <see cref="ContentIds.ForRelation(RelationVocabulary, Relation)"/>.
    /// Relations whose content and id stay are left out; one whose content changes but not its id
    /// (a describing qualifier named a merged entity) is rewritten in place.
    /// </summary>
    public static IReadOnlyList<Move> Moves(RelationVocabulary vocabulary, IEnumerable<Cited> relations, Func<Relation, Relation>? retarget = null)
    {
        var moves = new List<Move>();
        foreach (var cited in relations.OrderBy(c => c.Relation.Id, StringComparer.Ordinal))
        {
            var content = retarget?.Invoke(cited.Relation) ?? cited.Relation;
            var id = ContentIds.ForRelation(vocabulary, content);
            if (id != cited.Relation.Id || !ReferenceEquals(content, cited.Relation)) moves.Add(new Move(cited, content with { Id = id }));
        }
        return moves;
    }

    /// <summary>
    /// The writes for <paramref name="moves"/>, given what is stored at their new ids. Relations
    /// that now coincide become one: the earliest recorded gives its content (its qualifiers are
    /// the fact as first recorded), it is in force unless every one of them was retracted (a
    /// retraction withdrew one reading, not the others), and it keeps every citation — each with
    /// the describing qualifiers of the relation it came from, so no source's wording is lost. Two
    /// citations of the very same passage (article and offsets) are one citation: the one stored
    /// at the target, else the earliest former's, stands.
    /// </summary>
    public static IReadOnlyList<Rewrite> Plan(
        RelationVocabulary vocabulary, IReadOnlyList<Move> moves, IReadOnlyDictionary<string, Cited> storedTargets,
        Func<Citation, Citation>? retargetCitation = null)
    {
        var rewrites = new List<Rewrite>();
        foreach (var group in moves.GroupBy(m => m.Moved.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var stored = storedTargets.GetValueOrDefault(group.Key);
            var parts = group.OrderBy(m => m.Moved.RecordedAt).ThenBy(m => m.Former.Relation.Id, StringComparer.Ordinal).ToArray();
            var candidates = parts.Select(m => m.Moved).Prepend(stored?.Relation).OfType<Relation>().ToArray();
            var first = candidates.OrderBy(r => r.RecordedAt).First();
            var live = candidates.Where(r => r.RetractedAt is null).ToArray();
            var retraction = live.Length > 0 ? null : candidates.OrderBy(r => r.RetractedAt).First();
            var merged = first with
            {
                Id = group.Key,
                RetractedAt = retraction?.RetractedAt,
                RetractedBy = retraction?.RetractedBy,
                RetractReason = retraction?.RetractReason,
            };

            var citations = new Dictionary<(string, int, int), Citation>();
            foreach (var c in stored?.Citations ?? []) citations.TryAdd((c.ArticleId, c.Start, c.End), c);
            foreach (var move in parts)
            {
                var describing = FactQualifiers.Describing(vocabulary, move.Former.Relation.Type, move.Former.Relation.Qualifiers);
                foreach (var c in move.Former.Citations)
                {
                    var moved = (retargetCitation?.Invoke(c) ?? c) with { RelationId = group.Key };
                    // A citation stored before sources kept their own wording carries none: it
                    // takes its former relation's describing qualifiers.
                    if (moved.Qualifiers.Count == 0 && describing.Count > 0) moved = moved with { Qualifiers = describing };
                    citations.TryAdd((moved.ArticleId, moved.Start, moved.End), moved);
                }
            }
            rewrites.Add(new Rewrite(merged, stored is not null || parts.Any(m => m.Former.Relation.Id == group.Key),
                citations.Values.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.End).ToArray(),
                parts.Select(m => m.Former.Relation.Id).Where(id => id != group.Key).ToArray()));
        }
        return rewrites;
    }

    /// <summary>The change-log entries of a plan: one RELATION_ID_CHANGED per former id, at <paramref name="at"/>.</summary>
    public static IEnumerable<ChangeEntry> Changes(IEnumerable<Rewrite> rewrites, DateTimeOffset at) =>
        rewrites.SelectMany(r => r.FormerIds.Select(former => new ChangeEntry(ChangeKind.RelationIdChanged, at, RelationId: r.Relation.Id, FormerId: former)));

    /// <summary>
    /// A citation stored before citations kept their describing qualifiers gets its relation's
    /// (the migration's first step, for relations whose id does not change).
    /// </summary>
    public static IReadOnlyList<Qualifier> DescribingOf(RelationVocabulary vocabulary, Relation relation) =>
        FactQualifiers.Describing(vocabulary, relation.Type, relation.Qualifiers);
}
