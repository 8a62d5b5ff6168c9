// description: Papers that propose an entity, newest first, with the evidence sentence.
// param entity (entity): an entity name or alias (the runner resolves it to the entity key)
// param limit (int, default 50): the maximum number of papers
// columns: paper, title, date, evidence
// example: kgraph query papers_proposing --param entity=GaLore
MATCH (p:Paper)-[r:PROPOSES]->(:Entity {key: $entity})
RETURN p.id AS paper, p.title AS title, p.date AS date, r.evidence AS evidence
ORDER BY date DESC, paper
LIMIT $limit
