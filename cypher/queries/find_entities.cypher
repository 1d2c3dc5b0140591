// entities() without a kind or a search: every entity (claims are listed by kind: CLAIM), in id order or by name (the store fills the afterKey and orderBy parameters with one of two fixed shapes, see Neo4jNodeOrdering).
MATCH (n:Entity)
WHERE $afterKey
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.description AS description, n.recordedAt AS recordedAt, n.externalIds AS externalIds, 0 AS rank, n.searchKey AS nameKey
ORDER BY $orderBy
LIMIT $limit
