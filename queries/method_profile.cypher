// description: Datasets, metrics and tasks of the papers that propose or use a method, per relation, with the number of papers.
// param method (entity): a method or model name or alias (the runner resolves it to the entity key)
// columns: relation, entity, type, papers
// example: kgraph query method_profile --param method=GaLore
MATCH (p:Paper)-[:PROPOSES|USES]->(m:Entity {key: $method})
MATCH (p)-[r:EVALUATED_ON|MEASURES|ADDRESSES]->(e:Entity)
WHERE e <> m
WITH type(r) AS relation, e, count(DISTINCT p) AS papers
RETURN relation, e.name AS entity, e.type AS type, papers
ORDER BY relation, papers DESC, e.key
