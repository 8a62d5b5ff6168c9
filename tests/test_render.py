"""Tests for kgraph.render: offline page, data island round trip, XSS safety."""

import json
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

from kgraph import render, render_data
from kgraph.models import ENTITY_TYPES, RELATION_TYPES
from kgraph.render import RenderError, render_html, write_html
from kgraph.render_data import graph_data, json_island, spiral_layout

# Untrusted text as an attacker would write it: markup, script breakouts, template
# syntax, URL schemes, line separators. A payload that runs sets window.__pwned,
# changes document.title or loads a resource (example.com).
PAYLOADS = [
    "</script><script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '"><svg onload=window.__pwned=1>',
    "{{7*7}}",
    "line\u2028break\u2029end",
    "<!-- comment",
    "javascript:window.__pwned=1",
    '<iframe src="javascript:window.__pwned=1"></iframe>',
    '<a href="javascript:window.__pwned=1">click</a>',
    "';window.__pwned=1;//",
    "<body onload=window.__pwned=1>",
    "<style>@import 'http://example.com/x.css';</style>",
    "<link rel=stylesheet href=http://example.com/x.css>",
    '<object data="http://example.com/x"></object>',
    "<script>document.title='pwned'</script>",
    "<details open ontoggle=window.__pwned=1>",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>",
    "&lt;img src=x onerror=window.__pwned=1&gt;",
    "data:text/html,<script>window.__pwned=1</script>",
    "\\u003cimg src=x onerror=window.__pwned=1\\u003e",
    '<meta http-equiv="refresh" content="0;url=http://example.com">',
    "${window.__pwned=1}",
    '<base href="http://example.com/">',
    '" onmouseover="window.__pwned=1" x="',
]
# Paper URLs that must never become links (and two that may).
BAD_URLS = ["javascript:window.__pwned=1", " JaVaScRiPt:window.__pwned=1", "data:text/html,<b>x</b>",
            "vbscript:msgbox(1)", "//example.com/x", "java\tscript:window.__pwned=1"]
GOOD_URLS = ["https://arxiv.org/abs/2401.00001", "http://example.org/paper"]


def add_entity(g, key, name, type_, aliases=(), paper_count=1):
    g.add_node(f"entity:{key}", kind="Entity", key=key, name=name, type=type_,
               aliases=list(aliases), paper_count=paper_count)


def add_paper(g, pid, title, url=None, abstract="An abstract."):
    g.add_node(f"paper:{pid}", kind="Paper", id=pid, title=title,
               url=f"https://arxiv.org/abs/{pid}" if url is None else url, date="2024-05-01", abstract=abstract)


def add_relation(g, pid, key, type_, evidence):
    g.add_edge(f"paper:{pid}", f"entity:{key}", key=type_, type=type_, paper=pid,
               evidence=evidence, start=0, end=len(evidence), confidence=0.9)


