// Former relation ids (the id rule changed, or an end was merged into another entity) and the
// id each now leads to (kept one hop: a re-keying re-points the redirects that led to it).
UNWIND $ids AS id
MATCH (x:RelationRedirect {id: id})
RETURN x.id AS formerId, x.relationId AS id
