// description: Entities mentioned in the same papers as an entity, with the number of shared papers.
// param entity (entity): an entity name or alias (the runner resolves it to the entity key)
// param limit (int, default 20): the maximum number of rows
// columns: entity, type, papers
// example: kgraph query co_mentioned --param entity=GaLore --param limit=10
// note: a paper's entity_keys property lists the keys of the entities it mentions (one MENTIONS each), so
// counting keys over the entity's papers counts shared papers without touching the other entities' nodes.
MATCH (:Entity {key: $entity})<-[:MENTIONS]-(p:Paper)
UNWIND p.entity_keys AS key
WITH key, count(*) AS papers
WHERE key <> $entity
ORDER BY papers DESC, key
LIMIT $limit
MATCH (o:Entity {key: key})
RETURN o.name AS entity, o.type AS type, papers
ORDER BY papers DESC, key
