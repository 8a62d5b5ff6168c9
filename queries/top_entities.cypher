// description: The entities mentioned by the most papers, optionally of one type.
// param type (type, default ANY): METHOD, MODEL, DATASET, METRIC, TASK or ANY
// param limit (int, default 20): the maximum number of rows
// columns: entity, type, papers
// example: kgraph query top_entities --param type=DATASET --param limit=10
// note: every entity has paper_count >= 1; saying so lets Neo4j read the paper_count index in order.
MATCH (e:Entity)
WHERE e.paper_count >= 1 AND ($type = 'ANY' OR e.type = $type)
RETURN e.name AS entity, e.type AS type, e.paper_count AS papers
ORDER BY papers DESC, e.key
LIMIT $limit
