// totalCount of articles(search:).
MATCH (a:Article)
WHERE $search IS NULL OR a.titleKey CONTAINS $search
RETURN count(a) AS count
