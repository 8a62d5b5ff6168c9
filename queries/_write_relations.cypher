// Typed paper -> entity relations with their evidence, one per (paper, entity, type).
// Relationship types come from the fixed set below (types cannot be parameters).
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {key: row.entity})
FOREACH (_ IN CASE WHEN row.type = 'PROPOSES' THEN [1] ELSE [] END |
  MERGE (p)-[r:PROPOSES]->(e)
  ON CREATE SET r.paper = row.paper, r.evidence = row.evidence, r.start = row.start, r.end = row.end,
                r.confidence = row.confidence)
FOREACH (_ IN CASE WHEN row.type = 'USES' THEN [1] ELSE [] END |
  MERGE (p)-[r:USES]->(e)
  ON CREATE SET r.paper = row.paper, r.evidence = row.evidence, r.start = row.start, r.end = row.end,
                r.confidence = row.confidence)
FOREACH (_ IN CASE WHEN row.type = 'EVALUATED_ON' THEN [1] ELSE [] END |
  MERGE (p)-[r:EVALUATED_ON]->(e)
  ON CREATE SET r.paper = row.paper, r.evidence = row.evidence, r.start = row.start, r.end = row.end,
                r.confidence = row.confidence)
FOREACH (_ IN CASE WHEN row.type = 'COMPARED_WITH' THEN [1] ELSE [] END |
  MERGE (p)-[r:COMPARED_WITH]->(e)
  ON CREATE SET r.paper = row.paper, r.evidence = row.evidence, r.start = row.start, r.end = row.end,
                r.confidence = row.confidence)
FOREACH (_ IN CASE WHEN row.type = 'MEASURES' THEN [1] ELSE [] END |
  MERGE (p)-[r:MEASURES]->(e)
  ON CREATE SET r.paper = row.paper, r.evidence = row.evidence, r.start = row.start, r.end = row.end,
                r.confidence = row.confidence)
FOREACH (_ IN CASE WHEN row.type = 'ADDRESSES' THEN [1] ELSE [] END |
  MERGE (p)-[r:ADDRESSES]->(e)
  ON CREATE SET r.paper = row.paper, r.evidence = row.evidence, r.start = row.start, r.end = row.end,
                r.confidence = row.confidence)
