// The change log: a write's entries (Core's ChangeLog decides them), appended as the write's last
// statement. Sequences come from one counter node, write-locked first (the no-op SET) and so held
// until the transaction commits: numbers are handed out in commit order, and a reader that has
// seen sequence N never later finds an entry below N.
MERGE (counter:ChangeCounter {id: 'changes'})
SET counter.id = counter.id
WITH counter
SET counter.last = coalesce(counter.last, 0) + size($rows)
WITH counter.last - size($rows) AS base
UNWIND range(0, size($rows) - 1) AS i
WITH base + i + 1 AS sequence, $rows[i] AS row
CREATE (c:Change {sequence: sequence, kind: row.kind, at: row.at, relationId: row.relationId, entityId: row.entityId, articleId: row.articleId, formerId: row.formerId})
RETURN count(c) AS appended, max(sequence) AS last
