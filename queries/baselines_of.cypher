// description: What a method is compared with in the papers that propose it (derived COMPARED_WITH edges), with the number of papers.
// param method (entity): a method or model name or alias (the runner resolves it to the entity key)
// param limit (int, default 50): the maximum number of rows
// columns: baseline, type, papers
// example: kgraph query baselines_of --param method=GaLore
MATCH (m:Entity {key: $method})-[c:COMPARED_WITH]->(b:Entity)
WITH b, count(DISTINCT c.paper) AS papers
RETURN b.name AS baseline, b.type AS type, papers
ORDER BY papers DESC, b.key
LIMIT $limit
