// A path search's traversal level (Core's GraphTraversal): expand.cypher reading only the id and
// the ends of each relation (a hub's relations are many, their properties are not needed to follow
// them): every relation touching the frontier the way $direction allows (OUT: as subject, IN: as
// object, BOTH: either), of the given types (all when empty), true in the world at $validAt (when
// given), visible at $knownAt and never retracted then; each once, in id order.
UNWIND $frontier AS id
MATCH (n:Node {id: id})
CALL (n) {
  WITH n WHERE $direction IN ['OUT', 'BOTH']
  MATCH (n)-[r]->(:Node)
  RETURN r
  UNION
  WITH n WHERE $direction IN ['IN', 'BOTH']
  MATCH (n)<-[r]-(:Node)
  RETURN r
}
WITH DISTINCT r
WHERE (size($types) = 0 OR type(r) IN $types)
  AND ($validAt IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $validAt) AND (r.validToEnd IS NULL OR r.validToEnd >= $validAt)))
  AND r.recordedAt <= $knownAt AND (r.retractedAt IS NULL OR r.retractedAt > $knownAt)
RETURN r.id AS id, startNode(r).id AS subjectId, endNode(r).id AS objectId
ORDER BY id
