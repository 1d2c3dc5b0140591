// entities(search:): nodes whose name or an alias contains the search key, ranked 0 (the name or
// an alias is the key), 1 (one starts with it), 2 (contains it only), then by id; keyset after
// ($afterRank, $afterId). $search is the key (NFC, lower case); aliasText holds every alias key
// between U+0001 separators, so $exactAlias is sep+key+sep and $aliasPrefix is sep+key.
MATCH (n:Node)
WHERE (n.searchKey CONTAINS $search OR n.aliasText CONTAINS $search)
  AND (CASE WHEN $kind IS NULL THEN n.kind <> 'CLAIM' ELSE n.kind = $kind END)
WITH n, CASE
    WHEN n.searchKey = $search OR n.aliasText CONTAINS $exactAlias THEN 0
    WHEN n.searchKey STARTS WITH $search OR n.aliasText CONTAINS $aliasPrefix THEN 1
    ELSE 2 END AS rank
WHERE $afterId IS NULL OR rank > $afterRank OR (rank = $afterRank AND n.id > $afterId)
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.description AS description, n.recordedAt AS recordedAt, n.externalIds AS externalIds, rank
ORDER BY rank, id
LIMIT $limit
