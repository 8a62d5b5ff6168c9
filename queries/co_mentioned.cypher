// description: Entities mentioned in the same papers as an entity, with the number of shared papers.
// param entity (entity): an entity name or alias (the runner resolves it to the entity key)
// param limit (int, default 20): the maximum number of rows
// columns: entity, type, papers
// example: kgraph query co_mentioned --param entity=GaLore --param limit=10
MATCH (e:Entity {key: $entity})<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(o:Entity)
WHERE o <> e
WITH o, count(DISTINCT p) AS papers
RETURN o.name AS entity, o.type AS type, papers
ORDER BY papers DESC, o.key
LIMIT $limit
