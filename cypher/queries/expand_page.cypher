// A bounded step of a traversal level (Core's GraphTraversal reads a level a page at a time): for
// each frontier node, its first $perNode relations in id order among those expand.cypher would list
// for it (OUT: as subject, IN: as object, BOTH: either, a self-loop once), only ids after $afterId
// when given; of the given types (all when empty), true in the world at $validAt (when given),
// visible at $knownAt and not retracted then. Each row names the frontier node it was listed for.
UNWIND $frontier AS id
MATCH (n:Node {id: id})
CALL (n) {
  CALL (n) {
    WITH n WHERE $direction IN ['OUT', 'BOTH']
    MATCH (n)-[r]->(:Node)
    RETURN r
    UNION
    WITH n WHERE $direction IN ['IN', 'BOTH']
    MATCH (n)<-[r]-(:Node)
    RETURN r
  }
  WITH r
  WHERE ($afterId IS NULL OR r.id > $afterId)
    AND (size($types) = 0 OR type(r) IN $types)
    AND ($validAt IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $validAt) AND (r.validToEnd IS NULL OR r.validToEnd >= $validAt)))
    AND r.recordedAt <= $knownAt AND (r.retractedAt IS NULL OR r.retractedAt > $knownAt)
  RETURN r
  ORDER BY r.id
  LIMIT $perNode
}
RETURN n.id AS node, r.id AS id, type(r) AS type, startNode(r).id AS subjectId, endNode(r).id AS objectId, r.qualifiers AS qualifiers,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
       r.confidence AS confidence, r.recordedAt AS recordedAt, r.recordedBy AS recordedBy,
       r.retractedAt AS retractedAt, r.retractedBy AS retractedBy, r.retractReason AS retractReason
ORDER BY node, id
