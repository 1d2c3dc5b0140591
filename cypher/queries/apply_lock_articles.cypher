// Ingestion: which of a batch's articles are stored, and whether their text is, under a write lock.
UNWIND $ids AS id
MATCH (a:Article {id: id})
SET a.id = a.id
RETURN a.id AS id, a.text IS NOT NULL AS hasText
