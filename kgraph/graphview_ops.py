"""Pure operations on view graphs: filters and the entity-only projection.

They take and return networkx MultiDiGraphs in the kgraph graph schema (see
:mod:`kgraph.graphview`) and never touch a store, so they are tested on
hand-built graphs. ``keep`` is a set of node ids (the focus) that no filter
removes.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("entity:a", kind="Entity", type="METHOD", paper_count=1)
>>> keep_types(g, {"DATASET"}).number_of_nodes()
0
"""

import networkx as nx

METHOD_TYPES = frozenset({"METHOD", "MODEL"})
SOURCE_RELATIONS = frozenset({"PROPOSES", "USES"})
TARGET_RELATIONS = ("EVALUATED_ON", "MEASURES", "ADDRESSES")
EVIDENCE_PER_EDGE = 3
PAPERS_PER_ENTITY = 20


def is_entity(attrs):
    return attrs.get("kind") == "Entity"


def keep_types(graph, types, keep=frozenset()):
    """Drop entity nodes whose type is not in ``types`` (papers stay), in place; return ``graph``."""
    drop = [n for n, a in graph.nodes(data=True) if is_entity(a) and a.get("type") not in types and n not in keep]
    graph.remove_nodes_from(drop)
    return graph


def keep_relations(graph, relations, keep=frozenset()):
    """Keep only edges whose type is in ``relations``, in place; return ``graph``.

    Nodes left without any edge by the filter go too (nodes that had no
    edge before stay), so ``--relations EVALUATED_ON`` shows what is
    evaluated on what rather than every entity.
    """
    had_edges = {n for n in graph if graph.degree(n)}
    drop = [(u, v, k) for u, v, k, t in graph.edges(keys=True, data="type") if t not in relations]
    graph.remove_edges_from(drop)
    graph.remove_nodes_from([n for n in had_edges if not graph.degree(n) and n not in keep])
    return graph


def keep_min_papers(graph, min_papers, keep=frozenset()):
    """Drop entities in fewer than ``min_papers`` papers, then papers left without edges; in place."""
    had_edges = {n for n, a in graph.nodes(data=True) if not is_entity(a) and graph.degree(n)}
    graph.remove_nodes_from([n for n, a in graph.nodes(data=True)
                             if is_entity(a) and a.get("paper_count", 0) < min_papers and n not in keep])
    graph.remove_nodes_from([n for n in had_edges if n in graph and not graph.degree(n)])
    return graph


def project_entities(graph, evidence_per_edge=EVIDENCE_PER_EDGE):
    """The entity-only projection of ``graph``: a new MultiDiGraph without paper nodes.

    For each paper, every METHOD/MODEL it proposes or uses gets an edge to
    each entity the paper is EVALUATED_ON, MEASURES or ADDRESSES (typed by
    that relation), and derived COMPARED_WITH edges are merged per pair.
    Each projected edge has ``weight`` (number of papers), ``derived=True``
    and ``papers``: evidence of the newest ``evidence_per_edge`` papers
    (dicts paper, title, url, date, evidence: list of sentences). Entity
    nodes get ``papers``: the (newest) papers of the graph they occur in.
    """
    projected = nx.MultiDiGraph()
    projected.graph.update(graph.graph)
    papers = {n: a for n, a in graph.nodes(data=True) if a.get("kind") == "Paper"}
    for node, attrs in graph.nodes(data=True):
        if is_entity(attrs):
            around = _newest_first([p for p in graph.predecessors(node) if p in papers], papers)
            projected.add_node(node, **attrs, papers=[_paper_summary(papers[p]) for p in around[:PAPERS_PER_ENTITY]])
    pairs = {}
    for paper, attrs in papers.items():
        for src, dst, rel, sentences in _paper_pairs(graph, paper):
            pairs.setdefault((src, dst, rel), {}).setdefault(paper, []).extend(sentences)
    for u, v, attrs in graph.edges(data=True):
        if attrs.get("derived") and is_entity(graph.nodes[u]) and is_entity(graph.nodes[v]):
            paper = f"paper:{attrs.get('paper', '')}"
            pairs.setdefault((u, v, attrs.get("type", "COMPARED_WITH")), {}).setdefault(paper, []).append(
                attrs.get("evidence", ""))
    for (src, dst, rel), found in pairs.items():
        _add_projected(projected, src, dst, rel, found, papers, evidence_per_edge)
    return projected


def _paper_pairs(graph, paper):
    """(method, target, relation, [sentences]) for one paper node."""
    sources, targets = [], []
    for _, entity, attrs in graph.out_edges(paper, data=True):
        rel = attrs.get("type")
        if rel in SOURCE_RELATIONS and graph.nodes[entity].get("type") in METHOD_TYPES:
            sources.append((entity, attrs.get("evidence", "")))
        elif rel in TARGET_RELATIONS:
            targets.append((entity, rel, attrs.get("evidence", "")))
    return [(src, dst, rel, [src_sentence, dst_sentence])
            for src, src_sentence in sources for dst, rel, dst_sentence in targets if src != dst]


def _add_projected(projected, src, dst, rel, found, papers, limit):
    order = _newest_first(found, papers)
    evidence = [dict(_paper_summary(papers.get(p, {"id": p.partition(":")[2]})),
                     evidence=list(dict.fromkeys(s for s in found[p] if s))) for p in order[:limit]]
    first = evidence[0]
    projected.add_edge(src, dst, key=rel, type=rel, derived=True, weight=len(found), papers=evidence,
                       paper=first["id"], evidence=" … ".join(first["evidence"]))


def _paper_summary(attrs):
    return {key: str(attrs.get(key, "")) for key in ("id", "title", "url", "date")}


def _newest_first(paper_nodes, papers):
    """``paper_nodes`` sorted newest date first, ties by node id."""
    by_id = sorted(paper_nodes)
    return sorted(by_id, key=lambda p: str(papers.get(p, {}).get("date", "")), reverse=True)
