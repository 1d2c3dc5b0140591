// totalCount of articles(search:): titles containing the search key, and stored texts holding any
// of its words (the full-text index; see find_articles).
CALL () {
  MATCH (a:Article)
  WHERE $search IS NULL OR a.titleKey CONTAINS $search
  RETURN a
  UNION
  UNWIND CASE WHEN $indexQuery IS NULL THEN [] ELSE [$indexQuery] END AS query
  CALL db.index.fulltext.queryNodes('article_text_words', query) YIELD node
  RETURN node AS a
}
RETURN count(a) AS count
