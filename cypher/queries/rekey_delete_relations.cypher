// Re-keying (Core's FactMerges): the former relationships of one type (RELATION_TYPE stands for
// it), deleted once their content and citations are written at their new ids.
MATCH ()-[r:RELATION_TYPE]->()
WHERE r.id IN $ids
DELETE r
RETURN count(*) AS deleted
