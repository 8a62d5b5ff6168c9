// Entities, keyed by key; name, type, aliases, paper count and resolution votes are refreshed.
// The type label comes from the fixed set below (labels cannot be parameters): the FOREACH over
// a one- or zero-element list sets the label of the entity's type and removes the others.
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.paper_count = row.paper_count,
    e.votes = row.votes
FOREACH (_ IN CASE WHEN row.type = 'METHOD' THEN [1] ELSE [] END | SET e:Method)
FOREACH (_ IN CASE WHEN row.type = 'MODEL' THEN [1] ELSE [] END | SET e:Model)
FOREACH (_ IN CASE WHEN row.type = 'DATASET' THEN [1] ELSE [] END | SET e:Dataset)
FOREACH (_ IN CASE WHEN row.type = 'METRIC' THEN [1] ELSE [] END | SET e:Metric)
FOREACH (_ IN CASE WHEN row.type = 'TASK' THEN [1] ELSE [] END | SET e:Task)
FOREACH (_ IN CASE WHEN row.type <> 'METHOD' THEN [1] ELSE [] END | REMOVE e:Method)
FOREACH (_ IN CASE WHEN row.type <> 'MODEL' THEN [1] ELSE [] END | REMOVE e:Model)
FOREACH (_ IN CASE WHEN row.type <> 'DATASET' THEN [1] ELSE [] END | REMOVE e:Dataset)
FOREACH (_ IN CASE WHEN row.type <> 'METRIC' THEN [1] ELSE [] END | REMOVE e:Metric)
FOREACH (_ IN CASE WHEN row.type <> 'TASK' THEN [1] ELSE [] END | REMOVE e:Task)
