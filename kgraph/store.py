"""The embedded graph store: one SQLite file, read back as networkx graphs.

Why SQLite: the full arXiv corpus (75k abstracts) gives a graph that takes
seconds to unpickle, while ``kgraph query`` must answer in well under two
seconds; SQLite gives indexed look-ups and atomic, crash-safe commits.

Tables: papers, entities (resolved cross-paper entities, see
:mod:`kgraph.resolve`), alias_keys (every name/alias key -> entity),
mentions (every paper-entity occurrence, relation or not; paper_count
counts them), relations (paper -> entity, typed, with evidence), entity_edges
(derived: paper P proposes X and compares with Y gives X -> Y) and meta.

>>> with EmbeddedStore.open("kgraph.db", create=True) as store:  # doctest: +SKIP
...     stats = store.add(extractions)
...     key = store.resolve_name("galore")
"""

import difflib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .embedded_queries import IMPLEMENTATIONS
from .errors import StoreError, UnknownEntityError
from .graphview import build_graph
from .resolve import EntityRecord, Resolver, entity_key
from .storewrite import EXPORTS, paper_batches, write_batches

DEFAULT_DB = "kgraph.db"
SCHEMA_VERSION = "1"
MAX_SUGGESTIONS = 3
SUGGESTION_POOL = 20000

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS papers(id TEXT PRIMARY KEY, title TEXT, abstract TEXT, url TEXT,
    date TEXT, authors TEXT, categories TEXT);
CREATE TABLE IF NOT EXISTS entities(key TEXT PRIMARY KEY, name TEXT, type TEXT, aliases TEXT,
    paper_count INTEGER, votes TEXT);
