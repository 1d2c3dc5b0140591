// A relation sort key (Core's RelationOrderField), one expression over r; the store lists the keys of
// an ordering as [k0, k1, …] and orders and pages by them (Neo4jRelationOrdering).
// Distinct citing articles, as Core's Corroboration counts them.
size(reduce(seen = [], a IN r.citationArticleIds | CASE WHEN a IN seen THEN seen ELSE seen + a END))
