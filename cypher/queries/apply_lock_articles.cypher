// Ingestion: lock every article a batch writes, creating a bare placeholder for each one not stored
// yet (MERGE on the unique id waits for a concurrent batch creating the same article); say which
// are new and which stored ones lack their text.
UNWIND $ids AS id
MERGE (a:Article {id: id})
ON CREATE SET a.creating = true
SET a.id = a.id
RETURN a.id AS id, a.creating IS NOT NULL AS creating, a.text IS NOT NULL AS hasText
