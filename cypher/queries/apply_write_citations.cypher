// Ingestion: a relation's citations, as parallel lists ordered by (article, start, end), written
// back to the relationship locked by apply_lock_citations or citing_relations, with each quote's
// indexed words (Core's TextSearch) for the citation_quote_words full-text index.
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId
SET r.citationArticleIds = row.articleIds, r.citationQuotes = row.quotes, r.citationStarts = row.starts,
    r.citationEnds = row.ends, r.citationSpeakerIds = row.speakerIds, r.citationStances = row.stances,
    r.citationVerified = row.verified, r.citationQuoteWords = row.quoteWords
RETURN count(r) AS written
