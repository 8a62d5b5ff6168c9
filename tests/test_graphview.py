"""Tests for the view selection (kgraph.graphview.view_graph), its graph operations and `kgraph viz`."""

import json
import re

import networkx as nx
import pytest
from click.testing import CliRunner
from store_fixtures import build

from kgraph.cli import main
from kgraph.errors import QueryError, UnknownEntityError
from kgraph.graphview import ViewOptions, query_graph, view_graph
from kgraph.graphview_ops import keep_min_papers, keep_relations, project_entities
from kgraph.store import EmbeddedStore


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("gv") / "kgraph.db"
    build(path)
    return path


@pytest.fixture
def store(db):
    with EmbeddedStore.open(db) as opened:
        yield opened


def entity(g, key, type_, papers=1):
    g.add_node(f"entity:{key}", kind="Entity", key=key, name=key.upper(), type=type_, aliases=[], paper_count=papers)


def paper(g, pid, date, *relations):
    g.add_node(f"paper:{pid}", kind="Paper", id=pid, title=f"Paper {pid}", url=f"https://x/{pid}", date=date)
    for type_, key, sentence in relations:
        g.add_edge(f"paper:{pid}", f"entity:{key}", key=type_, type=type_, paper=pid, evidence=sentence)


def small_graph():
    """Two papers using method m on dataset d; p2 also proposes n, measures f1; a lone entity z."""
    g = nx.MultiDiGraph()
    for key, type_ in (("m", "METHOD"), ("n", "MODEL"), ("d", "DATASET"), ("f1", "METRIC"), ("z", "TASK")):
        entity(g, key, type_, 2 if key in "md" else 1)
    paper(g, "p1", "2024-01-01", ("USES", "m", "We use M."), ("EVALUATED_ON", "d", "On D."))
    paper(g, "p2", "2024-06-01", ("USES", "m", "M again."), ("EVALUATED_ON", "d", "D again."),
          ("PROPOSES", "n", "We propose N."), ("MEASURES", "f1", "F1 up."), ("PROPOSES", "d", "D is new."))
    g.add_edge("entity:n", "entity:m", key="COMPARED_WITH:p2", type="COMPARED_WITH", derived=True, paper="p2",
               evidence="N beats M.")
    return g


def edges(g):
    return sorted((u.split(":")[1], v.split(":")[1], t) for u, v, t in g.edges(data="type"))


def test_projection_links_methods_to_what_their_papers_evaluate():
    projected = project_entities(small_graph())
    assert not [n for n in projected if n.startswith("paper:")]
    assert edges(projected) == [("m", "d", "EVALUATED_ON"), ("m", "f1", "MEASURES"), ("n", "d", "EVALUATED_ON"),
                                ("n", "f1", "MEASURES"), ("n", "m", "COMPARED_WITH")]
    m_on_d = projected.edges["entity:m", "entity:d", "EVALUATED_ON"]
    assert m_on_d["weight"] == 2 and [p["id"] for p in m_on_d["papers"]] == ["p2", "p1"]
    assert m_on_d["papers"][1]["evidence"] == ["We use M.", "On D."]
    assert projected.edges["entity:n", "entity:m", "COMPARED_WITH"]["papers"][0]["evidence"] == ["N beats M."]
    assert [p["id"] for p in projected.nodes["entity:d"]["papers"]] == ["p2", "p1"]
    assert "entity:z" in projected


def test_projection_keeps_a_few_papers_of_evidence_per_edge():
    g = small_graph()
    for i in range(5):
        paper(g, f"q{i}", f"2023-0{i + 1}-01", ("USES", "m", "u"), ("EVALUATED_ON", "d", "e"))
    edge = project_entities(g, evidence_per_edge=3).edges["entity:m", "entity:d", "EVALUATED_ON"]
    assert edge["weight"] == 7 and [p["id"] for p in edge["papers"]] == ["p2", "p1", "q4"]


def test_relation_filter_drops_nodes_it_disconnects_but_not_lone_or_focus_nodes():
    g = keep_relations(small_graph(), {"EVALUATED_ON"}, keep={"entity:n"})
    assert edges(g) == [("p1", "d", "EVALUATED_ON"), ("p2", "d", "EVALUATED_ON")]
    assert set(g) == {"paper:p1", "paper:p2", "entity:d", "entity:z", "entity:n"}


def test_min_papers_drops_small_entities_then_orphaned_papers():
    g = small_graph()
    paper(g, "p3", "2024-07-01", ("USES", "n", "N."))
    g = keep_min_papers(g, 2, keep=set())
    assert set(g) == {"entity:m", "entity:d", "paper:p1", "paper:p2"}


