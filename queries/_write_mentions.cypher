// Every paper-entity occurrence, with or without a typed relation.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {key: row.entity})
MERGE (p)-[:MENTIONS]->(e)
