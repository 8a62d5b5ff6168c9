"""The Neo4j graph store: the same graph as the embedded store, in a Neo4j 5 server.

The only module that imports the ``neo4j`` driver, and lazily, so the
embedded path never needs it. All Cypher lives in ``queries/``: the named
queries, and the schema, writes and look-ups in ``queries/_*.cypher``.

Graph model: ``(:Paper {id, title, abstract, url, date, authors, categories})``;
``(:Entity:Method|Model|Dataset|Metric|Task {key, name, type, aliases,
paper_count, votes})``; ``(:Paper)-[:MENTIONS]->(:Entity)`` for every
occurrence; typed ``(:Paper)-[:PROPOSES|USES|EVALUATED_ON|COMPARED_WITH|
MEASURES|ADDRESSES {paper, evidence, start, end, confidence}]->(:Entity)``;
derived ``(:Entity)-[:COMPARED_WITH {paper, derived: true, evidence, start,
end}]->(:Entity)``; ``(:Alias {key})-[:ALIAS_OF]->(:Entity)`` for every
name/alias key (the look-up index for names).

>>> with Neo4jStore.open(Neo4jSettings.from_env()) as store:  # doctest: +SKIP
...     store.add(extractions)
...     store.cypher("MATCH (e:Dataset) RETURN e.name LIMIT $n", {"n": 3}).rows
"""

import contextlib
import json
import os
from dataclasses import dataclass
from itertools import islice

from .errors import KGraphError, QueryError, StoreError
from .neo4j_load import (DEFAULT_BATCH, LoadStats, Neo4jBuildStats, batch_tables, cypher_file, schema_statements,
                         write_parallel)
from .resolve import EntityRecord, Resolver, entity_key
from .store import MAX_SUGGESTIONS, SUGGESTION_POOL, closest_names, unknown_entity

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
PAPER_BATCH = 2000
ENTITY_TABLES = ("entities", "alias_keys")


@dataclass
class Neo4jSettings:
    """Where the server is and how to log in (Neo4j's own variable names back each field)."""

    uri: str = ""
    user: str = "neo4j"
    password: str = ""
    database: str = "neo4j"

    @classmethod
    def from_env(cls, env=None, **overrides):
        """Settings from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.

        ``overrides`` (uri, user, password, database) that are not None win,
        so CLI options pass straight through: ``from_env(uri=opt_uri)``.
        """
        env = os.environ if env is None else env
        values = {"uri": env.get("NEO4J_URI", ""), "user": env.get("NEO4J_USERNAME") or "neo4j",
                  "password": env.get("NEO4J_PASSWORD", ""), "database": env.get("NEO4J_DATABASE") or "neo4j"}
        values.update({name: value for name, value in overrides.items() if value is not None})
        return cls(**values)

    def configured(self):
        """True when a server URI is set (then queries go to Neo4j)."""
        return bool(self.uri)


@dataclass
class CypherResult:
    """Column names and rows (lists of JSON-ready values) of an ad-hoc Cypher query."""

    columns: list
    rows: list


def _driver():
    try:
        import neo4j
    except ImportError:
        raise StoreError("the Neo4j Python driver is not installed: pip install neo4j") from None
    return neo4j


def _first_line(text):
    lines = str(text or "").strip().splitlines()
    return lines[0] if lines else "no message"


