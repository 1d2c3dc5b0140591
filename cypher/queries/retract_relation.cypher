// retractRelation on a relation of one type (RELATION_TYPE stands for it): lock it, then retract it
// unless it already is (the first retraction stands). Never deletes.
MATCH (s:Node)-[r:RELATION_TYPE {id: $id}]->(o:Node)
SET r.id = r.id
WITH s, r, o, r.retractedAt IS NULL AS retracting
FOREACH (_ IN CASE WHEN retracting THEN [1] ELSE [] END | SET r.retractedAt = $at, r.retractedBy = $by, r.retractReason = $reason)
RETURN retracting, r.id AS id, type(r) AS type, s.id AS subjectId, o.id AS objectId, r.qualifiers AS qualifiers,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
       r.confidence AS confidence, r.recordedAt AS recordedAt, r.recordedBy AS recordedBy,
       r.retractedAt AS retractedAt, r.retractedBy AS retractedBy, r.retractReason AS retractReason
