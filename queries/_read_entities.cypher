// What entity resolution needs from the stored entities (see kgraph.resolve.EntityRecord.from_votes).
MATCH (e:Entity)
RETURN e.key AS key, e.votes AS votes, e.paper_count AS paper_count
