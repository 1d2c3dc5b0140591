// Ingestion, step 1: the stored nodes a batch writes, read under a write lock (the no-op SET takes
// it), so a concurrent batch cannot slip in between this read and the write and lose aliases.
UNWIND $ids AS id
MATCH (n:Node {id: id})
SET n.id = n.id
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.description AS description, n.recordedAt AS recordedAt