def test_focus_view_and_its_projection(store):
    with_papers = view_graph(store, ViewOptions(focus=["GaLore"], depth=1))
    assert with_papers.graph["focus"] == ["entity:galore"]
    assert {"paper:2403.03507", "paper:2410.01623"} <= set(with_papers)
    projected = view_graph(store, ViewOptions(papers=False))
    assert not [n for n, kind in projected.nodes(data="kind") if kind == "Paper"]
    into_c4 = {u for u, v, t in projected.edges(data="type") if v == "entity:c4" and t == "EVALUATED_ON"}
    assert into_c4 == {"entity:galore", "entity:llama", "entity:fira"}
    compared = {(u, v) for u, v, t in projected.edges(data="type") if t == "COMPARED_WITH"}
    assert ("entity:fira", "entity:galore") in compared and ("entity:vitadapter", "entity:lora") in compared


def test_types_relations_and_min_papers_together(store):
    g = view_graph(store, ViewOptions(types={"METHOD", "DATASET"}, relations={"EVALUATED_ON"}, papers=False,
                                      min_papers=1))
    assert {t for _, t in g.nodes(data="type")} <= {"METHOD", "DATASET"}
    assert {t for _, _, t in g.edges(data="type")} == {"EVALUATED_ON"}
    assert view_graph(store, ViewOptions(min_papers=3)).nodes["entity:lora"]["paper_count"] >= 3
    assert "entity:fira" not in view_graph(store, ViewOptions(min_papers=3))


def test_query_subgraph_has_the_named_entities_and_the_papers_linking_them(store):
    g = query_graph(store, "baselines_of", {"method": "Fira"})
    assert {n for n in g if n.startswith("entity:")} == {"entity:fira", "entity:galore", "entity:lora"}
    assert {n for n in g if n.startswith("paper:")} == {"paper:2410.01623", "paper:2403.03507"}
    assert g.graph["focus"] == ["entity:fira"]
    proposing = view_graph(store, ViewOptions(query="papers_proposing", params={"entity": "GaLore"}))
    assert set(proposing) == {"entity:galore", "paper:2403.03507"}
    assert proposing.number_of_edges() == 1


def test_bad_selections_are_clear_errors(store):
    with pytest.raises(QueryError, match="unknown query"):
        view_graph(store, ViewOptions(query="no_such_query"))
    with pytest.raises(QueryError, match="depth"):
        view_graph(store, ViewOptions(focus=["GaLore"], depth=0))
    with pytest.raises(UnknownEntityError):
        view_graph(store, ViewOptions(focus=["Nonexistent Method"]))


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def body_counts(path):
    html = path.read_text(encoding="utf-8")
    return tuple(int(x) for x in re.search(r'data-nodes="(\d+)" data-edges="(\d+)"', html).groups())


def test_cli_viz_writes_the_selected_view(db, tmp_path):
    out = tmp_path / "v.html"
    result = invoke("viz", "-o", out, "--db", db, "--no-papers", "--relations", "evaluated_on,compared_with",
                    "--min-papers", "2")
    assert result.exit_code == 0, result.output
    with EmbeddedStore.open(db) as store:
        expected = view_graph(store, ViewOptions(papers=False, relations={"EVALUATED_ON", "COMPARED_WITH"},
                                                 min_papers=2))
    assert body_counts(out) == (expected.number_of_nodes(), expected.number_of_edges())
    assert result.output.startswith(f"{out}: {expected.number_of_nodes()} nodes")
    result = invoke("viz", "-o", out, "--db", db, "--query", "baselines_of", "--param", "method=Fira")
    assert result.exit_code == 0 and body_counts(out)[0] == 5


def test_cli_viz_rejects_bad_options(db, tmp_path):
    out = tmp_path / "v.html"
    result = invoke("viz", "-o", out, "--db", db, "--relations", "USES,LIKES")
    assert result.exit_code == 2 and "LIKES" in result.output
    result = invoke("viz", "-o", out, "--db", db, "--focus", "GaLore", "--query", "top_entities")
    assert result.exit_code == 2 and "either" in result.output
    assert not out.exists()


def test_cli_compare_html(db, tmp_path):
    out = tmp_path / "c.html"
    result = invoke("compare", "GaLore", "Fira", "--db", db, "--html", out)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    island = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1)
    data = json.loads(island)
    assert [e["name"] for e in data["comparison"]["entities"]] == ["GaLore", "Fira"]
    assert data["focus"] == ["entity:galore", "entity:fira"]
    assert "<title>kgraph: GaLore vs Fira</title>" in html
