// Typed paper -> entity relations with their evidence, one per (paper, entity, type), of new papers
// (so CREATE; the loader drops duplicate rows). Relationship types cannot be parameters: one
// statement per type of the fixed set, each after its `// type:` line; the loader sends each
// statement the rows of its type.
// type: PROPOSES
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {key: row.entity})
CREATE (p)-[r:PROPOSES {paper: row.paper}]->(e)
SET r.evidence = row.evidence, r.start = row.start, r.end = row.end, r.confidence = row.confidence;
// type: USES
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {key: row.entity})
CREATE (p)-[r:USES {paper: row.paper}]->(e)
SET r.evidence = row.evidence, r.start = row.start, r.end = row.end, r.confidence = row.confidence;
// type: EVALUATED_ON
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {key: row.entity})
CREATE (p)-[r:EVALUATED_ON {paper: row.paper}]->(e)
SET r.evidence = row.evidence, r.start = row.start, r.end = row.end, r.confidence = row.confidence;
// type: COMPARED_WITH
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {key: row.entity})
CREATE (p)-[r:COMPARED_WITH {paper: row.paper}]->(e)
SET r.evidence = row.evidence, r.start = row.start, r.end = row.end, r.confidence = row.confidence;
// type: MEASURES
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {key: row.entity})
CREATE (p)-[r:MEASURES {paper: row.paper}]->(e)
SET r.evidence = row.evidence, r.start = row.start, r.end = row.end, r.confidence = row.confidence;
// type: ADDRESSES
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {key: row.entity})
CREATE (p)-[r:ADDRESSES {paper: row.paper}]->(e)
SET r.evidence = row.evidence, r.start = row.start, r.end = row.end, r.confidence = row.confidence;
