// Start-up migration "one fact, many sources": every relation with its citations, so Core gives each
// citation its relation's describing qualifiers and recomputes every relation id (FactMerges).
// One read of all relationships, once per database.
MATCH (s:Node)-[r]->(o:Node)
WHERE r.id IS NOT NULL
RETURN r.id AS id, type(r) AS type, s.id AS subjectId, o.id AS objectId, r.qualifiers AS qualifiers,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
       r.confidence AS confidence, r.recordedAt AS recordedAt, r.recordedBy AS recordedBy,
       r.retractedAt AS retractedAt, r.retractedBy AS retractedBy, r.retractReason AS retractReason,
       r.id AS relationId, elementId(r) AS elementId, r.citationArticleIds AS articleIds, r.citationQuotes AS quotes,
       r.citationStarts AS starts, r.citationEnds AS ends, r.citationSpeakerIds AS speakerIds,
       r.citationStances AS stances, r.citationVerified AS verified, r.citationQualifiers AS qualifiersOfCitations
ORDER BY r.id
