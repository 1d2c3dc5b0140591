// relations(where:, orderBy:), one page after the cursor in the listing's order, starting from the node every answer touches ($anchorId: a subject, object, involves or between the condition pins): only its relationships are read.
// The lines below are the same in every relations listing and count (a test keeps them identical).
// The parameters named condition, sortKeys, afterKey and orderBy stand for Cypher the store composes from files only
// (cypher/predicates/relation, cypher/sort-keys/relation; see Neo4jRelationConditions): never input.
MATCH (:Node {id: $anchorId})-[r]-(:Node)
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS o
WHERE $condition
  AND r.recordedAt <= $knownAt AND ($includeRetracted OR r.retractedAt IS NULL OR r.retractedAt > $knownAt)
WITH r, s, o, $sortKeys AS keys
WHERE $afterKey
RETURN r.id AS id, type(r) AS type, s.id AS subjectId, o.id AS objectId, r.qualifiers AS qualifiers,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
       r.confidence AS confidence, r.recordedAt AS recordedAt, r.recordedBy AS recordedBy,
       r.retractedAt AS retractedAt, r.retractedBy AS retractedBy, r.retractReason AS retractReason, keys
ORDER BY $orderBy
LIMIT $limit
