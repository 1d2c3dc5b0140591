// A relation condition (Core's RelationCondition), one boolean expression over r (the relationship),
// s (its start node) and o (its end node). The store renames each $parameter per use and joins
// fragments with AND/OR/NOT (Neo4jRelationConditions); tools/cypher-lint checks it inside a MATCH.
// The validity overlaps [$from, $to]: a null end (of either) is unbounded. validAt is the one-day range.
($from IS NULL OR r.validToEnd IS NULL OR r.validToEnd >= $from) AND ($to IS NULL OR r.validFrom IS NULL OR r.validFrom <= $to)