def sample_graph(payload="plain"):
    """Three papers, seven entities, one derived COMPARED_WITH edge; ``payload`` in every text field."""
    g = nx.MultiDiGraph()
    add_entity(g, "bert", "BERT", "MODEL", ["Bert"], 2)
    add_entity(g, "squad", "SQuAD", "DATASET", ["SQuAD v1.1"], 2)
    add_entity(g, "f1", "F1", "METRIC", [], 1)
    add_entity(g, "qa", "question answering", "TASK", ["QA"], 1)
    add_entity(g, "lora", "LoRA", "METHOD", ["low-rank adaptation"], 1)
    add_entity(g, "gpt4", "GPT-4", "MODEL", [], 1)
    add_entity(g, "evil", payload, "METHOD", [payload], 1)
    add_paper(g, "2401.00001", "Low-Rank Adapters for Language Models")
    add_paper(g, "2401.00002", f"A Question Answering Benchmark {payload}", abstract=payload)
    add_paper(g, "2401.00003", "Scaling Laws")
    add_relation(g, "2401.00001", "lora", "PROPOSES", "We propose LoRA.")
    add_relation(g, "2401.00001", "bert", "USES", "We fine-tune BERT.")
    add_relation(g, "2401.00001", "squad", "EVALUATED_ON", "Results on SQuAD.")
    add_relation(g, "2401.00002", "squad", "PROPOSES", "We introduce SQuAD.")
    add_relation(g, "2401.00002", "qa", "ADDRESSES", "for question answering")
    add_relation(g, "2401.00002", "f1", "MEASURES", f"F1 improves {payload}")
    add_relation(g, "2401.00003", "gpt4", "USES", "We use GPT-4.")
    add_relation(g, "2401.00003", "bert", "USES", "and BERT.")
    add_relation(g, "2401.00003", "evil", "PROPOSES", payload)
    g.add_edge("entity:lora", "entity:bert", key="COMPARED_WITH:2401.00001", type="COMPARED_WITH",
               derived=True, paper="2401.00001", evidence="LoRA matches full fine-tuning of BERT.",
               start=0, end=10)
    return g


