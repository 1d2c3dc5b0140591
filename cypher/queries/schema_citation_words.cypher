// citations(where: {search}): a full-text index over every quote's indexed words (Core's TextSearch:
// words between single spaces, so Lucene's whitespace analyzer sees exactly Core's words). A
// relationship index names its types: run once with RELATION_TYPE standing for every vocabulary
// type (A|B|…). Full-text indexes take LIST<STRING> properties, one entry per citation.
CREATE FULLTEXT INDEX citation_quote_words IF NOT EXISTS FOR ()-[r:RELATION_TYPE]-() ON EACH [r.citationQuoteWords]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}
