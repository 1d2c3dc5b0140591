using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Core.Storage;

/// <summary>
/// When writing a known fact again is a repeat and when it is a conflict. A relation's id covers
/// its type, ends, identifying qualifier values and validity, so a repeat must also have the same
/// identifying qualifiers' numbers, units, entities and the same confidence (its describing
/// qualifiers may differ: they are the citing source's words, kept with its citation) (and the Ingestor refuses a retracted one); a citation of the same
/// passage (relation, article, offsets) must keep its stance and speaker. The Ingestor checks this
/// before a batch, naming the bundle's fields; each store checks it again inside the batch's
/// transaction, where a concurrent write that got there first is visible, and refuses the whole
/// batch rather than silently keeping one of two different values.
/// </summary>
public static class FactConflicts
{
    /// <summary>Same confidence and identifying qualifiers, whatever order a store returns the qualifiers in.</summary>
    public static bool SameFact(RelationVocabulary vocabulary, Relation stored, Relation incoming) =>
        stored.Confidence.Equals(incoming.Confidence)
        && FactQualifiers.Identifying(vocabulary, stored.Type, stored.Qualifiers).SequenceEqual(FactQualifiers.Identifying(vocabulary, incoming.Type, incoming.Qualifiers));

    public static bool SamePassage(Citation stored, Citation incoming) =>
        stored.Stance == incoming.Stance && stored.SpeakerId == incoming.SpeakerId;

    /// <summary>
    /// Inside a store's write: throws VALIDATION_FAILED when the stored relation has other values
    /// than <paramref name="incoming"/>. A stored retraction is not a conflict here: a write that
    /// loses a race with a retraction repeats the fact, and the retraction stands (the Ingestor
    /// refuses asserting a fact it can already see retracted).
    /// </summary>
    public static void CheckStored(RelationVocabulary vocabulary, Relation stored, Relation incoming)
    {
        if (!SameFact(vocabulary, stored, incoming))
            throw GeoGraphException.Validation("relations",
                $"{stored.Id} was stored by another write while this one was under way, with different qualifier numbers, units, entities or confidence; nothing was written");
    }

    /// <summary>Inside a store's write: throws VALIDATION_FAILED when the stored citation of the same passage differs in stance or speaker.</summary>
    public static void CheckStored(Citation stored, Citation incoming)
    {
        if (!SamePassage(stored, incoming))
            throw GeoGraphException.Validation("citations",
                $"the passage {incoming.Start}–{incoming.End} of {incoming.ArticleId} was cited for {incoming.RelationId} by another write while this one was under way, with a different stance or speaker; nothing was written");
    }
}
