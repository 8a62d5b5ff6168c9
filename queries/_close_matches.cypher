// Candidate names for "did you mean": alias keys in [$low, $high), in key order, at most $pool.
MATCH (a:Alias)
WHERE a.key >= $low AND a.key < $high
WITH a ORDER BY a.key LIMIT $pool
MATCH (a)-[:ALIAS_OF]->(e:Entity)
RETURN a.key AS alias, e.name AS name
