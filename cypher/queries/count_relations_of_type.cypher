// totalCount of relations(where: {type}) with nothing to start from: the relationships of that one type.
// The filters below are the same in every relations listing and count (a test keeps them identical).
// RELATION_TYPE stands for the filter's type, a vocabulary type checked before it is put here.
MATCH (:Node)-[r:RELATION_TYPE]->(:Node)
WITH r, startNode(r) AS s, endNode(r) AS o
WHERE ($type IS NULL OR type(r) = $type)
  AND ($subjectId IS NULL OR s.id = $subjectId)
  AND ($objectId IS NULL OR o.id = $objectId)
  AND ($involvesId IS NULL OR s.id = $involvesId OR o.id = $involvesId)
  AND ($articleId IS NULL OR $articleId IN r.citationArticleIds)
  AND ($validAt IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $validAt) AND (r.validToEnd IS NULL OR r.validToEnd >= $validAt)))
  AND r.recordedAt <= $knownAt AND ($includeRetracted OR r.retractedAt IS NULL OR r.retractedAt > $knownAt)
RETURN count(r) AS count
