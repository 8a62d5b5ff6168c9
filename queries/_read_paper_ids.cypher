// The ids of the stored papers (papers already stored are not added again).
MATCH (p:Paper)
RETURN p.id AS id
