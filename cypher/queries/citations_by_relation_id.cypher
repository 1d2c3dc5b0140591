// A relation's citations are parallel lists on its relationship. One branch per relation type
// (RELATION_TYPE stands for the type; branches joined by UNION ALL).
MATCH ()-[r:RELATION_TYPE]->()
WHERE r.id IN $ids
RETURN r.id AS relationId, r.citationArticleIds AS articleIds, r.citationQuotes AS quotes, r.citationStarts AS starts,
       r.citationEnds AS ends, r.citationSpeakerIds AS speakerIds, r.citationStances AS stances, r.citationVerified AS verified, r.citationQualifiers AS qualifiers
