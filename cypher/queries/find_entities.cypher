// entities() without a kind or a search: every entity (claims are listed by kind: CLAIM), in id order.
MATCH (n:Entity)
WHERE $afterId IS NULL OR n.id > $afterId
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.description AS description, n.recordedAt AS recordedAt, 0 AS rank
ORDER BY id
LIMIT $limit
