// Derived entity -> entity edges of new papers: paper P proposes X and compares X with Y gives
// X -> Y, one per (X, Y, paper) (so CREATE; the loader drops duplicate rows).
UNWIND $rows AS row
MATCH (s:Entity {key: row.src})
MATCH (d:Entity {key: row.dst})
CREATE (s)-[c:COMPARED_WITH {paper: row.paper}]->(d)
SET c.derived = true, c.evidence = row.evidence, c.start = row.start, c.end = row.end
