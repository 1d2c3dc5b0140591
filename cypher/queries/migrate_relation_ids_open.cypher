// Start-up migration "one fact, many sources": its marker, write-locked (the no-op SET), so of two
// stores starting at once one migrates and the other then finds it done.
MERGE (m:Migration {id: $id})
SET m.id = m.id
RETURN m.at IS NOT NULL AS done
