// totalCount of claims(disputed:): the claims find_claims.cypher lists.
MATCH (c:Claim)
WITH c,
     EXISTS { MATCH (:Node)-[r]->(c) WHERE type(r) IN $supportTypes AND r.recordedAt <= $knownAt AND (r.retractedAt IS NULL OR r.retractedAt > $knownAt) }
     AND EXISTS { MATCH (:Node)-[r]->(c) WHERE type(r) IN $denialTypes AND r.recordedAt <= $knownAt AND (r.retractedAt IS NULL OR r.retractedAt > $knownAt) }
     AS disputed
WHERE $disputed IS NULL OR disputed = $disputed
RETURN count(c) AS count
