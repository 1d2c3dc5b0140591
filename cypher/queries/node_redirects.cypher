// Ids of entities merged into others (mergeEntities), and the surviving id each now leads to
// (kept one hop: a merge re-points the redirects that led to the merged entity).
UNWIND $ids AS id
MATCH (x:NodeRedirect {id: id})
RETURN x.id AS formerId, x.nodeId AS id
