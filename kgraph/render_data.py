"""The JSON data behind the HTML view: node and edge records, layout, start set.

Everything here is plain data (no markup): :func:`graph_data` turns a
MultiDiGraph in the kgraph schema into the dict the page reads from its JSON
data island, and :func:`json_island` serialises it so it cannot end the
``<script>`` element it sits in.

>>> json_island({"t": "</script>"})
'{"t": "\\\\u003c/script\\\\u003e"}'
"""

import json
import math

PAPER_TYPE = "Paper"
NODE_COLORS = {
    "METHOD": "#4e79a7",
    "MODEL": "#b07aa1",
    "DATASET": "#59a14f",
    "METRIC": "#f28e2b",
    "TASK": "#e15759",
    PAPER_TYPE: "#b0b0b0",
}
# vis-network shapes whose size scales with the node value; the legend draws the same shapes in CSS.
NODE_SHAPES = {
    "METHOD": "dot",
    "MODEL": "diamond",
    "DATASET": "square",
    "METRIC": "triangle",
    "TASK": "hexagon",
    PAPER_TYPE: "dot",
}
EDGE_COLORS = {
    "PROPOSES": "#2f6f9f",
    "USES": "#9a9a9a",
    "EVALUATED_ON": "#3d8b37",
    "COMPARED_WITH": "#c0392b",
    "MEASURES": "#d68910",
    "ADDRESSES": "#8e44ad",
}
# Above this many nodes, positions are computed in Python and physics stays
# off: browser physics needs ~14 s for 5k nodes on two cores.
LAYOUT_THRESHOLD = 1000
# Above this many nodes the page starts with the focus and the best-connected
# entities only; the rest is one double-click (expand) or search away.
START_LIMIT = 2000
LABEL_CHARS = 32
ABSTRACT_CHARS = 1500
_JSON_ESCAPES = str.maketrans({
    "<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
    "\u2028": "\\u2028", "\u2029": "\\u2029",
})


def graph_data(graph, layout_threshold=LAYOUT_THRESHOLD, start_limit=START_LIMIT):
    """Return the JSON-ready view data of ``graph``.

    Keys: ``nodes`` (id, kind, type, name, label and type-specific fields),
    ``edges`` (id, from, to, type, paper, paper_title, paper_url, evidence,
    derived, weight, papers), ``physics`` (False when positions x/y are
    precomputed), ``focus`` (node ids from ``graph.graph["focus"]``),
    ``start`` (node ids shown first, or None for all), ``colors``, ``shapes``.
    """
    nodes = [_node_record(node_id, attrs) for node_id, attrs in graph.nodes(data=True)]
    physics = len(nodes) <= layout_threshold
    if not physics:
        positions = spiral_layout(graph)
        for node in nodes:
            node["x"], node["y"] = positions[node["id"]]
    edges = [_edge_record(graph, u, v, key, attrs) for u, v, key, attrs in graph.edges(keys=True, data=True)]
    focus = [n for n in graph.graph.get("focus", []) if n in graph]
    return {"nodes": nodes, "edges": edges, "physics": physics, "focus": focus,
            "start": start_nodes(graph, focus, start_limit),
            "colors": {"nodes": NODE_COLORS, "edges": EDGE_COLORS}, "shapes": NODE_SHAPES}


def start_nodes(graph, focus, limit):
    """None when ``graph`` has at most ``limit`` nodes, else the ``limit`` nodes to show first.

    Those are the ``focus`` nodes, then the best-connected nodes (by degree,
    then paper count): the hubs a reader starts exploring from, with the
    edges among them.
    """
    if graph.number_of_nodes() <= limit:
        return None

    def rank(node):
        return (node not in focus, -graph.degree(node), -graph.nodes[node].get("paper_count", 0), node)

    return sorted(graph.nodes, key=rank)[:limit]


def json_island(data):
    """Serialise ``data`` as JSON that is safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` only occur inside JSON strings, so replacing them by
    ``\\u`` escapes keeps the value while making ``</script>`` and ``<!--``
    impossible; U+2028/2029 are escaped for older JavaScript parsers.
    """
    return json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)


def spiral_layout(graph, spacing=40.0):
    """Cheap O(n + m) positions: nodes in breadth-first order on a sunflower spiral.

    The search starts at the best-connected node (and restarts at the next one
    for each further component), so hubs sit in the middle and each ring holds
    nodes at a similar distance from them. Returns ``{node: (x, y)}``.
    """
    undirected = graph.to_undirected(as_view=True)
    by_degree = sorted(undirected.nodes, key=lambda n: -undirected.degree(n))
    golden = math.pi * (3 - math.sqrt(5))
    positions = {}
    for start in by_degree:
        if start in positions:
            continue
        queue = [start]
        positions[start] = None
        for node in queue:
            for neighbour in undirected.neighbors(node):
                if neighbour not in positions:
                    positions[neighbour] = None
                    queue.append(neighbour)
    for index, node in enumerate(positions):
        radius = spacing * math.sqrt(index)
        positions[node] = (round(radius * math.cos(index * golden), 1),
                           round(radius * math.sin(index * golden), 1))
    return positions


def shorten(text, limit=LABEL_CHARS):
    """``text`` cut to ``limit`` characters with an ellipsis."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _node_record(node_id, attrs):
    if attrs.get("kind") == PAPER_TYPE:
        title = str(attrs.get("title", ""))
        return {"id": node_id, "kind": PAPER_TYPE, "type": PAPER_TYPE, "name": title, "label": shorten(title),
                "paper_id": str(attrs.get("id", "")), "url": str(attrs.get("url", "")),
                "date": str(attrs.get("date", "")), "abstract": shorten(str(attrs.get("abstract", "")), ABSTRACT_CHARS)}
    name = str(attrs.get("name", node_id))
    record = {"id": node_id, "kind": "Entity", "type": str(attrs.get("type", "")), "name": name,
              "label": shorten(name), "aliases": [str(a) for a in attrs.get("aliases", [])],
              "paper_count": int(attrs.get("paper_count", 0))}
    if "papers" in attrs:
        record["papers"] = [_paper_ref(p) for p in attrs["papers"]]
    return record


def _edge_record(graph, u, v, key, attrs):
    paper = str(attrs.get("paper", ""))
    paper_node = graph.nodes.get(f"paper:{paper}", {})
    record = {"id": f"{u}|{v}|{key}", "from": u, "to": v, "type": str(attrs.get("type", key)),
              "paper": paper, "paper_title": str(paper_node.get("title", "")),
              "paper_url": str(paper_node.get("url", "")), "evidence": str(attrs.get("evidence", "")),
              "derived": bool(attrs.get("derived", False)), "weight": int(attrs.get("weight", 1))}
    if "papers" in attrs:
        record["papers"] = [dict(_paper_ref(p), evidence=[str(s) for s in p.get("evidence", [])])
                            for p in attrs["papers"]]
    return record


def _paper_ref(paper):
    return {key: str(paper.get(key, "")) for key in ("id", "title", "url", "date")}
