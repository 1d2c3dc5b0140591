// Ingestion: a relation's citations, as parallel lists ordered by (article, start, end), written
// back to the relationship locked by apply_lock_citations or citing_relations, with each quote's
// indexed words (Core's TextSearch) for the citation_quote_words full-text index, and each citing
// source's describing qualifiers (JSON, Core's QualifierJson).
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId
SET r.citationArticleIds = row.articleIds, r.citationQuotes = row.quotes, r.citationStarts = row.starts,
    r.citationEnds = row.ends, r.citationSpeakerIds = row.speakerIds, r.citationStances = row.stances,
    r.citationVerified = row.verified, r.citationQuoteWords = row.quoteWords, r.citationQualifiers = row.qualifiers
RETURN count(r) AS written
