// Re-keying: each former relation id leads to its new id, and so do the ids that led to the former
// one (redirects stay one hop); an id that is a relation's again leads nowhere else.
UNWIND $rows AS row
OPTIONAL MATCH (chain:RelationRedirect {relationId: row.formerId})
SET chain.relationId = row.id
WITH DISTINCT row
MERGE (x:RelationRedirect {id: row.formerId})
SET x.relationId = row.id
WITH row, x
OPTIONAL MATCH (stale:RelationRedirect {id: row.id})
DELETE stale
RETURN count(DISTINCT x) AS redirected
