// Ingestion: the articles apply_lock_articles created bare get their properties (all of them: the
// placeholder's marker goes). Their ids are content hashes, so a stored article is never rewritten.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a = row
RETURN count(a) AS created
