// Start-up, for a database written before article text search: stored texts without indexed
// words yet (Core computes them from the text), a batch at a time.
MATCH (a:Article)
WHERE a.text IS NOT NULL AND a.textWords IS NULL
RETURN a.id AS id, a.text AS text
LIMIT $limit
