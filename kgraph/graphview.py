"""networkx views of the embedded store: the whole graph, a neighbourhood, a query's subgraph.

:func:`view_graph` builds the graph ``kgraph viz`` draws from a
:class:`ViewOptions` (focus and depth, or a named query; types, relations,
minimum paper count; with papers or the entity-only projection).

Node and edge attributes follow the graph schema shared with the renderer:
``paper:<id>`` nodes (kind="Paper"), ``entity:<key>`` nodes (kind="Entity"),
paper -> entity edges keyed by relation type, and derived entity -> entity
edges keyed ``COMPARED_WITH:<paper id>`` with ``derived=True``.
"""

import json
from dataclasses import dataclass, field

import networkx as nx

from .errors import QueryError
from .graphview_ops import keep_min_papers, keep_relations, keep_types, project_entities

_CHUNK = 500
_ENTITY_SQL = "SELECT key, name, type, aliases, paper_count FROM entities WHERE key IN ({})"
_PAPER_SQL = "SELECT id, title, url, date, abstract, authors, categories FROM papers WHERE id IN ({})"
_RELATIONS_BY_ENTITY = ("SELECT r.paper_id, r.entity_key, e.type FROM relations r "
                        "JOIN entities e ON e.key = r.entity_key WHERE r.entity_key IN ({})")
_RELATIONS_BY_PAPER = ("SELECT r.paper_id, r.entity_key, e.type FROM relations r "
                       "JOIN entities e ON e.key = r.entity_key WHERE r.paper_id IN ({})")
_EDGES_FROM = ("SELECT e.src_key, e.dst_key, d.type FROM entity_edges e JOIN entities d ON d.key = e.dst_key "
               "WHERE e.src_key IN ({})")
_EDGES_TO = ("SELECT e.src_key, e.dst_key, s.type FROM entity_edges e JOIN entities s ON s.key = e.src_key "
             "WHERE e.dst_key IN ({})")


def _select(store, template, values):
    """Rows of ``template`` with its ``IN ({})`` filled by ``values``, in chunks."""
    values = sorted(values)
    rows = []
    for i in range(0, len(values), _CHUNK):
        chunk = values[i:i + _CHUNK]
        rows.extend(store.sql(template.format(",".join("?" * len(chunk))), chunk))
    return rows


def neighbourhood(store, keys, depth, types):
    """(entity keys, paper ids) within ``depth`` hops of entity ``keys``.

    Entities whose type is not in ``types`` (when given) are neither kept nor
    walked through; the start ``keys`` always stay.
    """
    entities, papers = set(keys), set()
    new_entities, new_papers = set(keys), set()
    keep = (lambda t: t in types) if types else (lambda t: True)
    for _ in range(depth):
        found_papers = {p for p, _, _ in _select(store, _RELATIONS_BY_ENTITY, new_entities)}
        found = {k for p, k, t in _select(store, _RELATIONS_BY_PAPER, new_papers) if keep(t)}
        found |= {d for _, d, t in _select(store, _EDGES_FROM, new_entities) if keep(t)}
        found |= {s for s, _, t in _select(store, _EDGES_TO, new_entities) if keep(t)}
        new_entities, new_papers = found - entities, found_papers - papers
        entities |= new_entities
        papers |= new_papers
    return entities, papers


def build_graph(store, keys, depth, types, include_papers):
    """The MultiDiGraph of the neighbourhood of ``keys`` (all of the store if None)."""
    if keys is None:
        type_filter = f" WHERE type IN ({','.join('?' * len(types))})" if types else ""
        entities = {k for (k,) in store.sql(f"SELECT key FROM entities{type_filter}", sorted(types or ()))}
        papers = {p for (p,) in store.sql("SELECT id FROM papers")} if not types else \
            {p for p, _, _ in _select(store, _RELATIONS_BY_ENTITY, entities)}
    else:
        entities, papers = neighbourhood(store, keys, depth, types)
    return assemble(store, entities, papers, include_papers)


def assemble(store, entities, papers, include_papers=True):
    """The MultiDiGraph of entity keys ``entities`` and paper ids ``papers``, with the edges among them."""
    graph = nx.MultiDiGraph()
    _add_entities(store, graph, entities)
    if include_papers:
        _add_papers(store, graph, papers)
        _add_relations(store, graph, entities, papers)
    _add_derived(store, graph, entities)
    return graph


def _add_entities(store, graph, keys):
    for key, name, type_, aliases, paper_count in _select(store, _ENTITY_SQL, keys):
        graph.add_node(f"entity:{key}", kind="Entity", key=key, name=name, type=type_,
                       aliases=json.loads(aliases), paper_count=paper_count)


def _add_papers(store, graph, ids):
    for pid, title, url, date, abstract, authors, categories in _select(store, _PAPER_SQL, ids):
        graph.add_node(f"paper:{pid}", kind="Paper", id=pid, title=title, url=url, date=date,
                       abstract=abstract, authors=json.loads(authors), categories=json.loads(categories))


