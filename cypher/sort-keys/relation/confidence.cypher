// A relation sort key (Core's RelationOrderField), one expression over r; the store lists the keys of
// an ordering as [k0, k1, …] and orders and pages by them (Neo4jRelationOrdering).
r.confidence
