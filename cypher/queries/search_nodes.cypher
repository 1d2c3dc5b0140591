// entities(search:): nodes whose name or an alias contains the search key, or that hold an external
// id the search names, ranked 0 (the name or an alias is the key, or an external id is named), 1
// (one starts with it), 2 (contains it only), then by id; keyset after ($afterRank, $afterId).
// $search is the key (NFC, lower case); aliasText holds every alias key between U+0001 separators,
// so $exactAlias is sep+key+sep and $aliasPrefix is sep+key. $externalIds are the "scheme:id" keys
// the search names (Core's ExternalIdSchemes.KeysSearched), found as find_nodes_by_external_ids
// finds them (a CONTAINS of $separator+key+$separator, served by entity_external_id_text), in
// their own branch so the name and alias predicates keep their indexes.
CALL () {
    MATCH (n:Node)
    WHERE n.searchKey CONTAINS $search OR n.aliasText CONTAINS $search
    RETURN n
    UNION
    UNWIND $externalIds AS key
    MATCH (n:Entity)
    WHERE n.externalIdText CONTAINS $separator + key + $separator
    RETURN n
}
WITH n
WHERE (CASE WHEN $kind IS NULL THEN n.kind <> 'CLAIM' ELSE n.kind = $kind END)
WITH n, CASE
    WHEN n.searchKey = $search OR n.aliasText CONTAINS $exactAlias
         OR any(key IN $externalIds WHERE n.externalIdText CONTAINS $separator + key + $separator) THEN 0
    WHEN n.searchKey STARTS WITH $search OR n.aliasText CONTAINS $aliasPrefix THEN 1
    ELSE 2 END AS rank
WHERE $afterId IS NULL OR rank > $afterRank OR (rank = $afterRank AND n.id > $afterId)
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.description AS description, n.recordedAt AS recordedAt, n.externalIds AS externalIds, rank
ORDER BY rank, id
LIMIT $limit
