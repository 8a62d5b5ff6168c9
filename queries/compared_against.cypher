// description: Methods whose proposing papers compare them against the given one (the reverse of baselines_of), with the number of papers.
// param method (entity): a method or model name or alias (the runner resolves it to the entity key)
// param limit (int, default 50): the maximum number of rows
// columns: method, type, papers
// example: kgraph query compared_against --param method=LoRA
MATCH (m:Entity)-[c:COMPARED_WITH]->(b:Entity {key: $method})
WITH m, count(DISTINCT c.paper) AS papers
RETURN m.name AS method, m.type AS type, papers
ORDER BY papers DESC, m.key
LIMIT $limit
