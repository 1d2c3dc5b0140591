// Nodes (entities and claims) by id. An id merged into another entity (mergeEntities) answers the
// surviving node (its redirect is one hop); a node stored under the id itself comes first.
UNWIND $ids AS requested
OPTIONAL MATCH (own:Node {id: requested})
OPTIONAL MATCH (x:NodeRedirect {id: requested}) WHERE own IS NULL
OPTIONAL MATCH (survivor:Node {id: x.nodeId})
WITH requested, coalesce(own, survivor) AS n
WHERE n IS NOT NULL
RETURN requested AS requestedId, n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.description AS description, n.recordedAt AS recordedAt, n.externalIds AS externalIds
