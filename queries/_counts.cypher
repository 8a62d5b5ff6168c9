// Totals after a build.
MATCH (p:Paper) WITH count(p) AS papers
MATCH (e:Entity) RETURN papers, count(e) AS entities
