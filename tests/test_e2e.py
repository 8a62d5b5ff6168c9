"""End to end: the shipped sample page built into a store, checked against facts of the papers."""

import json

from click.testing import CliRunner

from kgraph.cli import main

GALORE_TITLE = "GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection"


def run(*args):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def query(db, name, **params):
    pairs = [x for k, v in params.items() for x in ("--param", f"{k}={v}")]
    return json.loads(run("query", name, "--db", str(db), "--json", *pairs))


def test_galore_is_one_method_node_with_its_long_form(sample_db):
    card = json.loads(run("show", "gradient low-rank projection", "--db", str(sample_db), "--json"))
    assert card["name"] == "GaLore"
    assert card["type"] == "METHOD"
    assert "Gradient Low-Rank Projection" in card["aliases"]
    titles = {p["title"] for p in card["papers"]}
    assert GALORE_TITLE in titles
    assert any(t.startswith("Fira:") for t in titles)


def test_papers_proposing_galore_and_fira(sample_db):
    galore = query(sample_db, "papers_proposing", entity="GaLore")
    assert [row["title"] for row in galore] == [GALORE_TITLE]
    fira = query(sample_db, "papers_proposing", entity="Fira")
    assert len(fira) == 1 and fira[0]["title"].startswith("Fira: Can We Achieve Full-rank Training")


def test_fira_is_compared_with_galore_and_lora(sample_db):
    baselines = {row["baseline"] for row in query(sample_db, "baselines_of", method="Fira")}
    assert {"GaLore", "LoRA"} <= baselines
    challengers = {row["method"] for row in query(sample_db, "compared_against", method="GaLore")}
    assert "Fira" in challengers


def test_compare_quotes_the_evidence_sentence(sample_db):
    data = json.loads(run("compare", "GaLore", "Fira", "--db", str(sample_db), "--json"))
    evidence = " ".join(c["evidence"] for c in data["evidence"])
    assert data["shared"]["baselines"] == ["LoRA"]
    assert "Fira outperforms both LoRA and GaLore" in evidence
    text = run("compare", "GaLore", "Fira", "--db", str(sample_db))
    assert "Fira outperforms both LoRA and GaLore" in text


def test_agent_benchmarks_are_evaluation_datasets(sample_db):
    for dataset in ("ALFWorld", "WebShop"):
        rows = query(sample_db, "methods_on_dataset", dataset=dataset)
        assert rows, f"no method evaluated on {dataset}"


def test_top_methods_include_lora(sample_db):
    rows = query(sample_db, "top_entities", type="METHOD", limit=15)
    assert "LoRA" in [row["entity"] for row in rows]
    assert all(isinstance(row["papers"], int) for row in rows)


def test_rebuilding_the_sample_adds_nothing(sample_db, tmp_path):
    from conftest import SAMPLE

    db = tmp_path / "copy.db"
    db.write_bytes(sample_db.read_bytes())
    stats = json.loads(run("build", str(SAMPLE), "--db", str(db), "--json", "--quiet"))
    assert stats["papers_added"] == 0 and stats["relations_added"] == 0
    assert stats["papers_unchanged"] == 50


def test_view_of_the_sample(sample_db, tmp_path):
    out = tmp_path / "view.html"
    run("viz", "-o", str(out), "--db", str(sample_db), "--focus", "GaLore")
    html = out.read_text(encoding="utf-8")
    assert "GaLore" in html and "<script src=" not in html
