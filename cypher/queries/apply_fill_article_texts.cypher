// Ingestion: an article stored without its text gets it (the hash already matched), and the text's
// indexed words (Core's TextSearch) for the article_text_words full-text index.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
WHERE a.text IS NULL
SET a.text = row.text, a.textWords = row.textWords
RETURN count(a) AS filled
