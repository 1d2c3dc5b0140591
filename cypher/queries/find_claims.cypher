// claims(disputed:), in id order or by name (the store fills the afterKey and orderBy parameters with one of two fixed shapes, see Neo4jNodeOrdering). Disputed: as recorded at $knownAt, some relation of a
// $supportTypes type and some of a $denialTypes type point at the claim (Core's ClaimStances).
MATCH (c:Claim)
WHERE $afterKey
WITH c,
     EXISTS { MATCH (:Node)-[r]->(c) WHERE type(r) IN $supportTypes AND r.recordedAt <= $knownAt AND (r.retractedAt IS NULL OR r.retractedAt > $knownAt) }
     AND EXISTS { MATCH (:Node)-[r]->(c) WHERE type(r) IN $denialTypes AND r.recordedAt <= $knownAt AND (r.retractedAt IS NULL OR r.retractedAt > $knownAt) }
     AS disputed
WHERE $disputed IS NULL OR disputed = $disputed
RETURN c.id AS id, c.kind AS kind, c.name AS name, c.aliases AS aliases, c.description AS description, c.recordedAt AS recordedAt, c.externalIds AS externalIds, 0 AS rank, c.searchKey AS nameKey
ORDER BY $orderBy
LIMIT $limit
