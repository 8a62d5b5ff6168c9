// Papers, keyed by id; a stored paper keeps its properties (as in the embedded store).
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
ON CREATE SET p.title = row.title, p.abstract = row.abstract, p.url = row.url, p.date = row.date,
              p.authors = row.authors, p.categories = row.categories
