// Start-up migration: done (in the transaction that did it).
MATCH (m:Migration {id: $id})
SET m.at = $at
RETURN m.id AS id
