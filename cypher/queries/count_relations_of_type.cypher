// totalCount of relations(where:), of the one type the condition pins and nothing to start from: the type's relation_id index gives them in id order.
// The lines below are the same in every relations listing and count (a test keeps them identical).
// The parameters named condition, sortKeys, afterKey and orderBy stand for Cypher the store composes from files only
// (cypher/predicates/relation, cypher/sort-keys/relation; see Neo4jRelationConditions): never input.
// RELATION_TYPE stands for the condition's type, a vocabulary type checked before it is put here.
MATCH (:Node)-[r:RELATION_TYPE]->(:Node)
WITH r, startNode(r) AS s, endNode(r) AS o
WHERE $condition
  AND r.recordedAt <= $knownAt AND ($includeRetracted OR r.retractedAt IS NULL OR r.retractedAt > $knownAt)
RETURN count(r) AS count
