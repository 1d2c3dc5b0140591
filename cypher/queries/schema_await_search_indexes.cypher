// After the schema: wait until the full-text search indexes are ONLINE. A query on a populating
// full-text index fails (other indexes merely go unused while they populate), and a new index over
// an existing database takes a while to fill. Past the operation timeout the store reports itself
// unavailable and tries again on its next operation.
CALL db.awaitIndex('citation_quote_words', $timeoutSeconds);
CALL db.awaitIndex('article_text_words', $timeoutSeconds);
