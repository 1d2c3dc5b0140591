// Ingestion, step 1: lock every node a batch writes, creating a bare placeholder for each one not
// stored yet (MERGE on the unique id waits for a concurrent batch creating the same node), then
// read the stored ones. The no-op SET takes the write lock on nodes that already existed, so no
// batch slips in between this read and the write (apply_write_nodes) and loses aliases.
// mergedInto: the survivor when the id was merged away (a :NodeRedirect), which Core refuses to
// write again (EntityMerges.CheckNotMergedAway); the transaction then rolls the placeholder back.
UNWIND $ids AS id
MERGE (n:Node {id: id})
ON CREATE SET n.creating = true
SET n.id = n.id
WITH n, id
OPTIONAL MATCH (x:NodeRedirect {id: id})
RETURN n.id AS id, n.creating IS NOT NULL AS creating, n.kind AS kind, n.name AS name, n.aliases AS aliases,
       n.description AS description, n.recordedAt AS recordedAt, n.externalIds AS externalIds, x.nodeId AS mergedInto
