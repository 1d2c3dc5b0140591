// Entities by external id (entityByExternalId, and ingestion's check that an id names one entity):
// externalIdText holds every "scheme:id" key between U+0001 separators, so an exact id is a
// CONTAINS of "\u0001key\u0001", served by the text index entity_external_id_text. By key, then id.
UNWIND $keys AS key
MATCH (n:Entity)
WHERE n.externalIdText CONTAINS $separator + key + $separator
RETURN key, n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.description AS description,
       n.recordedAt AS recordedAt, n.externalIds AS externalIds
ORDER BY key, id
