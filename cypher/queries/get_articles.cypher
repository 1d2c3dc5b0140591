// Articles by id; their text only when asked for (it can be 200,000 characters).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.title AS title, a.publisher AS publisher, a.url AS url, a.publishedAt AS publishedAt,
       a.language AS language, a.textSha256 AS textSha256, a.textLength AS textLength,
       CASE WHEN $includeText THEN a.text END AS text, a.recordedAt AS recordedAt
