// totalCount of entities(kind:, search:): the nodes find_nodes.cypher or search_nodes.cypher list.
MATCH (n:Node)
WHERE (CASE WHEN $kind IS NULL THEN n.kind <> 'CLAIM' ELSE n.kind = $kind END)
  AND ($search IS NULL OR n.searchKey CONTAINS $search OR n.aliasText CONTAINS $search)
RETURN count(n) AS count
