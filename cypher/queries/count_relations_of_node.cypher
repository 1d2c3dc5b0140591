// totalCount of relations(where:), starting from the node every answer touches ($anchorId: a subject, object, involves or between the condition pins): only its relationships are read.
// The lines below are the same in every relations listing and count (a test keeps them identical).
// The parameters named condition, sortKeys, afterKey and orderBy stand for Cypher the store composes from files only
// (cypher/predicates/relation, cypher/sort-keys/relation; see Neo4jRelationConditions): never input.
MATCH (:Node {id: $anchorId})-[r]-(:Node)
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS o
WHERE $condition
  AND r.recordedAt <= $knownAt AND ($includeRetracted OR r.retractedAt IS NULL OR r.retractedAt > $knownAt)
RETURN count(r) AS count
