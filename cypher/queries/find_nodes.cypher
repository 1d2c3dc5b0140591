// entities(kind:) without a search: nodes of one kind (CLAIM included), in id order (node_kind index).
MATCH (n:Node)
WHERE n.kind = $kind AND ($afterId IS NULL OR n.id > $afterId)
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.description AS description, n.recordedAt AS recordedAt, 0 AS rank
ORDER BY id
LIMIT $limit
