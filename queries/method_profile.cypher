// description: Datasets, metrics and tasks of the papers that propose or use a method, per relation, with the number of papers.
// param method (entity): a method or model name or alias (the runner resolves it to the entity key)
// param limit (int, default 50): the maximum number of rows
// columns: relation, entity, type, papers
// example: kgraph query method_profile --param method=GaLore
// note: a paper has at most one relation of a type to an entity, so once each paper is taken once, count(*) counts papers.
MATCH (p:Paper)-[:PROPOSES|USES]->(m:Entity {key: $method})
WITH DISTINCT p, m
MATCH (p)-[r:EVALUATED_ON|MEASURES|ADDRESSES]->(e)
WHERE e <> m
WITH type(r) AS relation, e, count(*) AS papers
ORDER BY relation, papers DESC, e.key
LIMIT $limit
RETURN relation, e.name AS entity, e.type AS type, papers
ORDER BY relation, papers DESC, e.key
