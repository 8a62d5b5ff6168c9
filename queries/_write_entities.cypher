// Entities, keyed by key; name, type, aliases, paper count and resolution votes are refreshed.
// Labels cannot be parameters: one statement per entity type of the fixed set, each after its
// `// type:` line; it sets the type's label and removes the others (a changed majority type
// moves the label). The loader sends each statement the rows of its type.
// type: METHOD
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.paper_count = row.paper_count,
    e.votes = row.votes, e:Method
REMOVE e:Model, e:Dataset, e:Metric, e:Task;
// type: MODEL
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.paper_count = row.paper_count,
    e.votes = row.votes, e:Model
REMOVE e:Method, e:Dataset, e:Metric, e:Task;
// type: DATASET
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.paper_count = row.paper_count,
    e.votes = row.votes, e:Dataset
REMOVE e:Method, e:Model, e:Metric, e:Task;
// type: METRIC
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.paper_count = row.paper_count,
    e.votes = row.votes, e:Metric
REMOVE e:Method, e:Model, e:Dataset, e:Task;
// type: TASK
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.paper_count = row.paper_count,
    e.votes = row.votes, e:Task
REMOVE e:Method, e:Model, e:Dataset, e:Metric;
