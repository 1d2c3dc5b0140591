// Start-up, for a database written before quote search: relationships whose citations have no
// indexed words yet (Core computes them from the quotes), a batch at a time.
MATCH (:Node)-[r]->(:Node)
WHERE r.citationQuotes IS NOT NULL AND r.citationQuoteWords IS NULL
RETURN elementId(r) AS elementId, r.citationQuotes AS quotes
LIMIT $limit
