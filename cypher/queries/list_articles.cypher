// articles() without a search, in order: by id, or by publishedAt (Unix ms, undated last in both
// directions) or title (its search key) then id. The store fills afterKey, sortKey and orderBy with
// one of three fixed shapes (Neo4jArticleOrdering); the cursor's values go as $afterId, $afterValue.
MATCH (a:Article)
WITH a, $sortKey AS sortKey
WHERE $afterKey
RETURN a.id AS id, a.title AS title, a.publisher AS publisher, a.url AS url, a.publishedAt AS publishedAt,
       a.language AS language, a.textSha256 AS textSha256, a.textLength AS textLength, null AS text, a.recordedAt AS recordedAt,
       0 AS rank, sortKey
ORDER BY $orderBy
LIMIT $limit
