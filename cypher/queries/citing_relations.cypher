// Ingestion, once an article's text is supplied: the relations citing it, locked, with their
// citations, so Core re-verifies every quote at its offsets.
MATCH (:Article {id: $articleId})-[:MENTIONS]->(:Node)-[r]->(:Node)
WHERE $articleId IN r.citationArticleIds
WITH DISTINCT r
SET r.id = r.id
RETURN r.id AS relationId, elementId(r) AS elementId, r.citationArticleIds AS articleIds, r.citationQuotes AS quotes,
       r.citationStarts AS starts, r.citationEnds AS ends, r.citationSpeakerIds AS speakerIds,
       r.citationStances AS stances, r.citationVerified AS verified, r.citationQualifiers AS qualifiers
