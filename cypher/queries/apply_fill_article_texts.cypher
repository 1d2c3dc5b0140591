// Ingestion: an article stored without its text gets it (the hash already matched).
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
WHERE a.text IS NULL
SET a.text = row.text
RETURN count(a) AS filled
