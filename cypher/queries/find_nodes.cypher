// entities(kind:) without a search: nodes of $kind (entities of every kind when null), in id order.
MATCH (n:Node)
WHERE (CASE WHEN $kind IS NULL THEN n.kind <> 'CLAIM' ELSE n.kind = $kind END)
  AND ($afterId IS NULL OR n.id > $afterId)
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.description AS description, n.recordedAt AS recordedAt, 0 AS rank
ORDER BY id
LIMIT $limit
