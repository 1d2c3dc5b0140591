// changes(after:, since:, first:): the log after a sequence, in sequence order (the change_sequence
// constraint's index serves the range and the order), optionally only entries at or after $since.
MATCH (c:Change)
WHERE c.sequence > $after AND ($since IS NULL OR c.at >= $since)
RETURN c.sequence AS sequence, c.kind AS kind, c.at AS at, c.relationId AS relationId, c.entityId AS entityId, c.articleId AS articleId, c.formerId AS formerId
ORDER BY c.sequence
LIMIT $limit
