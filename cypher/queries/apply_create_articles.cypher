// Ingestion: articles not stored yet (their ids are content hashes, so a stored one is identical).
UNWIND $rows AS row
CREATE (a:Article)
SET a = row
RETURN count(a) AS created
