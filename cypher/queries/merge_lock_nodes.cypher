// mergeEntities: both entities as get_nodes resolves them (an id merged before answers its
// survivor), write-locked (the no-op SET) so no concurrent write changes them before the merge
// commits. An unknown id is simply absent from the answer.
UNWIND $ids AS requested
OPTIONAL MATCH (own:Node {id: requested})
OPTIONAL MATCH (x:NodeRedirect {id: requested}) WHERE own IS NULL
OPTIONAL MATCH (survivor:Node {id: x.nodeId})
WITH requested, coalesce(own, survivor) AS n
WHERE n IS NOT NULL
SET n.id = n.id
RETURN requested AS requestedId, n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.description AS description, n.recordedAt AS recordedAt
