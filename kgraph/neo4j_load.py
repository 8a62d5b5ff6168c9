"""Batched, idempotent writes of kgraph rows into Neo4j (used by :mod:`kgraph.neo4j_store`).

The rows are the embedded store's table rows (see ``kgraph.storewrite``):
papers, entities, alias_keys, mentions, relations, edges. Each table has one
parameterized statement, ``queries/_write_<table>.cypher``, of the form
``UNWIND $rows AS row MERGE ...``: MERGE on paper ids, entity keys, alias
keys and (for relationships) their end nodes, relation type and paper, so
writing the same rows again creates no node and no relationship. Statements
run in managed transactions (``session.execute_write``), which the driver
retries on transient errors. This module gets the session from its caller
and never imports the driver itself.
"""

import importlib.resources
import json
from dataclasses import dataclass, field
from functools import cache

from .store import BuildStats
from .storewrite import entity_rows, paper_rows

TABLES = ("papers", "entities", "alias_keys", "mentions", "relations", "edges")
DEFAULT_BATCH = 5000

_FIELDS = {
    "papers": ("id", "title", "abstract", "url", "date", "authors", "categories"),
    "entities": ("key", "name", "type", "aliases", "paper_count", "votes"),
    "alias_keys": ("alias", "entity"),
    "mentions": ("paper", "entity"),
    "relations": ("paper", "entity", "type", "evidence", "start", "end", "confidence"),
    "edges": ("src", "dst", "paper", "evidence", "start", "end"),
}
# JSON-encoded columns of the embedded rows that become list properties in Neo4j.
_LISTS = {"papers": ("authors", "categories"), "entities": ("aliases",)}


@dataclass
class LoadStats:
    """What writes did, from the server's result counters, and how many rows were sent."""

    rows: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    labels_added: int = 0

    def count(self, rows, counters):
        """Add one statement's row count and its ``SummaryCounters``."""
        self.rows += rows
        self.nodes_created += counters.nodes_created
        self.relationships_created += counters.relationships_created
        self.properties_set += counters.properties_set
        self.labels_added += counters.labels_added


@dataclass
class Neo4jBuildStats(BuildStats):
    """:class:`~kgraph.store.BuildStats` of a build into Neo4j, with the server's counters."""

    load: LoadStats = field(default_factory=LoadStats)


@cache
def cypher_file(name):
    """The Cypher of ``queries/_<name>.cypher`` without its ``//`` comment lines."""
    text = (importlib.resources.files("kgraph.queries") / f"_{name}.cypher").read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//")).strip()


def schema_statements():
    """The statements of ``queries/_schema.cypher`` (constraints and indexes, all IF NOT EXISTS)."""
    return [s.strip() for s in cypher_file("schema").split(";") if s.strip()]


def to_params(table, rows):
    """The ``$rows`` parameter of ``table``'s write: embedded-store tuples as dicts."""
    names, lists = _FIELDS[table], _LISTS.get(table, ())
    params = [dict(zip(names, row)) for row in rows]
    for row in params:
        for name in lists:
            row[name] = json.loads(row[name])
    return params


def _run(tx, table, params):
    return tx.run(cypher_file(f"write_{table}"), rows=params).consume().counters


def write_table(session, table, rows, stats, batch_size=DEFAULT_BATCH):
    """Write ``rows`` of ``table``, ``batch_size`` rows per transaction; add counters to ``stats``."""
    params = to_params(table, rows)
    for i in range(0, len(params), batch_size):
        chunk = params[i:i + batch_size]
        stats.count(len(chunk), session.execute_write(_run, table, chunk))


def write_together(session, tables, stats):
    """Write {table: rows} in one transaction, tables in dependency order (papers and entities first)."""
    params = {table: to_params(table, tables[table]) for table in TABLES if tables.get(table)}

    def work(tx):
        return [(len(rows), _run(tx, table, rows)) for table, rows in params.items()]

    for rows, counters in session.execute_write(work):
        stats.count(rows, counters)


def add_batch(session, resolver, known, batch, stats):
    """Resolve a batch of PaperExtractions and write it in one transaction; update ``stats``.

    Papers whose id is in ``known`` (a set, updated) are skipped. The rows are
    the embedded store's (``kgraph.storewrite``), so both stores agree.
    """
    entity_count = len(resolver.records)
    tables, dirty = {table: [] for table in TABLES}, set()
    for item in batch:
        if item.paper.id in known:
            stats.papers_unchanged += 1
            continue
        known.add(item.paper.id)
        dirty.update(paper_rows(item, resolver, tables))
    tables["entities"], tables["alias_keys"] = entity_rows(resolver, dirty)
    write_together(session, tables, stats.load)
    stats.papers_added += len(tables["papers"])
    stats.relations_added += len({row[:3] for row in tables["relations"]})
    stats.entities_added += len(resolver.records) - entity_count
