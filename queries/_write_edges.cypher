// Derived entity -> entity edges: paper P proposes X and compares X with Y gives X -> Y,
// one per (X, Y, paper).
UNWIND $rows AS row
MATCH (s:Entity {key: row.src})
MATCH (d:Entity {key: row.dst})
MERGE (s)-[c:COMPARED_WITH {paper: row.paper}]->(d)
ON CREATE SET c.derived = true, c.evidence = row.evidence, c.start = row.start, c.end = row.end
