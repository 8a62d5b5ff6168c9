// The entity whose name or alias has the key $key (computed in Python by kgraph.resolve.entity_key).
MATCH (:Alias {key: $key})-[:ALIAS_OF]->(e:Entity)
RETURN e.key AS key
