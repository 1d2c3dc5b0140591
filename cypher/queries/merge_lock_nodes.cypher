// mergeEntities: both entities, write-locked (the no-op SET) so no concurrent write changes them
// before the merge commits. A missing id is simply absent from the answer.
UNWIND $ids AS id
MATCH (n:Node {id: id})
SET n.id = n.id
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.description AS description, n.recordedAt AS recordedAt
