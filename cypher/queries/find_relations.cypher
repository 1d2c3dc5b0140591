// relations(where:), one page in id order after $afterId. Candidates come from the cheapest
// anchor given: a node ($anchorId: the subject, object or involved node), else an article's
// mentions, else every relation; every filter then applies to them alike. Keep the WHERE below
// identical to count_relations.cypher (a test compares them).
CALL () {
  WITH 1 AS anchored WHERE $anchorId IS NOT NULL
  MATCH (:Node {id: $anchorId})-[r]-(:Node)
  RETURN r
  UNION
  WITH 1 AS byArticle WHERE $anchorId IS NULL AND $articleId IS NOT NULL
  MATCH (:Article {id: $articleId})-[:MENTIONS]->(:Node)-[r]->(:Node)
  RETURN r
  UNION
  WITH 1 AS everything WHERE $anchorId IS NULL AND $articleId IS NULL
  MATCH (:Node)-[r]->(:Node)
  RETURN r
}
WITH r, startNode(r) AS s, endNode(r) AS o
WHERE ($type IS NULL OR type(r) = $type)
  AND ($subjectId IS NULL OR s.id = $subjectId)
  AND ($objectId IS NULL OR o.id = $objectId)
  AND ($involvesId IS NULL OR s.id = $involvesId OR o.id = $involvesId)
  AND ($articleId IS NULL OR $articleId IN r.citationArticleIds)
  AND ($validAt IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $validAt) AND (r.validToEnd IS NULL OR r.validToEnd >= $validAt)))
  AND r.recordedAt <= $knownAt AND ($includeRetracted OR r.retractedAt IS NULL OR r.retractedAt > $knownAt)
  AND ($afterId IS NULL OR r.id > $afterId)
RETURN r.id AS id, type(r) AS type, s.id AS subjectId, o.id AS objectId, r.qualifiers AS qualifiers,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
       r.confidence AS confidence, r.recordedAt AS recordedAt, r.recordedBy AS recordedBy,
       r.retractedAt AS retractedAt, r.retractedBy AS retractedBy, r.retractReason AS retractReason
ORDER BY id
LIMIT $limit
