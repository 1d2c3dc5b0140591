// A relation sort key (Core's RelationOrderField), one expression over r; the store lists the keys of
// an ordering as [k0, k1, …] and orders and pages by them (Neo4jRelationOrdering).
// The earliest publishedAt of a citing article, as Core's Corroboration says, in UTC: publishedAt
// keeps its offset, and Neo4j orders two DATETIMEs of one instant by offset.
reduce(first = null, t IN COLLECT {
    MATCH (a:Article) WHERE a.id IN r.citationArticleIds AND a.publishedAt IS NOT NULL
    RETURN datetime({epochSeconds: a.publishedAt.epochSeconds, nanosecond: a.publishedAt.nanosecond}) AS t
  } | CASE WHEN first IS NULL OR t < first THEN t ELSE first END)
