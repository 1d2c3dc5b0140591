// Start-up, once per database (see changes_open_log): entries for data written before the change
// log existed, in recorded order — articles, then nodes, then relations at each instant, each by
// id; retractions at their time. Citations added later to a stored relation cannot be told apart.
MATCH (counter:ChangeCounter {id: 'changes'})
WHERE counter.backfilling = true
CALL () {
  MATCH (a:Article)
  RETURN a.recordedAt AS at, 0 AS step, a.id AS key, 'ARTICLE_RECORDED' AS kind, null AS relationId, null AS entityId, a.id AS articleId
  UNION ALL
  MATCH (n:Node)
  RETURN n.recordedAt AS at, 1 AS step, n.id AS key, 'ENTITY_RECORDED' AS kind, null AS relationId, n.id AS entityId, null AS articleId
  UNION ALL
  MATCH (:Node)-[r]->(:Node)
  WHERE r.recordedBy IS NOT NULL
  RETURN r.recordedAt AS at, 2 AS step, r.id AS key, 'RELATION_RECORDED' AS kind, r.id AS relationId, null AS entityId, null AS articleId
  UNION ALL
  MATCH (:Node)-[r]->(:Node)
  WHERE r.retractedAt IS NOT NULL
  RETURN r.retractedAt AS at, 3 AS step, r.id AS key, 'RELATION_RETRACTED' AS kind, r.id AS relationId, null AS entityId, null AS articleId
}
WITH counter, at, step, key, kind, relationId, entityId, articleId
ORDER BY at, step, key
WITH counter, collect({at: at, kind: kind, relationId: relationId, entityId: entityId, articleId: articleId}) AS rows
FOREACH (i IN range(0, size(rows) - 1) |
  CREATE (:Change {sequence: i + 1, kind: rows[i].kind, at: rows[i].at, relationId: rows[i].relationId, entityId: rows[i].entityId, articleId: rows[i].articleId}))
SET counter.last = size(rows)
REMOVE counter.backfilling
RETURN size(rows) AS backfilled
