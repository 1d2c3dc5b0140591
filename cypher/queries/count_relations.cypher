// totalCount of relations(where:): the same candidates and filters as find_relations.cypher
// (a test keeps the two identical), counted without a page.
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
RETURN count(r) AS count
