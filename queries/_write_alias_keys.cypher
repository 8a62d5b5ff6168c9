// Alias keys (every name/alias key of an entity); the first entity to claim a key keeps it.
UNWIND $rows AS row
MERGE (a:Alias {key: row.alias})
WITH a, row
WHERE NOT (a)-[:ALIAS_OF]->()
MATCH (e:Entity {key: row.entity})
CREATE (a)-[:ALIAS_OF]->(e)
