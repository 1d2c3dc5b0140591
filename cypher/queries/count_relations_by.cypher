// relationCounts(where:, groupBy:): the relations listing's count statement for the same filter (so counts
// select exactly what the listing lists), its "RETURN count(r) AS count" replaced by the lines after
// "// GROUP BY". The two lines before it stand in for that statement, so the lint checks this in context.
// A key not grouped by ($by* false, $period null) is null in every bucket; MONTH and YEAR take the day of
// Core's TimelineDates rule (as timeline.cypher); buckets by count descending, then by key, undated last.
MATCH (:Node)-[r]->(:Node)
WITH r, startNode(r) AS s, endNode(r) AS o
// GROUP BY
CALL (r) {
  OPTIONAL MATCH (a:Article)
  WHERE $period IS NOT NULL AND r.validFrom IS NULL AND a.id IN r.citationArticleIds AND a.publishedAt IS NOT NULL
  WITH r, a ORDER BY a.publishedAt, date(a.publishedAt) LIMIT 1
  RETURN coalesce(r.validFrom, date(a.publishedAt)) AS day
}
WITH CASE WHEN $byType THEN type(r) END AS type,
     CASE WHEN $bySubject THEN s.id END AS subjectId,
     CASE WHEN $byObject THEN o.id END AS objectId,
     CASE WHEN $bySubjectKind THEN s.kind END AS subjectKind,
     CASE WHEN $byObjectKind THEN o.kind END AS objectKind,
     CASE $period WHEN 'MONTH' THEN substring(toString(day), 0, 7) WHEN 'YEAR' THEN substring(toString(day), 0, 4) END AS period
RETURN type, subjectId, objectId, subjectKind, objectKind, period, count(*) AS count
ORDER BY count DESC, type, subjectId, objectId, subjectKind, objectKind, period IS NULL, period
LIMIT $first
