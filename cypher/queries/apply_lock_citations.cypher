// Ingestion: the citations stored on relations of one type (RELATION_TYPE stands for it), read
// under a write lock so concurrent batches citing the same relation never lose each other's.
MATCH ()-[r:RELATION_TYPE]->()
WHERE r.id IN $ids
SET r.id = r.id
RETURN r.id AS relationId, elementId(r) AS elementId, r.citationArticleIds AS articleIds, r.citationQuotes AS quotes,
       r.citationStarts AS starts, r.citationEnds AS ends, r.citationSpeakerIds AS speakerIds,
       r.citationStances AS stances, r.citationVerified AS verified, r.citationQualifiers AS qualifiers
