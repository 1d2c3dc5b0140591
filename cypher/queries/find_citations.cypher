// citations(where:) with no article or search to start from: one scan of the relationships between nodes.
// Each citation is (relation id, article id, start, end); it sits at (tier, value, key): the tier
// is the search tier (RELEVANCE) or 0 dated / 1 undated article (PUBLISHED_AT_*), the value the
// article's publishedAt in Unix ms (negated newest first), else 0. Keyset after ($after…).
// The filters from "WITH r" on are the same in every citations listing and count (a test keeps them identical).
MATCH (:Node)-[r]->(:Node)
WHERE r.citationArticleIds IS NOT NULL AND ($speakerId IS NULL OR $speakerId IN r.citationSpeakerIds)
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
OPTIONAL MATCH (a:Article {id: articleId})
WITH r, i, articleId, citationStart, citationEnd,
     CASE $order WHEN 'RELEVANCE' THEN tier WHEN 'KEY' THEN 0 ELSE CASE WHEN a.publishedAt IS NULL THEN 1 ELSE 0 END END AS sortTier,
     CASE WHEN a.publishedAt IS NULL THEN 0 WHEN $order = 'PUBLISHED_AT_ASC' THEN a.publishedAt.epochMillis
          WHEN $order = 'PUBLISHED_AT_DESC' THEN -a.publishedAt.epochMillis ELSE 0 END AS sortValue
WHERE $afterRelationId IS NULL OR sortTier > $afterTier OR (sortTier = $afterTier AND (sortValue > $afterValue
  OR (sortValue = $afterValue AND (r.id > $afterRelationId OR (r.id = $afterRelationId AND (articleId > $afterArticleId
  OR (articleId = $afterArticleId AND (citationStart > $afterStart OR (citationStart = $afterStart AND citationEnd > $afterEnd)))))))))
RETURN r.id AS relationId, articleId, r.citationQuotes[i] AS quote, citationStart AS startOffset, citationEnd AS endOffset,
       r.citationSpeakerIds[i] AS speakerId, r.citationStances[i] AS stance, r.citationVerified[i] AS verified,
       r.citationQualifiers[i] AS qualifiers, sortTier AS tier, sortValue AS value
ORDER BY tier, value, relationId, articleId, startOffset, endOffset
LIMIT $limit