def translate(err, settings):
    """The one-line KGraphError (StoreError or QueryError) for a driver or server error."""
    exceptions = _driver().exceptions
    code = getattr(err, "code", None) or ""
    message = _first_line(getattr(err, "message", None) or err)
    if isinstance(err, exceptions.AuthError) or code == "Neo.ClientError.Security.Unauthorized":
        return StoreError(f"Neo4j refused the credentials for user {settings.user!r}: "
                          "check NEO4J_USERNAME/NEO4J_PASSWORD")
    if isinstance(err, (exceptions.ServiceUnavailable, exceptions.SessionExpired)):
        return StoreError(f"cannot reach Neo4j at {settings.uri}: is the server running? "
                          "(scripts/neo4j start, or set NEO4J_URI)")
    if code.endswith("DatabaseNotFound"):
        return StoreError(f"Neo4j at {settings.uri}: database {settings.database!r} does not exist: "
                          "set NEO4J_DATABASE (Community has one database, 'neo4j')")
    if code == "Neo.ClientError.Statement.AccessMode":
        return QueryError("kgraph cypher runs read-only queries; this one writes to the graph")
    if isinstance(err, exceptions.CypherSyntaxError):
        return QueryError(f"Cypher syntax error: {message}")
    if isinstance(err, exceptions.ClientError):
        return QueryError(f"Neo4j rejected the query: {message}")
    return StoreError(f"Neo4j failed: {message}")


def plain(value):
    """``value`` from a driver record as plain JSON-ready Python (nodes and paths as dicts)."""
    graph = _driver().graph
    if isinstance(value, graph.Node):
        return {"labels": sorted(value.labels), "properties": plain(dict(value))}
    if isinstance(value, graph.Relationship):
        return {"type": value.type, "properties": plain(dict(value))}
    if isinstance(value, graph.Path):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


