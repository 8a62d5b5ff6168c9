"""Named Cypher queries, one per file, shipped as package data (kgraph.queries)."""
