// description: Papers that mention an entity, newest first, with their relations to it (empty for a background mention).
// param entity (entity): an entity name or alias (the runner resolves it to the entity key)
// param limit (int, default 50): the maximum number of papers
// columns: paper, title, date, relations
// example: kgraph query papers_mentioning --param entity=LoRA --param limit=10
// note: (:Paper)-[:MENTIONS]->(:Entity) links a paper to every entity it mentions, with or without a typed relation.
// note: the newest $limit papers are chosen first, so only their relations are looked up.
MATCH (p:Paper)-[:MENTIONS]->(e:Entity {key: $entity})
WITH p, e ORDER BY p.date DESC, p.id LIMIT $limit
OPTIONAL MATCH (p)-[r:PROPOSES|USES|EVALUATED_ON|COMPARED_WITH|MEASURES|ADDRESSES]->(e)
WITH p, type(r) AS relation
ORDER BY relation
WITH p, collect(relation) AS relations
RETURN p.id AS paper, p.title AS title, p.date AS date, relations
ORDER BY date DESC, paper
