// articles(search:): by id, or with a search key ranked 0 (the title is it), 1 (starts with it),
// 2 (contains it), then by id; keyset after ($afterRank, $afterId).
MATCH (a:Article)
WHERE $search IS NULL OR a.titleKey CONTAINS $search
WITH a, CASE WHEN $search IS NULL OR a.titleKey = $search THEN 0 WHEN a.titleKey STARTS WITH $search THEN 1 ELSE 2 END AS rank
WHERE $afterId IS NULL OR rank > $afterRank OR (rank = $afterRank AND a.id > $afterId)
RETURN a.id AS id, a.title AS title, a.publisher AS publisher, a.url AS url, a.publishedAt AS publishedAt,
       a.language AS language, a.textSha256 AS textSha256, a.textLength AS textLength, null AS text, a.recordedAt AS recordedAt, rank
ORDER BY rank, id
LIMIT $limit
