"""Batched, idempotent writes of kgraph rows into Neo4j (used by :mod:`kgraph.neo4j_store`).

The rows are the embedded store's table rows (see ``kgraph.storewrite``):
papers, entities, alias_keys, mentions, relations, edges. Each table has
parameterized ``UNWIND $rows AS row ...`` statements in
``queries/_write_<table>.cypher`` (one per type for entities and relations,
since labels and relationship types cannot be parameters).

Why it is idempotent and fast: entities and alias keys are MERGEd on their
keys; papers are written only when not yet stored, together with all their
relationships in one transaction, so those relationships are known to be
new and are CREATEd between end nodes found by unique-key index seeks (no
MERGE check on dense entity nodes). A stored paper therefore always has
its relationships, and writing it again is skipped: 0 nodes, 0 relationships.
Statements run in managed transactions (``session.execute_write``), which
the driver retries on transient errors (deadlocks between parallel writers
included). This module gets sessions from its caller and never imports the driver.
"""

import importlib.resources
import json
import re
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache

from .store import BuildStats
from .storewrite import new_paper_rows

TABLES = ("entities", "alias_keys", "papers", "mentions", "relations", "edges")
PAPER_TABLES = ("papers", "mentions", "relations", "edges")
DEFAULT_BATCH = 10000
WRITERS = 2

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
# Tables with one statement per type, and the number of leading columns that make a row unique.
_TYPED = ("entities", "relations")
_UNIQUE = {"relations": 3, "edges": 3}
_TYPE_LINE = re.compile(r"//\s*type:\s*(\w+)\s*$")


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


def _text(name):
    return (importlib.resources.files("kgraph.queries") / f"_{name}.cypher").read_text(encoding="utf-8")


def _strip(text):
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//")).strip()


@cache
def cypher_file(name):
    """The Cypher of ``queries/_<name>.cypher`` without its ``//`` comment lines."""
    return _strip(_text(name))


@cache
def typed_statements(name):
    """{type: statement} of ``queries/_<name>.cypher``: ``;``-separated statements, each after a ``// type: T`` line."""
    sections, current = {}, None
    for line in _text(name).splitlines():
        match = _TYPE_LINE.match(line.strip())
        if match:
            current = sections[match[1]] = []
        elif current is not None:
            current.append(line)
    return {type_: _strip("\n".join(lines)).rstrip(";").strip() for type_, lines in sections.items()}


def schema_statements():
    """The statements of ``queries/_schema.cypher`` (constraints and indexes, all IF NOT EXISTS)."""
    return [s.strip() for s in cypher_file("schema").split(";") if s.strip()]


def to_params(table, rows):
    """The ``$rows`` parameter of ``table``'s write: embedded-store tuples as dicts (duplicates dropped)."""
    names, lists = _FIELDS[table], _LISTS.get(table, ())
    if table in _UNIQUE:
        width = _UNIQUE[table]
        rows = {row[:width]: row for row in reversed(rows)}.values()
    params = [dict(zip(names, row)) for row in rows]
    for row in params:
        for name in lists:
            row[name] = json.loads(row[name])
    return params


def statements(table, params):
    """(statement, rows) pairs writing ``params`` of ``table``: one pair, or one per type present."""
    if table not in _TYPED:
        return [(cypher_file(f"write_{table}"), params)]
    by_type = {}
    for row in params:
        by_type.setdefault(row["type"], []).append(row)
    typed = typed_statements(f"write_{table}")
    return [(typed[type_], rows) for type_, rows in by_type.items()]


def write_tables(session, tables, stats):
    """Write {table: embedded rows} in one transaction, in dependency order; add counters to ``stats``."""
    params = {table: to_params(table, tables[table]) for table in TABLES if tables.get(table)}
    if "papers" in params:
        _add_entity_keys(params["papers"], tables.get("mentions", ()))
    work_items = [(rows, statement) for table, table_params in params.items()
                  for statement, rows in statements(table, table_params)]

    def work(tx):
        return [(len(rows), tx.run(statement, rows=rows).consume().counters) for rows, statement in work_items]

    for rows, counters in session.execute_write(work):
        stats.count(rows, counters)


def _add_entity_keys(papers, mentions):
    """Give each paper row (a dict) ``entity_keys``: the sorted keys of its ``mentions`` rows (paper, entity)."""
    keys = {}
    for paper, entity in mentions:
        keys.setdefault(paper, []).append(entity)
    for row in papers:
        row["entity_keys"] = sorted(keys.get(row["id"], ()))


def write_parallel(open_session, batches, stats, writers=WRITERS):
    """Write each {table: rows} of ``batches`` with :func:`write_tables` on ``writers`` threads.

    Each batch is one transaction in its own session (``open_session()``);
    at most two batches per writer are in flight. The batches must not
    depend on one another (all their end nodes exist already). Yields each
    batch's row count as it is done, for progress.
    """
    def write(tables):
        with open_session() as session:
            done = LoadStats()
            write_tables(session, tables, done)
            return done

    with ThreadPoolExecutor(writers) as pool:
        pending = deque()
        for tables in batches:
            pending.append(pool.submit(write, tables))
            while len(pending) > 2 * writers or (pending and pending[0].done()):
                yield _merge(stats, pending.popleft().result())
        while pending:
            yield _merge(stats, pending.popleft().result())


def _merge(stats, done):
    for name in vars(done):
        setattr(stats, name, getattr(stats, name) + getattr(done, name))
    return done.rows


def batch_tables(resolver, known, batch, stats):
    """The {table: rows} of the papers of ``batch`` not in ``known`` (a set, updated), resolved.

    Updates ``stats`` (a Neo4jBuildStats) except its load counters. The rows
    are the embedded store's (``kgraph.storewrite``), so both stores agree.
    """
    entity_count = len(resolver.records)
    tables = new_paper_rows(batch, resolver, known, stats, TABLES)
    stats.papers_added += len(tables["papers"])
    stats.relations_added += len({row[:3] for row in tables["relations"]})
    stats.entities_added += len(resolver.records) - entity_count
    return tables
