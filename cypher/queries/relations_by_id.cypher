// One branch per relation type of the vocabulary (RELATION_TYPE stands for the type; the
// branches are joined by UNION ALL): each is an index seek on that type's relation_id index. A
// former id (the id rule changed, or an end was merged) answers the relation it became, through
// its one-hop redirect; a relation stored under the id itself comes first.
UNWIND $ids AS requested
OPTIONAL MATCH (:Node)-[own:RELATION_TYPE {id: requested}]->(:Node)
OPTIONAL MATCH (x:RelationRedirect {id: requested}) WHERE own IS NULL
WITH requested, CASE WHEN own IS NULL THEN x.relationId ELSE requested END AS current
MATCH (s:Node)-[r:RELATION_TYPE {id: current}]->(o:Node)
RETURN requested AS requestedId, r.id AS id, type(r) AS type, s.id AS subjectId, o.id AS objectId, r.qualifiers AS qualifiers,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
       r.confidence AS confidence, r.recordedAt AS recordedAt, r.recordedBy AS recordedBy,
       r.retractedAt AS retractedAt, r.retractedBy AS retractedBy, r.retractReason AS retractReason