def _add_relations(store, graph, entities, papers):
    sql = ("SELECT paper_id, entity_key, type, evidence, start_pos, end_pos, confidence FROM relations "
           "WHERE paper_id IN ({}) ORDER BY paper_id, entity_key, type")
    for pid, key, type_, evidence, start, end, confidence in _select(store, sql, papers):
        if key in entities:
            graph.add_edge(f"paper:{pid}", f"entity:{key}", key=type_, type=type_, paper=pid,
                           evidence=evidence, start=start, end=end, confidence=confidence)


def _add_derived(store, graph, entities):
    sql = ("SELECT src_key, dst_key, paper_id, evidence, start_pos, end_pos FROM entity_edges "
           "WHERE src_key IN ({}) ORDER BY src_key, dst_key, paper_id")
    for src, dst, pid, evidence, start, end in _select(store, sql, entities):
        if dst in entities:
            graph.add_edge(f"entity:{src}", f"entity:{dst}", key=f"COMPARED_WITH:{pid}", type="COMPARED_WITH",
                           derived=True, paper=pid, evidence=evidence, start=start, end=end)


# Query result columns holding entity names / paper ids (see queries/*.cypher headers).
ENTITY_COLUMNS = frozenset({"entity", "method", "baseline", "dataset", "metric", "task", "model"})
PAPER_COLUMNS = frozenset({"paper"})


@dataclass
class ViewOptions:
    """What part of the graph to view (the options of ``kgraph viz``).

    ``focus``: entity names whose neighbourhood within ``depth`` hops is
    shown (empty: the whole store); ``query``/``params``: show the subgraph of
    a named query's result instead (see :func:`query_graph`); ``types`` /
    ``relations``: entity and relation types to keep (None: all);
    ``min_papers``: drop entities in fewer papers; ``papers=False``: the
    entity-only projection (:func:`kgraph.graphview_ops.project_entities`).
    Focus and query-parameter entities survive every filter.
    """

    focus: list = field(default_factory=list)
    depth: int = 2
    types: set = None
    relations: set = None
    min_papers: int = 0
    query: str = None
    params: dict = field(default_factory=dict)
    papers: bool = True


def view_graph(store, options):
    """The MultiDiGraph to draw for ``options`` (a :class:`ViewOptions`).

    ``graph.graph["focus"]`` lists the node ids of the focus (or query
    parameter) entities, which the page starts from and highlights.
    Raises UnknownEntityError / QueryError for unknown names or queries.

    >>> view_graph(store, ViewOptions(focus=["GaLore"], depth=1, papers=False))  # doctest: +SKIP
    """
    if options.depth < 1:
        raise QueryError(f"depth must be at least 1, not {options.depth}")
    if options.query:
        graph = query_graph(store, options.query, options.params)
    else:
        keys = [store.resolve_name(name) for name in options.focus]
        graph = build_graph(store, keys or None, options.depth, options.types, True)
        graph.graph["focus"] = [f"entity:{key}" for key in dict.fromkeys(keys)]
    keep = set(graph.graph["focus"])
    if options.types:
        keep_types(graph, options.types, keep)
    if not options.papers:
        graph = project_entities(graph)
    if options.relations:
        keep_relations(graph, options.relations, keep)
    if options.min_papers > 1:
        keep_min_papers(graph, options.min_papers, keep)
    return graph


def query_graph(store, name, params):
    """The subgraph a named query returns: its entities, its papers and the papers linking them.

    Entities: the query's entity parameters (e.g. ``method`` of
    ``baselines_of``) and the values of its entity columns (entity, method,
    baseline, dataset, ...; matched by name and, when the result has a
    ``type`` column, type). Papers: the values of its ``paper`` column and
    every paper with relations to two or more of those entities.
    """
    from .query import get_query, run_query

    info = get_query(name)
    result = run_query(store, name, params)
    keys = [store.resolve_name(params[p]) for p, (kind, _) in info.kinds.items() if kind == "entity" and p in params]
    named = set()
    type_at = result.columns.index("type") if "type" in result.columns else None
    papers = set()
    for row in result.rows:
        for column, value in zip(result.columns, row):
            if column in ENTITY_COLUMNS:
                named.add((value, row[type_at] if type_at is not None else None))
            elif column in PAPER_COLUMNS:
                papers.add(value)
    entities = set(keys) | _keys_of(store, named)
    papers |= _linking_papers(store, entities)
    graph = assemble(store, entities, papers)
    graph.graph["focus"] = [f"entity:{key}" for key in dict.fromkeys(keys)]
    return graph


def _keys_of(store, named):
    """Entity keys of (name, type or None) pairs, as they come out of query rows."""
    found = set()
    rows = _select(store, "SELECT key, name, type FROM entities WHERE name IN ({})", {n for n, _ in named})
    for key, name, type_ in rows:
        if (name, type_) in named or (name, None) in named:
            found.add(key)
    return found


def _linking_papers(store, entities):
    sql = "SELECT paper_id, entity_key FROM relations WHERE entity_key IN ({})"
    seen = {}
    for paper, key in _select(store, sql, entities):
        seen.setdefault(paper, set()).add(key)
    return {paper for paper, keys in seen.items() if len(keys) > 1}