CREATE TABLE IF NOT EXISTS alias_keys(alias_key TEXT PRIMARY KEY, entity_key TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mentions(paper_id TEXT, entity_key TEXT,
    PRIMARY KEY(paper_id, entity_key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS relations(paper_id TEXT, entity_key TEXT, type TEXT, evidence TEXT,
    start_pos INTEGER, end_pos INTEGER, confidence REAL, PRIMARY KEY(paper_id, entity_key, type));
CREATE TABLE IF NOT EXISTS entity_edges(src_key TEXT, dst_key TEXT, type TEXT, paper_id TEXT,
    evidence TEXT, start_pos INTEGER, end_pos INTEGER, PRIMARY KEY(src_key, dst_key, type, paper_id));
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_key, paper_id);
CREATE INDEX IF NOT EXISTS relations_entity ON relations(entity_key, type);
CREATE INDEX IF NOT EXISTS edges_dst ON entity_edges(dst_key);
CREATE INDEX IF NOT EXISTS entities_type ON entities(type, paper_count);
"""


@dataclass
class BuildStats:
    """What one :meth:`EmbeddedStore.add` call changed, and the totals after it."""

    papers_added: int = 0
    papers_unchanged: int = 0
    entities_added: int = 0
    relations_added: int = 0
    entities_total: int = 0
    papers_total: int = 0


def _connect(path, create):
    if create:
        return sqlite3.connect(path)
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)


class EmbeddedStore:
    """A kgraph store in one SQLite file; use :meth:`open`, as a context manager."""

    def __init__(self, conn, path):
        self.conn, self.path = conn, path

    @classmethod
    def open(cls, path=DEFAULT_DB, create=False):
        """Open the store at ``path``; ``create`` makes it (and allows writing).

        Raises StoreError when the file is missing (unless ``create``), is not
        a kgraph store, or was written by an incompatible version.
        """
        path = os.fspath(path)
        if not create and not os.path.isfile(path):
            raise StoreError(f"no graph at {path}: run `kgraph build INPUT` first")
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise StoreError(f"cannot create {path}: no directory {folder}")
        try:
            conn = _connect(path, create)
            if create:
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.executescript(SCHEMA)
                with conn:
                    conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{path} is not a kgraph store ({err})") from None
        if not version or version[0] != SCHEMA_VERSION:
            conn.close()
            raise StoreError(f"{path} was written by an incompatible kgraph version: rebuild it")
        return cls(conn, path)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        """Close the database connection."""
        self.conn.close()

    def sql(self, query, params=()):
        """Rows of a read-only SQL query over the store's tables (for the query layer)."""
        try:
            return self.conn.execute(query, params).fetchall()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot read {self.path}: {err}") from None

    def add(self, extractions, progress=None, batch_size=2000):
        """Add PaperExtractions; return :class:`BuildStats`.

        Papers whose id is already stored are skipped (counted unchanged), so
        re-adding the same input changes nothing. Each batch of papers is
        one transaction: an error leaves the store as after the last whole
        batch. ``progress(n)`` is called after each batch with its size.
        Raises StoreError on a malformed extraction or a write failure.
        """
        stats = BuildStats()
        try:
            write_batches(self.conn, self._load_resolver(), self.paper_ids(), extractions, stats,
                          progress, batch_size)
            if stats.papers_added:
                with self.conn:
                    self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('build_date', ?)",
                                      (datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),))
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot write {self.path}: {err}") from None
        stats.papers_total, stats.entities_total = self._count("papers"), self._count("entities")
        return stats

    def _load_resolver(self):
        rows = self.sql("SELECT key, votes, paper_count FROM entities")
        return Resolver(EntityRecord.from_votes(key, json.loads(votes), count) for key, votes, count in rows)

    def paper_ids(self):
        """The set of stored paper ids."""
        return {row[0] for row in self.sql("SELECT id FROM papers")}

    def resolve_name(self, name):
        """The key of the entity named ``name`` (or with that alias), any case/hyphenation.

        Raises UnknownEntityError listing close matches when there is none.
        """
        key = entity_key(name)
        row = self.sql("SELECT entity_key FROM alias_keys WHERE alias_key = ?", (key,))
        if row:
            return row[0][0]
        raise unknown_entity(name, self.close_matches(name))

    def close_matches(self, name, limit=MAX_SUGGESTIONS):
        """Entity names close to ``name`` (compared by key, among keys with its first character)."""
        key = entity_key(name)
        if not key:
            return []
        rows = self.sql("SELECT a.alias_key, e.name FROM alias_keys a JOIN entities e ON e.key = a.entity_key "
                        "WHERE a.alias_key >= ? AND a.alias_key < ? LIMIT ?",
                        (key[0], chr(ord(key[0]) + 1), SUGGESTION_POOL))
        return closest_names(key, dict(rows), limit)

    def run_named(self, info, params):
        """Rows of the named query ``info`` (a QueryInfo) with converted ``params`` (entity keys)."""
        return IMPLEMENTATIONS[info.name](self, **params)

    def export_rows(self, batch_size=5000, tables=tuple(EXPORTS)):
        """Yield (table, rows) batches of ``tables`` (default all, papers and entities first), for a copy.

        Tables and row shapes: see ``kgraph.storewrite.EXPORTS``.
        """
        for table in tables:
            cursor = self.conn.execute(EXPORTS[table])
            while rows := cursor.fetchmany(batch_size):
                yield table, rows

    def export_papers(self, batch_size=1000, skip_ids=frozenset()):
        """Yield {table: rows} of ``batch_size`` papers at a time with their mentions, relations, edges.

        Papers in ``skip_ids`` are left out. Row shapes as in :meth:`export_rows`.
        """
        yield from paper_batches(self.conn, batch_size, skip_ids)

    def entity(self, key):
        """The entity under ``key``: dict with key, name, type, aliases, paper_count."""
        rows = self.sql("SELECT key, name, type, aliases, paper_count FROM entities WHERE key = ?", (key,))
        if not rows:
            raise UnknownEntityError(f"unknown entity key {key!r}")
        return _entity_dict(rows[0])

    def paper(self, paper_id):
        """The stored paper ``paper_id`` as a dict (None if unknown)."""
        rows = self.sql(f"SELECT {_PAPER_COLUMNS} FROM papers WHERE id = ?", (paper_id,))
        return _paper_dict(rows[0]) if rows else None

    def papers_of(self, key, limit=-1):
        """Papers mentioning entity ``key``, newest first: dicts id, title, date, url, relations.

        ``limit`` keeps only that many (the newest); -1 keeps all.
        """
        rows = self.sql("SELECT p.id, p.title, p.date, p.url, "
                        "(SELECT group_concat(type, ',') FROM (SELECT type FROM relations r "
                        " WHERE r.paper_id = p.id AND r.entity_key = m.entity_key ORDER BY type)) "
                        "FROM mentions m JOIN papers p ON p.id = m.paper_id WHERE m.entity_key = ? "
                        "ORDER BY p.date DESC, p.id LIMIT ?", (key, limit))
        return [{"id": i, "title": t, "date": d, "url": u, "relations": r.split(",") if r else []}
                for i, t, d, u, r in rows]

    def mentions(self, key):
        """Relations from papers to entity ``key`` with evidence, by type then newest paper."""
        rows = self.sql("SELECT r.type, p.id, p.title, p.date, r.evidence, r.start_pos, r.end_pos, r.confidence "
                        "FROM relations r JOIN papers p ON p.id = r.paper_id WHERE r.entity_key = ? "
                        "ORDER BY r.type, p.date DESC, p.id", (key,))
        fields = ("type", "paper", "title", "date", "evidence", "start", "end", "confidence")
        return [dict(zip(fields, row)) for row in rows]

    def compared_edges(self, key):
        """Derived COMPARED_WITH edges from or to ``key``: dicts src, dst, paper, evidence, start, end."""
        rows = self.sql("SELECT src_key, dst_key, paper_id, evidence, start_pos, end_pos FROM entity_edges "
                        "WHERE src_key = ? UNION SELECT src_key, dst_key, paper_id, evidence, start_pos, end_pos "
                        "FROM entity_edges WHERE dst_key = ? ORDER BY 1, 2, 3", (key, key))
        return [dict(zip(("src", "dst", "paper", "evidence", "start", "end"), row)) for row in rows]

    def stats(self):
        """Counts: papers, entities, relations, derived edges, per entity and relation type; build date."""
        return {
            "papers": self._count("papers"),
            "entities": self._count("entities"),
            "relations": self._count("relations"),
            "derived_edges": self._count("entity_edges"),
            "entities_by_type": dict(self.sql("SELECT type, count(*) FROM entities GROUP BY type ORDER BY type")),
            "relations_by_type": dict(self.sql("SELECT type, count(*) FROM relations GROUP BY type ORDER BY type")),
            "build_date": dict(self.sql("SELECT key, value FROM meta")).get("build_date", ""),
        }

    def _count(self, table):
        return self.sql(f"SELECT count(*) FROM {table}")[0][0]

    def graph(self, focus=None, depth=1, types=None, include_papers=True):
        """A networkx MultiDiGraph of the store (schema in the README / common notes).

        ``focus`` (a name or a list of names) limits it to the neighbourhood
        within ``depth`` hops (paper -> entity and entity -> paper each count
        one hop, as do derived entity -> entity edges); ``types`` keeps only
        entities of those types (focus entities always stay);
        ``include_papers=False`` drops paper nodes after the walk.
        """
        if isinstance(focus, str):
            focus = [focus]
        keys = [self.resolve_name(name) for name in focus] if focus else None
        return build_graph(self, keys, depth, set(types) if types else None, include_papers)


def closest_names(key, names, limit=MAX_SUGGESTIONS):
    """The names (values of ``names``: {alias key: name}) whose keys are closest to ``key``."""
    found = difflib.get_close_matches(key, list(names), n=limit * 3, cutoff=0.7)
    return list(dict.fromkeys(names[k] for k in found))[:limit]


def unknown_entity(name, close):
    """The UnknownEntityError for ``name``, suggesting the ``close`` names."""
    hint = f": did you mean {', '.join(close)}?" if close else ""
    return UnknownEntityError(f"unknown entity {name!r}{hint}")


_PAPER_COLUMNS = "id, title, abstract, url, date, authors, categories"


def _paper_dict(row):
    paper = dict(zip(("id", "title", "abstract", "url", "date"), row[:5]))
    paper["authors"], paper["categories"] = json.loads(row[5]), json.loads(row[6])
    return paper


def _entity_dict(row):
    key, name, type_, aliases, paper_count = row
    return {"key": key, "name": name, "type": type_, "aliases": json.loads(aliases), "paper_count": paper_count}
