// A relation condition (Core's RelationCondition), one boolean expression over r (the relationship),
// s (its start node) and o (its end node). The store renames each $parameter per use and joins
// fragments with AND/OR/NOT (Neo4jRelationConditions); tools/cypher-lint checks it inside a MATCH.
((s.id = $first AND o.id = $second) OR (s.id = $second AND o.id = $first))
