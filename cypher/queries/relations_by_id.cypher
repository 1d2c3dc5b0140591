// One branch per relation type of the vocabulary (RELATION_TYPE stands for the type; the
// branches are joined by UNION ALL): each is an index seek on that type's relation_id index.
MATCH (s:Node)-[r:RELATION_TYPE]->(o:Node)
WHERE r.id IN $ids
RETURN r.id AS id, type(r) AS type, s.id AS subjectId, o.id AS objectId, r.qualifiers AS qualifiers,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
       r.confidence AS confidence, r.recordedAt AS recordedAt, r.recordedBy AS recordedBy,
       r.retractedAt AS retractedAt, r.retractedBy AS retractedBy, r.retractReason AS retractReason
