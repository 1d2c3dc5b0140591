// claims(disputed:), in id order. Disputed: as recorded at $knownAt, some relation of a
// $supportTypes type and some of a $denialTypes type point at the claim (Core's ClaimStances).
MATCH (c:Claim)
WHERE $afterId IS NULL OR c.id > $afterId
WITH c,
     EXISTS { MATCH (:Node)-[r]->(c) WHERE type(r) IN $supportTypes AND r.recordedAt <= $knownAt AND (r.retractedAt IS NULL OR r.retractedAt > $knownAt) }
     AND EXISTS { MATCH (:Node)-[r]->(c) WHERE type(r) IN $denialTypes AND r.recordedAt <= $knownAt AND (r.retractedAt IS NULL OR r.retractedAt > $knownAt) }
     AS disputed
WHERE $disputed IS NULL OR disputed = $disputed
RETURN c.id AS id, c.kind AS kind, c.name AS name, c.aliases AS aliases, c.description AS description, c.recordedAt AS recordedAt, 0 AS rank
ORDER BY id
LIMIT $limit
