// totalCount of entities(kind:, search:): the nodes find_nodes.cypher or search_nodes.cypher list
// ($externalIds: the external-id keys the search names, empty without a search).
MATCH (n:Node)
WHERE (CASE WHEN $kind IS NULL THEN n.kind <> 'CLAIM' ELSE n.kind = $kind END)
  AND ($search IS NULL OR n.searchKey CONTAINS $search OR n.aliasText CONTAINS $search
       OR any(key IN $externalIds WHERE n.externalIdText CONTAINS $separator + key + $separator))
RETURN count(n) AS count
