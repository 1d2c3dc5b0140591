// degree(types, direction) of many nodes: for each, how many relations expand.cypher would list for it
// (OUT: as subject, IN: as object, BOTH: either, a self-loop once), of the given types (all when empty),
// true in the world at $validAt (when given), visible at $knownAt and not retracted then.
UNWIND $ids AS id
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
WITH n, r
WHERE (size($types) = 0 OR type(r) IN $types)
  AND ($validAt IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $validAt) AND (r.validToEnd IS NULL OR r.validToEnd >= $validAt)))
  AND r.recordedAt <= $knownAt AND (r.retractedAt IS NULL OR r.retractedAt > $knownAt)
RETURN n.id AS id, count(r) AS count
