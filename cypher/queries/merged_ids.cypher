// Entity.mergedFrom: for each surviving entity, the ids merged into it (the redirects that lead to it).
UNWIND $ids AS id
MATCH (x:NodeRedirect {nodeId: id})
RETURN x.nodeId AS id, x.id AS formerId
ORDER BY id, formerId
