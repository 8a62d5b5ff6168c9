"""Render a kgraph graph as one self-contained, offline, interactive HTML page.

The page is built from our own template (``viz/graph.html``, Jinja2 with
autoescape) and page code (``viz/view.js``, ``viz/view.css``); vis-network's
standalone bundle is read from the installed pyvis package and inlined, so the
page loads nothing from the network. pyvis's own template is not used: it pulls
Bootstrap from a CDN and inserts untrusted text as HTML.

Untrusted text (titles, names, aliases, evidence) never reaches the markup:
graph data goes into a ``<script type="application/json">`` data island with
``<``, ``>``, ``&``, U+2028 and U+2029 escaped, the page reads it with
``JSON.parse`` and shows it with ``textContent`` only; a Content-Security-Policy
with a per-page nonce allows only our two inline scripts.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("entity:bert", kind="Entity", key="bert", name="BERT", type="MODEL",
...            aliases=[], paper_count=1)
>>> '<script type="application/json" id="kg-data">' in render_html(g)
True
"""

import json
import math
import os
import secrets
from importlib.resources import files
from pathlib import Path

import jinja2
from markupsafe import Markup

from kgraph.errors import KGraphError
from kgraph.models import ENTITY_TYPES, RELATION_TYPES

VIS_VERSION = "vis-9.1.2"
PAPER_TYPE = "Paper"
NODE_COLORS = {
    "METHOD": "#4e79a7",
    "MODEL": "#b07aa1",
    "DATASET": "#59a14f",
    "METRIC": "#f28e2b",
    "TASK": "#e15759",
    PAPER_TYPE: "#9d9d9d",
}
EDGE_COLORS = {
    "PROPOSES": "#2f6f9f",
    "USES": "#7f7f7f",
    "EVALUATED_ON": "#3d8b37",
    "COMPARED_WITH": "#c0392b",
    "MEASURES": "#d68910",
    "ADDRESSES": "#8e44ad",
}
# Above this many nodes, positions are computed in Python and physics stays
# off: browser physics needs ~14 s for 5k nodes on two cores.
LAYOUT_THRESHOLD = 1000
PAPER_LABEL_CHARS = 28
_JSON_ESCAPES = str.maketrans({
    "<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
    "\u2028": "\\u2028", "\u2029": "\\u2029",
})


class RenderError(KGraphError):
    """The HTML view cannot be built (missing or unusable page assets)."""


def render_html(graph, title="kgraph", build_date="", layout_threshold=LAYOUT_THRESHOLD):
    """Return the HTML page for ``graph`` (a MultiDiGraph in the kgraph schema).

    ``title`` and ``build_date`` are shown in the header (autoescaped). Graphs
    with more than ``layout_threshold`` nodes get precomputed positions
    (:func:`spiral_layout`) instead of in-browser physics.
    """
    data = graph_data(graph, layout_threshold)
    nonce = secrets.token_urlsafe(18)
    template = _environment().from_string(_viz_text("graph.html"))
    return template.render(
        title=title,
        build_date=build_date,
        nonce=nonce,
        node_count=len(data["nodes"]),
        edge_count=len(data["edges"]),
        node_legend=[(t, NODE_COLORS[t]) for t in (*ENTITY_TYPES, PAPER_TYPE)],
        edge_legend=[(t, EDGE_COLORS[t]) for t in RELATION_TYPES],
        data_json=Markup(json_island(data)),
        vis_js=Markup(_inline_safe(_vis_js(), "script")),
        view_js=Markup(_inline_safe(_viz_text("view.js"), "script")),
        view_css=Markup(_inline_safe(_viz_text("view.css"), "style")),
    )


def write_html(graph, path, title="kgraph", build_date="", layout_threshold=LAYOUT_THRESHOLD):
    """Write the page for ``graph`` to ``path`` atomically and return the Path.

    The page is written to a temporary file beside ``path`` and moved into place
    with ``os.replace``, so a reader never sees a half-written file. An
    unwritable ``path`` raises :class:`RenderError`.
    """
    path = Path(path)
    html = render_html(graph, title, build_date, layout_threshold)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(tmp, "x", encoding="utf-8") as out:
            out.write(html)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RenderError(f"cannot write the HTML view to {path}: {exc.strerror or exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def graph_data(graph, layout_threshold=LAYOUT_THRESHOLD):
    """Return the JSON-ready view data: ``{"nodes", "edges", "physics", "colors"}``.

    Nodes carry id, kind, type, name, label and the type-specific fields;
    edges carry id, from, to, type, paper, paper_title, evidence, derived.
    """
    nodes = [_node_record(node_id, attrs) for node_id, attrs in graph.nodes(data=True)]
    physics = len(nodes) <= layout_threshold
    if not physics:
        positions = spiral_layout(graph)
        for node in nodes:
            node["x"], node["y"] = positions[node["id"]]
    edges = [_edge_record(graph, u, v, key, attrs)
             for u, v, key, attrs in graph.edges(keys=True, data=True)]
    return {"nodes": nodes, "edges": edges, "physics": physics,
            "colors": {"nodes": NODE_COLORS, "edges": EDGE_COLORS}}


def json_island(data):
    """Serialise ``data`` as JSON that is safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` only occur inside JSON strings, so replacing them by
    ``\\u`` escapes keeps the value while making ``</script>`` and ``<!--``
    impossible; U+2028/2029 are escaped for older JavaScript parsers.

    >>> json_island({"t": "</script>"})
    '{"t": "\\\\u003c/script\\\\u003e"}'
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


def _node_record(node_id, attrs):
    if attrs.get("kind") == PAPER_TYPE:
        title = str(attrs.get("title", ""))
        label = title if len(title) <= PAPER_LABEL_CHARS else title[:PAPER_LABEL_CHARS - 1] + "…"
        return {"id": node_id, "kind": PAPER_TYPE, "type": PAPER_TYPE, "name": title,
                "label": label, "paper_id": str(attrs.get("id", "")),
                "url": str(attrs.get("url", "")), "date": str(attrs.get("date", ""))}
    name = str(attrs.get("name", node_id))
    return {"id": node_id, "kind": "Entity", "type": str(attrs.get("type", "")), "name": name,
            "label": name, "aliases": [str(a) for a in attrs.get("aliases", [])],
            "paper_count": int(attrs.get("paper_count", 0))}


def _edge_record(graph, u, v, key, attrs):
    paper = str(attrs.get("paper", ""))
    paper_node = graph.nodes.get(f"paper:{paper}", {})
    return {"id": f"{u}|{v}|{key}", "from": u, "to": v, "type": str(attrs.get("type", key)),
            "paper": paper, "paper_title": str(paper_node.get("title", "")),
            "evidence": str(attrs.get("evidence", "")), "derived": bool(attrs.get("derived", False))}


def _environment():
    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


def _viz_text(name):
    try:
        return (files("kgraph.viz") / name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise RenderError(f"kgraph's page asset viz/{name} is missing; reinstall kgraph") from exc


def _vis_js():
    try:
        asset = files("pyvis") / "templates" / "lib" / VIS_VERSION / "vis-network.min.js"
        return asset.read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise RenderError(
            f"vis-network not found in the pyvis package ({VIS_VERSION}); "
            "install pyvis==0.3.2") from exc


def _inline_safe(text, element):
    """Return ``text`` if it cannot end its inline ``<element>`` early, else raise."""
    lowered = text.lower()
    if f"</{element}" in lowered or "<!--" in lowered:
        raise RenderError(f"an inlined page asset contains '</{element}' or '<!--'; cannot inline it")
    return text