class Neo4jStore:
    """A kgraph graph in a Neo4j server; use :meth:`open`, as a context manager."""

    def __init__(self, driver, settings, batch_size=DEFAULT_BATCH):
        self.driver, self.settings, self.batch_size = driver, settings, batch_size
        self._schema_done = False

    @classmethod
    def open(cls, settings=None, batch_size=DEFAULT_BATCH):
        """Connect and check the login and database; StoreError with what to do when that fails.

        ``settings`` default to :meth:`Neo4jSettings.from_env`; ``batch_size``
        is the number of rows per write transaction of :meth:`push_embedded`.
        """
        settings = settings or Neo4jSettings.from_env()
        if not settings.configured():
            raise StoreError("no Neo4j server configured: set NEO4J_URI (or pass --uri)")
        if settings.uri.split("://")[0] not in SCHEMES:
            raise StoreError(f"invalid Neo4j URI {settings.uri!r}: use bolt://host:7687 or neo4j+s://host "
                             f"(schemes: {', '.join(SCHEMES)})")
        neo4j = _driver()
        try:
            driver = neo4j.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password),
                                                notifications_min_severity="OFF")
        except (ValueError, neo4j.exceptions.ConfigurationError) as err:
            raise StoreError(f"invalid Neo4j URI {settings.uri!r}: {_first_line(err)}") from None
        store = cls(driver, settings, batch_size)
        try:
            with store._errors():
                driver.verify_connectivity()
                with store._session() as session:
                    session.run("RETURN 1").consume()
        except KGraphError:
            driver.close()
            raise
        return store

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        """Close the driver and its connections."""
        self.driver.close()

    @contextlib.contextmanager
    def _errors(self):
        exceptions = _driver().exceptions
        try:
            yield
        except (exceptions.Neo4jError, exceptions.DriverError) as err:
            raise translate(err, self.settings) from None

    def _session(self):
        return self.driver.session(database=self.settings.database)

    def _read(self, query, params):
        """Rows (lists of raw values) of a read query, in a retried read transaction."""
        with self._errors(), self._session() as session:
            return session.execute_read(lambda tx: tx.run(query, params).values())

    def run_named(self, info, params):
        """Rows of the named query ``info`` (a QueryInfo) with converted ``params`` (entity keys)."""
        return [[plain(value) for value in row] for row in self._read(info.cypher, params)]

    def cypher(self, text, params=None):
        """Run ad-hoc Cypher ``text`` read-only; return a :class:`CypherResult`.

        The query runs in a read transaction, where the server refuses any
        write: that, syntax errors and other refusals raise one-line QueryErrors.

        >>> store.cypher("MATCH (e:Entity {type: $t}) RETURN e.name", {"t": "TASK"})  # doctest: +SKIP
        """
        def work(tx):
            result = tx.run(text, params or {})
            return result.keys(), result.values()

        if not text.strip():
            raise QueryError("empty Cypher query")
        with self._errors(), self._session() as session:
            columns, rows = session.execute_read(work)
        return CypherResult(list(columns), [[plain(value) for value in row] for row in rows])

    def resolve_name(self, name):
        """The key of the entity named ``name`` (or with that alias), any case/hyphenation.

        Raises UnknownEntityError listing close matches when there is none,
        as the embedded store does.
        """
        rows = self._read(cypher_file("resolve"), {"key": entity_key(name)})
        if rows:
            return rows[0][0]
        raise unknown_entity(name, self.close_matches(name))

    def close_matches(self, name, limit=MAX_SUGGESTIONS):
        """Entity names close to ``name`` (same candidates and ranking as the embedded store)."""
        key = entity_key(name)
        if not key:
            return []
        rows = self._read(cypher_file("close_matches"),
                          {"low": key[0], "high": chr(ord(key[0]) + 1), "pool": SUGGESTION_POOL})
        return closest_names(key, dict(rows), limit)

    def _ensure_schema(self, session):
        if not self._schema_done:
            for statement in schema_statements():
                session.run(statement).consume()
            session.run("CALL db.awaitIndexes(300)").consume()
            self._schema_done = True

    def add(self, extractions, progress=None, batch_size=PAPER_BATCH):
        """Add PaperExtractions; return :class:`~kgraph.neo4j_load.Neo4jBuildStats`.

        Entities are resolved across papers exactly as in the embedded store,
        seeded from the entities already in Neo4j. Papers already stored are
        skipped (counted unchanged). Each batch of ``batch_size`` papers is
        one transaction, so the server only ever holds whole papers; one
        writer thread commits a batch while the next one is resolved.
        ``progress(n)`` is called after each batch with its size.
        """
        stats = Neo4jBuildStats()
        with self._errors(), self._session() as session:
            self._ensure_schema(session)
            rows = session.execute_read(lambda tx: tx.run(cypher_file("read_entities")).values())
            resolver = Resolver(EntityRecord.from_votes(key, json.loads(votes), count) for key, votes, count in rows)
            known = set(session.execute_read(lambda tx: tx.run(cypher_file("read_paper_ids")).value()))
            sizes = []

            def batches():
                items = iter(extractions)
                while batch := list(islice(items, batch_size)):
                    sizes.append(len(batch))
                    yield batch_tables(resolver, known, batch, stats)

            for _ in write_parallel(self._session, batches(), stats.load, writers=1):
                if progress:
                    progress(sizes.pop(0))
            stats.papers_total, stats.entities_total = session.execute_read(
                lambda tx: tx.run(cypher_file("counts")).values())[0]
        return stats

    def push_embedded(self, embedded, progress=None):
        """Copy the embedded store ``embedded`` into Neo4j; return :class:`~kgraph.neo4j_load.LoadStats`.

        Entities and alias keys are MERGEd first (they take the embedded
        store's names, types, aliases and counts), then the papers not yet in
        Neo4j with their relationships, a batch of papers per transaction, on
        parallel writers. Pushing again creates nothing, and an interrupted
        push can simply be re-run; papers already in Neo4j keep theirs.
        ``progress(n)`` is called with each batch's row count.
        """
        stats = LoadStats()
        with self._errors():
            with self._session() as session:
                self._ensure_schema(session)
                known = set(session.execute_read(lambda tx: tx.run(cypher_file("read_paper_ids")).value()))
            phases = [({table: rows} for table, rows in embedded.export_rows(self.batch_size, (table,)))
                      for table in ENTITY_TABLES]
            phases.append(embedded.export_papers(PAPER_BATCH, known))
            for batches in phases:
                for rows in write_parallel(self._session, batches, stats):
                    if progress:
                        progress(rows)
        return stats
