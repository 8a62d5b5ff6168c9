"""Render a kgraph graph as one self-contained, offline, interactive HTML page.

The page is built from our own template (``viz/graph.html``, Jinja2 with
autoescape) and page code (``viz/view.js``, ``viz/view_panel.js``, ``viz/compare.js``, ``viz/view.css``); vis-network's
standalone bundle is read from the installed pyvis package and inlined, so the
page loads nothing from the network. pyvis's own template is not used: it pulls
Bootstrap from a CDN and inserts untrusted text as HTML.

Untrusted text (titles, names, aliases, evidence) never reaches the markup:
graph data goes into a ``<script type="application/json">`` data island with
``<``, ``>``, ``&``, U+2028 and U+2029 escaped, the page reads it with
``JSON.parse`` and shows it with ``textContent`` only; a Content-Security-Policy
with a per-page nonce allows only our inline scripts. The data itself is built
in :mod:`kgraph.render_data`.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("entity:bert", kind="Entity", key="bert", name="BERT", type="MODEL",
...            aliases=[], paper_count=1)
>>> '<script type="application/json" id="kg-data">' in render_html(g)
True
"""

import os
import secrets
from importlib.resources import files
from pathlib import Path

import jinja2
from markupsafe import Markup

from kgraph.errors import KGraphError
from kgraph.render_data import LAYOUT_THRESHOLD, START_LIMIT, graph_data, json_island

VIS_VERSION = "vis-9.1.2"
GRAPH_SCRIPTS = ("view_panel.js", "view.js")


class RenderError(KGraphError):
    """The HTML view cannot be built (missing or unusable page assets)."""


def render_html(graph, title="kgraph", build_date="", layout_threshold=LAYOUT_THRESHOLD,
                start_limit=START_LIMIT, comparison=None):
    """Return the HTML page for ``graph`` (a MultiDiGraph in the kgraph schema).

    ``title`` and ``build_date`` are shown in the header (autoescaped). Graphs
    with more than ``layout_threshold`` nodes get precomputed positions
    instead of in-browser physics; above ``start_limit`` nodes the page starts
    with the focus and hub nodes (see :func:`kgraph.render_data.start_nodes`).
    ``comparison`` (``Comparison.to_json()``) adds the side-by-side table.
    """
    data = graph_data(graph, layout_threshold, start_limit)
    if comparison is not None:
        data["comparison"] = comparison
        data["focus"] = [f"entity:{e['key']}" for e in comparison["entities"] if f"entity:{e['key']}" in graph]
    scripts = GRAPH_SCRIPTS + (("compare.js",) if comparison is not None else ())
    nonce = secrets.token_urlsafe(18)
    template = _environment().from_string(_viz_text("graph.html"))
    return template.render(
        title=title,
        build_date=build_date,
        nonce=nonce,
        node_count=len(data["nodes"]),
        edge_count=len(data["edges"]),
        comparison=comparison is not None,
        data_json=Markup(json_island(data)),
        vis_js=Markup(_inline_safe(_vis_js(), "script")),
        scripts=[Markup(_inline_safe(_viz_text(name), "script")) for name in scripts],
        view_css=Markup(_inline_safe(_viz_text("view.css"), "style")),
    )


def write_html(graph, path, title="kgraph", build_date="", layout_threshold=LAYOUT_THRESHOLD,
               start_limit=START_LIMIT):
    """Write the page for ``graph`` to ``path`` atomically and return the Path.

    The page is written to a temporary file beside ``path`` and moved into place
    with ``os.replace``, so a reader never sees a half-written file. An
    unwritable ``path`` raises :class:`RenderError`.
    """
    return _write(path, render_html(graph, title, build_date, layout_threshold, start_limit))


def write_compare_html(comparison, graph, path, title="kgraph comparison", build_date=""):
    """Write the comparison page: ``comparison`` (``Comparison.to_json()``) as a
    side-by-side table with quoted evidence, above the joint neighbourhood
    ``graph`` (e.g. ``store.graph(focus=names, depth=2)``). Returns the Path.
    """
    return _write(path, render_html(graph, title, build_date, comparison=comparison))


def _write(path, html):
    path = Path(path)
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
