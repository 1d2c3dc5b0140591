// Ingestion: nodes as Core's NodeWrites planned them (locked, or created bare, by apply_lock_nodes).
// Labels come from the kind, never from input text: :Node always, :Claim for claims, :Entity plus
// the kind's label for entities.
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n.kind = row.kind, n.name = row.name, n.aliases = row.aliases, n.aliasText = row.aliasText,
    n.searchKey = row.searchKey, n.description = row.description, n.recordedAt = row.recordedAt,
    n.externalIds = row.externalIds, n.externalIdText = row.externalIdText
REMOVE n.creating
FOREACH (_ IN CASE WHEN row.kind = 'CLAIM' THEN [1] ELSE [] END | SET n:Claim)
FOREACH (_ IN CASE WHEN row.kind = 'COUNTRY' THEN [1] ELSE [] END | SET n:Entity:Country)
FOREACH (_ IN CASE WHEN row.kind = 'PERSON' THEN [1] ELSE [] END | SET n:Entity:Person)
FOREACH (_ IN CASE WHEN row.kind = 'ORGANIZATION' THEN [1] ELSE [] END | SET n:Entity:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'COMMODITY' THEN [1] ELSE [] END | SET n:Entity:Commodity)
FOREACH (_ IN CASE WHEN row.kind = 'EVENT' THEN [1] ELSE [] END | SET n:Entity:Event)
RETURN count(n) AS written
