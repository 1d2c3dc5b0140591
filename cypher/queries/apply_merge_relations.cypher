// Ingestion: relations of one type (RELATION_TYPE stands for it, taken from the vocabulary) between
// stored nodes, created when absent. MERGE locks both ends, so two batches never create one fact
// twice; a relation already stored is left as it is (its id is a content hash), and what decides
// whether this write repeats it or conflicts with it is returned for Core's rule (FactConflicts).
// The ids created go to the change log. Citations follow.
UNWIND $rows AS row
MATCH (s:Node {id: row.subjectId})
MATCH (o:Node {id: row.objectId})
MERGE (s)-[r:RELATION_TYPE {id: row.id}]->(o)
WITH r, row, r.recordedBy IS NULL AS created
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | SET r += row.properties)
RETURN count(r) AS matched, collect(CASE WHEN created THEN r.id END) AS createdIds,
       collect(CASE WHEN created THEN null
                    ELSE {id: r.id, confidence: r.confidence, qualifiers: r.qualifiers, retractedAt: r.retractedAt, retractReason: r.retractReason} END) AS stored
