// relations(where: {type}), one page in id order after $afterId, of one type and nothing to start from: the type's relation_id index gives them in id order.
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
  AND ($afterId IS NULL OR r.id > $afterId)
RETURN r.id AS id, type(r) AS type, s.id AS subjectId, o.id AS objectId, r.qualifiers AS qualifiers,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
       r.confidence AS confidence, r.recordedAt AS recordedAt, r.recordedBy AS recordedBy,
       r.retractedAt AS retractedAt, r.retractedBy AS retractedBy, r.retractReason AS retractReason
ORDER BY id
LIMIT $limit
