// Nodes (entities and claims) by id.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.description AS description, n.recordedAt AS recordedAt, n.externalIds AS externalIds
