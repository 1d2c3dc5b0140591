// Start-up, after the schema: make sure the change log's counter exists. MERGE on the unique id
// lets one process create it while others wait; the one that creates it is told to back-fill
// (changes_backfill) in the same transaction, so a feed read from the start sees the whole graph.
MERGE (counter:ChangeCounter {id: 'changes'})
ON CREATE SET counter.last = 0, counter.backfilling = true
RETURN counter.backfilling IS NOT NULL AS backfill
