// mergeEntities: relations with a citation spoken by the merged entity, locked, with their
// citations, so Core gives those citations to the surviving entity (apply_write_citations writes them).
MATCH (:Node)-[r]->(:Node)
WHERE $id IN r.citationSpeakerIds
SET r.id = r.id
RETURN r.id AS relationId, elementId(r) AS elementId, r.citationArticleIds AS articleIds, r.citationQuotes AS quotes,
       r.citationStarts AS starts, r.citationEnds AS ends, r.citationSpeakerIds AS speakerIds,
       r.citationStances AS stances, r.citationVerified AS verified, r.citationQualifiers AS qualifiers
