"""kgraph: turn ML paper abstracts into a knowledge graph, offline, with evidence.

The pipeline stages each own one module: ingest (read abstracts), extract
(spaCy-based entities and relations), resolve (canonical entity keys),
store (embedded graph), query (named queries, compare, entity cards),
render (HTML view) and cli (the ``kgraph`` command).
"""

__version__ = "0.1.0"
