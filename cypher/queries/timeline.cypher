// timeline(id): one page of the relations the node takes part in, in (day, id) order after ($afterDay, $afterId).
// The day is Core's TimelineDates rule: validFrom, else the publication day (in the article's own offset)
// of the earliest citing article by instant; undated relations are left out. count_timeline filters alike.
MATCH (:Node {id: $id})-[r]-(:Node)
WITH DISTINCT r
WHERE (size($types) = 0 OR type(r) IN $types)
  AND r.recordedAt <= $knownAt AND ($includeRetracted OR r.retractedAt IS NULL OR r.retractedAt > $knownAt)
CALL (r) {
  OPTIONAL MATCH (a:Article)
  WHERE r.validFrom IS NULL AND a.id IN r.citationArticleIds AND a.publishedAt IS NOT NULL
  WITH r, a ORDER BY a.publishedAt, date(a.publishedAt) LIMIT 1
  RETURN coalesce(r.validFrom, date(a.publishedAt)) AS day
}
WITH r, day
WHERE day IS NOT NULL AND ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
  AND ($afterDay IS NULL OR day > $afterDay OR (day = $afterDay AND r.id > $afterId))
RETURN r.id AS id, type(r) AS type, startNode(r).id AS subjectId, endNode(r).id AS objectId, r.qualifiers AS qualifiers,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
       r.confidence AS confidence, r.recordedAt AS recordedAt, r.recordedBy AS recordedBy,
       r.retractedAt AS retractedAt, r.retractedBy AS retractedBy, r.retractReason AS retractReason, day
ORDER BY day, id
LIMIT $limit
