// Every paper-entity occurrence, with or without a typed relation, of new papers (so CREATE).
// The end nodes are found by their unique keys (index seeks).
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {key: row.entity})
CREATE (p)-[:MENTIONS]->(e)
