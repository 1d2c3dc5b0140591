// Run once per relation type of the vocabulary (RELATION_TYPE stands for the type): relations
// are found by id with an index seek per type, since Neo4j indexes relationships per type.
CREATE INDEX relation_id_RELATION_TYPE IF NOT EXISTS FOR ()-[r:RELATION_TYPE]-() ON (r.id)
