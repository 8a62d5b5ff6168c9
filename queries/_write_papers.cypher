// New papers (the loader only writes papers not yet stored, with all their relationships in the
// same transaction; CREATE fails on the id constraint if another build stored one meanwhile).
// entity_keys lists the keys of the entities the paper mentions (its MENTIONS end nodes, sorted):
// co-mention counts read it instead of expanding and reading every co-mentioned entity.
UNWIND $rows AS row
CREATE (p:Paper {id: row.id})
SET p.title = row.title, p.abstract = row.abstract, p.url = row.url, p.date = row.date,
    p.authors = row.authors, p.categories = row.categories, p.entity_keys = row.entity_keys
