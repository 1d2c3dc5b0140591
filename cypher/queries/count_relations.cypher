// totalCount of relations(where:), every relation (no node or article to start from): one scan of the relationships between nodes.
// The lines below are the same in every relations listing and count (a test keeps them identical).
// The parameters named condition, sortKeys, afterKey and orderBy stand for Cypher the store composes from files only
// (cypher/predicates/relation, cypher/sort-keys/relation; see Neo4jRelationConditions): never input.
MATCH (:Node)-[r]->(:Node)
WITH r, startNode(r) AS s, endNode(r) AS o
WHERE $condition
  AND r.recordedAt <= $knownAt AND ($includeRetracted OR r.retractedAt IS NULL OR r.retractedAt > $knownAt)
RETURN count(r) AS count
