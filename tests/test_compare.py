import json

import pytest
from store_fixtures import FIRA_VS_GALORE, GALORE_VS_LORA, build

from kgraph.compare import compare
from kgraph.errors import QueryError, UnknownEntityError
from kgraph.report import format_comparison_markdown, format_comparison_text
from kgraph.store import EmbeddedStore


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("c") / "kgraph.db"
    build(path)
    with EmbeddedStore.open(path) as opened:
        yield opened


def test_profiles(store):
    galore, fira = compare(store, ["GaLore", "Fira"]).entities
    assert (galore["name"], galore["type"], len(galore["papers"])) == ("GaLore", "METHOD", 2)
    assert (galore["tasks"], galore["datasets"], galore["metrics"]) == (["LLM pre-training"], ["C4"], ["perplexity"])
    assert galore["baselines"] == ["LoRA"] and fira["baselines"] == ["GaLore", "LoRA"]


def test_shared_and_differing(store):
    c = compare(store, ["GaLore", "Fira"])
    assert c.shared == {"tasks": ["LLM pre-training"], "datasets": ["C4"], "metrics": ["perplexity"],
                        "baselines": ["LoRA"]}
    assert c.only["baselines"] == {"GaLore": [], "Fira": ["GaLore"]}
    c = compare(store, ["LoRA", "GaLore"])
    assert c.shared["datasets"] == []
    assert c.only["datasets"] == {"LoRA": ["CIFAR10"], "GaLore": ["C4"]}
    assert c.only["metrics"] == {"LoRA": ["accuracy"], "GaLore": ["perplexity"]}


def test_evidence_from_derived_edges_and_co_mentions(store):
    c = compare(store, ["Fira", "GaLore"])
    assert [(e["paper"], e["compared"], e["evidence"]) for e in c.evidence] == [
        ("2410.01623", ["Fira", "GaLore"], FIRA_VS_GALORE)]
    # Fira's paper compares GaLore and LoRA without proposing either: it still counts, newest first
    c = compare(store, ["GaLore", "LoRA"])
    assert [(e["paper"], e["compared"], e["evidence"]) for e in c.evidence] == [
        ("2410.01623", ["GaLore", "LoRA"], FIRA_VS_GALORE), ("2403.03507", ["GaLore", "LoRA"], GALORE_VS_LORA)]


def test_unrelated_entities_have_no_evidence(store):
    assert compare(store, ["Adam", "C4"]).evidence == []


def test_errors(store):
    with pytest.raises(QueryError, match="two different entities"):
        compare(store, ["GaLore", "gradient low-rank projection"])
    with pytest.raises(UnknownEntityError):
        compare(store, ["GaLore", "Galor3000"])


def test_json_and_formats(store):
    c = compare(store, ["GaLore", "Fira"])
    assert json.loads(json.dumps(c.to_json()))["shared"]["datasets"] == ["C4"]
    text = format_comparison_text(c)
    assert text.startswith("GaLore vs Fira") and "only Fira: baselines: GaLore" in text and FIRA_VS_GALORE in text
    markdown = format_comparison_markdown(c)
    assert "| baselines | LoRA | GaLore, LoRA |" in markdown and FIRA_VS_GALORE in markdown
