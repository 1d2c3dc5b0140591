// Ingestion: an article mentions both ends of every relation it is cited for, so one hop leads from
// a source to what it covers (and relations(where: {article}) starts from there).
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (n:Node {id: row.nodeId})
MERGE (a)-[:MENTIONS]->(n)
RETURN count(*) AS mentions
