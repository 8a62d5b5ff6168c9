// New papers (the loader only writes papers not yet stored, with all their relationships in the
// same transaction; CREATE fails on the id constraint if another build stored one meanwhile).
UNWIND $rows AS row
CREATE (p:Paper {id: row.id})
SET p.title = row.title, p.abstract = row.abstract, p.url = row.url, p.date = row.date,
    p.authors = row.authors, p.categories = row.categories
