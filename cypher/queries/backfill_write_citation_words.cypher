// Start-up: the indexed words of each relationship's quotes, unless a write set them (with new
// quotes) since they were read.
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId AND r.citationQuoteWords IS NULL AND r.citationQuotes = row.quotes
SET r.citationQuoteWords = row.words
RETURN count(r) AS written
