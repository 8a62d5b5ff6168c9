"""networkx views of the embedded store: the whole graph or a neighbourhood.

Node and edge attributes follow the graph schema shared with the renderer:
``paper:<id>`` nodes (kind="Paper"), ``entity:<key>`` nodes (kind="Entity"),
paper -> entity edges keyed by relation type, and derived entity -> entity
edges keyed ``COMPARED_WITH:<paper id>`` with ``derived=True``.
"""

import json

import networkx as nx

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
