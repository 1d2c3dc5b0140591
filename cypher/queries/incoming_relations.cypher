// Relations of the given types (all when $types is empty) pointing at each object, visible as of
// $knownAt and not retracted then: a claim's supporters and deniers.
UNWIND $objectIds AS objectId
MATCH (s:Node)-[r]->(o:Node {id: objectId})
WHERE (size($types) = 0 OR type(r) IN $types)
  AND r.recordedAt <= $knownAt AND (r.retractedAt IS NULL OR r.retractedAt > $knownAt)
RETURN r.id AS id, type(r) AS type, s.id AS subjectId, o.id AS objectId, r.qualifiers AS qualifiers,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
       r.confidence AS confidence, r.recordedAt AS recordedAt, r.recordedBy AS recordedBy,
       r.retractedAt AS retractedAt, r.retractedBy AS retractedBy, r.retractReason AS retractReason
ORDER BY objectId, id
