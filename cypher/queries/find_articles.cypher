// articles(search:): by id; with a search, the title ranks 0 (is the search key), 1 (starts with it),
// 2 (contains it), else the stored text, from the full-text index ($indexQuery: any word), ranks
// 3 (has the phrase), 4 (every word), 5 (some word), on its indexed words (Core's TextSearch).
// Then by id; keyset after ($afterRank, $afterId).
CALL () {
  MATCH (a:Article)
  WHERE $search IS NULL OR a.titleKey CONTAINS $search
  RETURN a
  UNION
  UNWIND CASE WHEN $indexQuery IS NULL THEN [] ELSE [$indexQuery] END AS query
  CALL db.index.fulltext.queryNodes('article_text_words', query) YIELD node
  RETURN node AS a
}
WITH a, CASE WHEN $search IS NULL OR a.titleKey = $search THEN 0 WHEN a.titleKey STARTS WITH $search THEN 1
             WHEN a.titleKey CONTAINS $search THEN 2 WHEN a.textWords CONTAINS $phrase THEN 3
             WHEN all(w IN $words WHERE a.textWords CONTAINS w) THEN 4 ELSE 5 END AS rank
WHERE $afterId IS NULL OR rank > $afterRank OR (rank = $afterRank AND a.id > $afterId)
RETURN a.id AS id, a.title AS title, a.publisher AS publisher, a.url AS url, a.publishedAt AS publishedAt,
       a.language AS language, a.textSha256 AS textSha256, a.textLength AS textLength, null AS text, a.recordedAt AS recordedAt, rank
ORDER BY rank, id
LIMIT $limit
