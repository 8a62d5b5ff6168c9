"""Named queries: defined once as Cypher in ``queries/<name>.cypher``, answered here.

Each query file starts with a header of ``//`` comment lines::

    // description: what the query answers
    // param NAME (KIND[, default VALUE]): what the parameter is
    // columns: col1, col2, ...
    // example: kgraph query NAME --param NAME=VALUE

KIND is ``entity`` (a name or alias, resolved to the entity key before the
query runs, so the Cypher takes the key), ``int`` (a positive integer) or
``type`` (an entity type or ANY). The rest of the file is the Cypher for the
Neo4j schema; on the embedded store the implementation registered under the
same name in :mod:`kgraph.embedded_queries` answers with the same columns and
row order.

>>> [q.name for q in list_queries()][:2]
['baselines_of', 'co_mentioned']
"""

import difflib
import importlib.resources
import re
from dataclasses import dataclass, field

from .embedded_queries import co_mentioned
from .errors import QueryError
from .models import ENTITY_TYPES

_HEADER = re.compile(r"//\s*(description|param|columns|example)[:\s]\s*(.*)")
_PARAM = re.compile(r"(\w+)\s*\((entity|int|type)(?:,\s*default\s+([^)]*))?\)\s*:\s*(.*)")
ANY_TYPE = "ANY"


@dataclass
class QueryInfo:
    """One named query: its documentation, parameters and Cypher text.

    ``params`` are (name, description) pairs; ``kinds`` maps each parameter
    name to (kind, default or None).
    """

    name: str
    description: str
    params: list
    columns: list
    example: str
    cypher: str
    kinds: dict = field(default_factory=dict)


@dataclass
class EntityCard:
    """Everything known about one entity.

    ``relations`` maps each relation type to the papers with that relation
    to the entity (dicts paper, title, date, evidence, start, end);
    ``baselines`` / ``compared_against`` are names (derived edges);
    ``related`` are the most co-mentioned entities (name, type, papers).
    """

    key: str
    name: str
    type: str
    aliases: list
    paper_count: int
    papers: list
    relations: dict
    baselines: list
    compared_against: list
    related: list

    def to_json(self):
        """A JSON-ready dict of the card."""
        return dict(vars(self))


@dataclass
class QueryResult:
    """Column names and rows (lists of JSON-ready values) of a query."""

    columns: list
    rows: list


def parse_query(name, text):
    """The QueryInfo of query ``name`` from its ``.cypher`` file text."""
    info = QueryInfo(name, "", [], [], "", "")
    body = []
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            body.append(line)
        elif match[1] == "param":
            param = _PARAM.match(match[2])
            if not param:
                raise QueryError(f"query {name}: bad param line {line!r}")
            info.params.append((param[1], param[4].strip()))
            info.kinds[param[1]] = (param[2], param[3])
        elif match[1] == "columns":
            info.columns = [c.strip() for c in match[2].split(",")]
        else:
            setattr(info, match[1], match[2].strip())
    info.cypher = "\n".join(line for line in body if not line.lstrip().startswith("//")).strip()
    return info


def list_queries():
    """Every named query shipped in the ``kgraph.queries`` package, sorted by name.

    Files whose name starts with ``_`` (the Neo4j schema, writes and look-ups
    used by :mod:`kgraph.neo4j_store`) are not named queries.
    """
    files = importlib.resources.files("kgraph.queries")
    return sorted((parse_query(f.name[:-len(".cypher")], f.read_text(encoding="utf-8"))
                   for f in files.iterdir() if f.name.endswith(".cypher") and not f.name.startswith("_")),
                  key=lambda q: q.name)


def get_query(name):
    """The QueryInfo named ``name``; QueryError (with close names) if there is none."""
    queries = {q.name: q for q in list_queries()}
    if name not in queries:
        close = difflib.get_close_matches(name, list(queries), n=3)
        hint = f"did you mean {', '.join(close)}?" if close else "see `kgraph queries`"
        raise QueryError(f"unknown query {name!r}: {hint}")
    return queries[name]


def run_query(store, name, params):
    """Run named query ``name`` on ``store`` (embedded or Neo4j) with string ``params``.

    Entity parameters are resolved with ``store.resolve_name``; the store's
    ``run_named(info, values)`` answers (SQL on the embedded store, the
    query's Cypher on Neo4j).

    Raises QueryError for an unknown query, a missing or unknown parameter or
    a malformed value, and UnknownEntityError for an unknown entity name.

    >>> run_query(store, "top_entities", {"type": "dataset", "limit": "3"}).columns  # doctest: +SKIP
    ['entity', 'type', 'papers']
    """
    info = get_query(name)
    unknown = sorted(set(params) - set(info.kinds))
    if unknown:
        allowed = ", ".join(info.kinds) or "none"
        raise QueryError(f"query {name} has no parameter {unknown[0]!r} (parameters: {allowed})")
    values = {p: _convert(store, name, p, kind, params.get(p, default)) for p, (kind, default) in info.kinds.items()}
    rows = store.run_named(info, values)
    return QueryResult(list(info.columns), [list(row) for row in rows])


def _convert(store, query, param, kind, value):
    if value is None:
        raise QueryError(f"query {query} needs --param {param}=...")
    if kind == "entity":
        return store.resolve_name(value)
    if kind == "int":
        if not value.strip().isdigit() or int(value) < 1:
            raise QueryError(f"parameter {param} must be a positive integer, not {value!r}")
        return int(value)
    upper = value.strip().upper()
    if upper not in (*ENTITY_TYPES, ANY_TYPE):
        raise QueryError(f"parameter {param} must be one of {', '.join(ENTITY_TYPES)} or {ANY_TYPE}, not {value!r}")
    return upper


def entity_card(store, name, related=10):
    """The :class:`EntityCard` of the entity named ``name`` (a name or alias).

    Raises UnknownEntityError (with close names) for an unknown name.
    """
    key = store.resolve_name(name)
    relations = {}
    for mention in store.mentions(key):
        relations.setdefault(mention.pop("type"), []).append(mention)
    edges = store.compared_edges(key)
    return EntityCard(
        **store.entity(key), papers=store.papers_of(key), relations=relations,
        baselines=_names(store, (e["dst"] for e in edges if e["src"] == key)),
        compared_against=_names(store, (e["src"] for e in edges if e["dst"] == key)),
        related=[list(row) for row in co_mentioned(store, key, related)])


def _names(store, keys):
    """Entity names of ``keys``, each once, in order."""
    return [store.entity(key)["name"] for key in dict.fromkeys(keys)]
