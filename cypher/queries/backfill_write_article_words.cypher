// Start-up: the indexed words of each stored text (a text, once stored, never changes).
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
WHERE a.textWords IS NULL
SET a.textWords = row.words
RETURN count(a) AS written
