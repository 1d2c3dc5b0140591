// totalCount of citations(where: {article}): only the relationships of the nodes the article mentions are read.
MATCH (:Article {id: $articleId})-[:MENTIONS]->(:Node)-[r]->(:Node)
WHERE $articleId IN r.citationArticleIds
WITH DISTINCT r
WITH r
WHERE r.recordedAt <= $knownAt AND ($includeRetracted OR r.retractedAt IS NULL OR r.retractedAt > $knownAt)
UNWIND range(0, size(r.citationArticleIds) - 1) AS i
WITH r, i, r.citationArticleIds[i] AS articleId, r.citationStarts[i] AS citationStart, r.citationEnds[i] AS citationEnd,
     r.citationQuoteWords[i] AS quoteWords
WHERE ($speakerId IS NULL OR r.citationSpeakerIds[i] = $speakerId)
  AND ($stance IS NULL OR r.citationStances[i] = $stance)
  AND ($articleId IS NULL OR articleId = $articleId)
WITH r, i, articleId, citationStart, citationEnd,
     CASE WHEN $phrase IS NULL THEN 0
          WHEN quoteWords CONTAINS $phrase THEN 0
          WHEN all(w IN $words WHERE quoteWords CONTAINS w) THEN 1
          WHEN any(w IN $words WHERE quoteWords CONTAINS w) THEN 2 END AS tier
WHERE tier IS NOT NULL
RETURN count(*) AS count
