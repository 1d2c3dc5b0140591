// totalCount of timeline(id): the dated relations the node takes part in, filtered as in timeline.cypher.
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
RETURN count(r) AS count
