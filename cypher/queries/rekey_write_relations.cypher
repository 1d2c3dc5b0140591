// Re-keying (Core's FactMerges): relations of one type (RELATION_TYPE stands for it) written whole
// at their new ids, created when absent: every property replaced by the plan's (qualifiers and
// their q_<key> copies, validity, retraction, and the citation lists with every citation kept).
UNWIND $rows AS row
MATCH (s:Node {id: row.subjectId})
MATCH (o:Node {id: row.objectId})
MERGE (s)-[r:RELATION_TYPE {id: row.id}]->(o)
SET r = row.properties
SET r.id = row.id
RETURN count(r) AS written
