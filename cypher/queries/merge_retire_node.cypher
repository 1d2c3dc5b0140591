// mergeEntities, last: what mentioned the merged entity mentions the survivor; the merged node
// goes (its relations have all moved), and its id — and every id that led to it — leads to the survivor.
MATCH (from:Node {id: $fromId})
MATCH (into:Node {id: $intoId})
OPTIONAL MATCH (a:Article)-[:MENTIONS]->(from)
WITH from, into, collect(a) AS articles
FOREACH (a IN articles | MERGE (a)-[:MENTIONS]->(into))
DETACH DELETE from
WITH DISTINCT into
OPTIONAL MATCH (chain:NodeRedirect {nodeId: $fromId})
SET chain.nodeId = $intoId
WITH DISTINCT into
MERGE (x:NodeRedirect {id: $fromId})
SET x.nodeId = $intoId
RETURN count(x) AS redirected
