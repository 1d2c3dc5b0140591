// totalCount of relations(where:), starting from an article: only the relationships of the nodes it mentions are read.
// The filters below are the same in every relations listing and count (a test keeps them identical).
MATCH (:Article {id: $articleId})-[:MENTIONS]->(:Node)-[r]->(:Node)
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS o
WHERE ($type IS NULL OR type(r) = $type)
  AND ($subjectId IS NULL OR s.id = $subjectId)
  AND ($objectId IS NULL OR o.id = $objectId)
  AND ($involvesId IS NULL OR s.id = $involvesId OR o.id = $involvesId)
  AND ($articleId IS NULL OR $articleId IN r.citationArticleIds)
  AND ($validAt IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $validAt) AND (r.validToEnd IS NULL OR r.validToEnd >= $validAt)))
  AND r.recordedAt <= $knownAt AND ($includeRetracted OR r.retractedAt IS NULL OR r.retractedAt > $knownAt)
RETURN count(r) AS count
