// description: Methods and models evaluated on a dataset (proposed, used or compared in a paper evaluated on it), with the number of such papers.
// param dataset (entity): a dataset name or alias (the runner resolves it to the entity key)
// param limit (int, default 50): the maximum number of rows
// columns: method, type, papers
// example: kgraph query methods_on_dataset --param dataset=ALFWorld
MATCH (p:Paper)-[:EVALUATED_ON]->(d:Entity {key: $dataset})
MATCH (p)-[:PROPOSES|USES|COMPARED_WITH]->(m:Entity)
WHERE m.type IN ['METHOD', 'MODEL'] AND m <> d
WITH m, count(DISTINCT p) AS papers
ORDER BY papers DESC, m.key
LIMIT $limit
RETURN m.name AS method, m.type AS type, papers
ORDER BY papers DESC, m.key