class Page(HTMLParser):
    """Collects start tags (with attributes) and the text of each script element."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._script = [], [], None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = (dict(attrs), [])

    def handle_data(self, data):
        if self._script is not None:
            self._script[1].append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None


def island_raw(html):
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match, "no data island"
    return match.group(1)


def outside_island(html):
    return html.replace(island_raw(html), "")


def test_page_loads_nothing_from_outside():
    page = Page(render_html(sample_graph()))
    for tag, attrs in page.tags:
        assert "src" not in attrs and "href" not in attrs, (tag, attrs)
        assert tag not in {"link", "img", "iframe", "object", "embed", "base"}, tag
    assert [attrs.get("type") for attrs, _ in page.scripts] == ["application/json", None, None, None]
    assert "vis.Network" in page.scripts[3][1] and "kgraphUI" in page.scripts[2][1]


def test_csp_allows_only_our_nonced_scripts():
    html = render_html(sample_graph())
    page = Page(html)
    csp = next(a["content"] for t, a in page.tags
               if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    nonce = re.search(r"script-src 'nonce-([A-Za-z0-9_-]{16,})'", csp).group(1)
    assert "default-src 'none'" in csp and "img-src data:" in csp
    assert [attrs.get("nonce") for attrs, _ in page.scripts[1:]] == [nonce, nonce, nonce]
    assert nonce not in render_html(sample_graph())


def test_island_round_trips_the_graph():
    g = sample_graph()
    data = json.loads(island_raw(render_html(g)))
    assert {n["id"] for n in data["nodes"]} == set(g.nodes)
    assert sorted((e["from"], e["to"], e["type"]) for e in data["edges"]) == sorted(
        (u, v, a["type"]) for u, v, a in g.edges(data=True))
    bert = next(n for n in data["nodes"] if n["id"] == "entity:bert")
    assert (bert["name"], bert["type"], bert["aliases"], bert["paper_count"]) == ("BERT", "MODEL", ["Bert"], 2)
    compared = next(e for e in data["edges"] if e["type"] == "COMPARED_WITH")
    assert compared["derived"] and compared["paper_title"] == "Low-Rank Adapters for Language Models"
    assert data["physics"] is True


@pytest.mark.parametrize("payload", PAYLOADS)
def test_untrusted_text_stays_data(payload):
    html = render_html(sample_graph(payload), title=f"kg {payload}", build_date=payload)
    page = Page(html)
    assert not {"img", "svg"} & {tag for tag, _ in page.tags}
    assert len(page.scripts) == 4
    raw = island_raw(html)
    assert not set("<>&\u2028\u2029") & set(raw)
    decoded = json.loads(raw)
    assert payload in {n["name"] for n in decoded["nodes"]}
    assert payload in {e["evidence"] for e in decoded["edges"]}
    assert [payload] in [n.get("aliases") for n in decoded["nodes"]]
    assert payload in {n.get("abstract") for n in decoded["nodes"]}
    rest = outside_island(html)
    if set(payload) & set("<>\"&"):
        assert payload not in rest
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert Page(f"<p>{title}</p>").tags == [("p", {})]


def test_template_syntax_in_data_is_not_evaluated():
    html = render_html(sample_graph("{{7*7}}"), title="{{7*7}}")
    assert "<title>{{7*7}}</title>" in html
    assert "{{7*7}}" in {n["name"] for n in json.loads(island_raw(html))["nodes"]}


def test_colours_and_shapes_cover_every_type_and_relation():
    data = graph_data(sample_graph())
    assert set(data["colors"]["nodes"]) == set(data["shapes"]) == {*ENTITY_TYPES, "Paper"}
    assert len(set(data["shapes"][t] for t in ENTITY_TYPES)) == len(ENTITY_TYPES)
    assert set(data["colors"]["edges"]) == set(RELATION_TYPES)


def test_header_shows_counts_and_build_date():
    g = sample_graph()
    html = render_html(g, title="My graph", build_date="2024-05-02")
    body = next(a for t, a in Page(html).tags if t == "body")
    assert (body["data-nodes"], body["data-edges"]) == ("10", "10")
    assert (g.number_of_nodes(), g.number_of_edges()) == (10, 10)
    assert 'of <span id="kg-node-count">10</span> nodes' in html
    assert "<time>2024-05-02</time>" in html
    assert "<time>" not in render_html(g)


def test_paper_labels_are_shortened_but_names_kept():
    g = nx.MultiDiGraph()
    add_paper(g, "1", "A" * 100)
    (paper,) = graph_data(g)["nodes"]
    assert len(paper["label"]) == render_data.LABEL_CHARS and paper["label"].endswith("…")
    assert paper["name"] == "A" * 100


def test_big_graphs_get_positions_and_no_physics():
    g = sample_graph()
    data = graph_data(g, layout_threshold=5)
    assert data["physics"] is False
    positions = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(positions) == g.number_of_nodes()


def test_spiral_layout_puts_the_hub_in_the_middle():
    g = nx.MultiDiGraph()
    g.add_edges_from(("hub", f"leaf{i}") for i in range(6))
    g.add_edge("lonely", "other")
    positions = spiral_layout(g)
    assert positions["hub"] == (0.0, 0.0)
    assert set(positions) == set(g.nodes)
    radius = {n: (x * x + y * y) ** 0.5 for n, (x, y) in positions.items()}
    assert max(radius[f"leaf{i}"] for i in range(6)) < min(radius["lonely"], radius["other"])


def test_json_island_escapes_markup_and_line_separators():
    text = json_island({"t": "</script>&\u2028"})
    assert text == '{"t": "\\u003c/script\\u003e\\u0026\\u2028"}'
    assert json.loads(text) == {"t": "</script>&\u2028"}


def test_write_html_replaces_file_atomically(tmp_path):
    target = tmp_path / "view.html"
    target.write_text("old")
    result = write_html(sample_graph(), target, title="T")
    assert result == target
    assert "<title>T</title>" in target.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["view.html"]


def test_missing_vis_bundle_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(render, "VIS_VERSION", "vis-0.0.0")
    with pytest.raises(RenderError, match="vis-network not found"):
        render_html(sample_graph())


def test_assets_that_would_close_their_element_are_refused():
    assert render._inline_safe("a < b", "script") == "a < b"
    with pytest.raises(RenderError):
        render._inline_safe("x = '</SCRIPT>'", "script")


def test_write_html_to_a_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(RenderError, match="cannot write the HTML view"):
        write_html(sample_graph(), tmp_path / "no-such-dir" / "view.html")


def payload_graph():
    """Every payload as an entity name and alias, a paper title, abstract and URL, and evidence;
    plus papers with the BAD_URLS and GOOD_URLS."""
    g = nx.MultiDiGraph()
    add_entity(g, "hub", "Hub", "METHOD", [], 3)
    for i, payload in enumerate(PAYLOADS):
        add_entity(g, f"p{i}", payload, ENTITY_TYPES[i % len(ENTITY_TYPES)], [payload], 1)
        add_paper(g, f"x{i}", payload, url=payload, abstract=payload)
        add_relation(g, f"x{i}", f"p{i}", "USES", payload)
        add_relation(g, f"x{i}", "hub", "PROPOSES", payload)
    for i, url in enumerate(BAD_URLS + GOOD_URLS):
        add_paper(g, f"u{i}", f"Paper at {url}", url=url)
        add_relation(g, f"u{i}", "hub", "USES", "We use Hub.")
    g.add_edge("entity:p0", "entity:p1", key="COMPARED_WITH:x0", type="COMPARED_WITH", derived=True,
               paper="x0", evidence=PAYLOADS[2], start=0, end=1)
    return g


def test_every_payload_stays_in_the_island():
    g = payload_graph()
    html = render_html(g, title=PAYLOADS[0], build_date=PAYLOADS[1])
    assert len(Page(html).scripts) == 4
    rest = outside_island(html)
    for payload in PAYLOADS:
        if set(payload) & set("<>\"&"):
            assert payload not in rest, payload
    decoded = json.loads(island_raw(html))
    assert {n["url"] for n in decoded["nodes"] if n["kind"] == "Paper"} >= set(PAYLOADS + BAD_URLS)
    assert {e["evidence"] for e in decoded["edges"]} >= set(PAYLOADS)


def test_large_graphs_start_from_focus_and_hubs():
    g = sample_graph()
    g.graph["focus"] = ["entity:gpt4"]
    data = graph_data(g, start_limit=3)
    assert data["focus"] == ["entity:gpt4"]
    # Degree 3: BERT (2 papers), then the papers (ids in order).
    assert data["start"] == ["entity:gpt4", "entity:bert", "paper:2401.00001"]
    assert graph_data(g, start_limit=10)["start"] is None


def test_projected_edges_carry_weight_and_evidence():
    g = sample_graph()
    g.add_edge("entity:lora", "entity:squad", key="EVALUATED_ON", type="EVALUATED_ON", derived=True, weight=2,
               paper="2401.00001", evidence="e", papers=[{"id": "2401.00001", "title": "T", "url": "u",
                                                          "date": "d", "evidence": ["a", "b"]}])
    edge = next(e for e in graph_data(g)["edges"] if e["id"] == "entity:lora|entity:squad|EVALUATED_ON")
    assert edge["weight"] == 2 and edge["papers"][0]["evidence"] == ["a", "b"]
    plain = next(e for e in graph_data(g)["edges"] if e["type"] == "USES")
    assert plain["weight"] == 1 and "papers" not in plain and plain["paper_url"].startswith("https://")


def test_compare_page_carries_the_comparison_and_focuses_its_entities(tmp_path):
    comparison = {"entities": [{"key": "lora", "name": "LoRA"}, {"key": "bert", "name": PAYLOADS[0]}],
                  "shared": {}, "only": {}, "evidence": []}
    path = render.write_compare_html(comparison, sample_graph(), tmp_path / "c.html", title="LoRA vs BERT")
    html = path.read_text(encoding="utf-8")
    page = Page(html)
    assert len(page.scripts) == 5 and "kgraph comparison page" in page.scripts[4][1]
    assert ("section", {"id": "kg-compare", "class": "kg-compare", "aria-label": "comparison"}) in page.tags
    data = json.loads(island_raw(html))
    assert data["comparison"] == comparison
    assert data["focus"] == ["entity:lora", "entity:bert"]
    assert PAYLOADS[0] not in outside_island(html)
