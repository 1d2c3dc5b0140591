// The relations a traversal followed from $expanded nodes to $ends (Core's GraphTraversal): those
// expand.cypher would list for an expanded node whose other end is one of $ends (OUT: expanded
// subject, IN: expanded object, BOTH: either), each once, of the given types (all when empty), true
// in the world at $validAt (when given), visible at $knownAt and not retracted then; the $limit
// lowest ids. Each expanded × end pair is matched between two bound nodes (expand-into, which
// starts from the end with fewer relations), so a hub's other relations are never read.
MATCH (n:Node) WHERE n.id IN $expanded
MATCH (m:Node) WHERE m.id IN $ends
CALL (n, m) {
  WITH n, m WHERE $direction IN ['OUT', 'BOTH']
  MATCH (n)-[r]->(m)
  RETURN r
  UNION
  WITH n, m WHERE $direction IN ['IN', 'BOTH']
  MATCH (n)<-[r]-(m)
  RETURN r
}
WITH DISTINCT r
WHERE (size($types) = 0 OR type(r) IN $types)
  AND ($validAt IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $validAt) AND (r.validToEnd IS NULL OR r.validToEnd >= $validAt)))
  AND r.recordedAt <= $knownAt AND (r.retractedAt IS NULL OR r.retractedAt > $knownAt)
RETURN r.id AS id, type(r) AS type, startNode(r).id AS subjectId, endNode(r).id AS objectId, r.qualifiers AS qualifiers,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
       r.confidence AS confidence, r.recordedAt AS recordedAt, r.recordedBy AS recordedBy,
       r.retractedAt AS retractedAt, r.retractedBy AS retractedBy, r.retractReason AS retractReason
ORDER BY id
LIMIT $limit
