// mergeEntities: every relation that names the merged entity, as subject, as object, or as a
// qualifier's entity (a scan of the stored qualifier JSON: merges are rare, admin-only writes; Core
// re-checks each candidate). Returned as relations_by_id returns them.
MATCH (s:Node {id: $id})-[r]->(o:Node)
WHERE r.id IS NOT NULL
RETURN r.id AS id, type(r) AS type, s.id AS subjectId, o.id AS objectId, r.qualifiers AS qualifiers,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
       r.confidence AS confidence, r.recordedAt AS recordedAt, r.recordedBy AS recordedBy,
       r.retractedAt AS retractedAt, r.retractedBy AS retractedBy, r.retractReason AS retractReason
UNION
MATCH (s:Node)-[r]->(o:Node {id: $id})
WHERE r.id IS NOT NULL
RETURN r.id AS id, type(r) AS type, s.id AS subjectId, o.id AS objectId, r.qualifiers AS qualifiers,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
       r.confidence AS confidence, r.recordedAt AS recordedAt, r.recordedBy AS recordedBy,
       r.retractedAt AS retractedAt, r.retractedBy AS retractedBy, r.retractReason AS retractReason
UNION
MATCH (s:Node)-[r]->(o:Node)
WHERE r.id IS NOT NULL AND r.qualifiers CONTAINS $entityJson
RETURN r.id AS id, type(r) AS type, s.id AS subjectId, o.id AS objectId, r.qualifiers AS qualifiers,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
       r.confidence AS confidence, r.recordedAt AS recordedAt, r.recordedBy AS recordedBy,
       r.retractedAt AS retractedAt, r.retractedBy AS retractedBy, r.retractReason AS retractReason
