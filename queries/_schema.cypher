// Schema of the kgraph graph in Neo4j, created before the first write (statements split on ";").
// Paper ids, entity keys and alias keys are unique (each constraint brings a range index);
// Alias nodes hold every name/alias key of an entity: (:Alias {key})-[:ALIAS_OF]->(:Entity),
// because Neo4j 5 does not index list properties. Entity names get a range index (exact and
// prefix look-ups) and a text index (CONTAINS / ENDS WITH); the paper_count index gives top_entities
// its rows in order (a partial sort that stops after $limit rows).
CREATE CONSTRAINT kgraph_paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT kgraph_entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT kgraph_alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE;
CREATE INDEX kgraph_entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE TEXT INDEX kgraph_entity_name_text IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX kgraph_entity_paper_count IF NOT EXISTS FOR (e:Entity) ON (e.paper_count);
