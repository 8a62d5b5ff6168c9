import pytest
from store_fixtures import GALORE_SENT, build

from kgraph.embedded_queries import IMPLEMENTATIONS
from kgraph.errors import QueryError, UnknownEntityError
from kgraph.query import entity_card, list_queries, parse_query, run_query
from kgraph.report import format_card, format_table
from kgraph.store import EmbeddedStore

P1, P2, P3, P4 = "2403.03507", "2410.01623", "2305.00001", "2301.00002"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "kgraph.db"
    build(path)
    with EmbeddedStore.open(path) as opened:
        yield opened


def rows(store, name, **params):
    return run_query(store, name, params).rows


def test_every_cypher_file_is_documented_and_implemented():
    infos = list_queries()
    assert {q.name for q in infos} == set(IMPLEMENTATIONS)
    for q in infos:
        assert q.description and q.columns and q.example.startswith(f"kgraph query {q.name}")
        assert q.cypher.startswith("MATCH") and "ORDER BY" in q.cypher and "//" not in q.cypher
        for param, (kind, _default) in q.kinds.items():
            assert f"${param}" in q.cypher
            if kind == "entity":
                assert "resolves it to the entity key" in dict(q.params)[param]


def test_header_parsing():
    q = parse_query("x", "// description: D\n// param n (int, default 5): count\n// columns: a, b\n"
                         "// example: kgraph query x\nMATCH (e) RETURN e LIMIT $n\n")
    assert (q.description, q.params, q.kinds, q.columns) == ("D", [("n", "count")], {"n": ("int", "5")}, ["a", "b"])
    assert q.cypher == "MATCH (e) RETURN e LIMIT $n"


def test_methods_on_dataset(store):
    assert rows(store, "methods_on_dataset", dataset="c4") == [
        ["GaLore", "METHOD", 2], ["LoRA", "METHOD", 2], ["Fira", "METHOD", 1], ["LLaMA", "MODEL", 1]]
    assert rows(store, "methods_on_dataset", dataset="CIFAR-10") == [["LoRA", "METHOD", 2], ["ViT-Adapter", "METHOD", 1]]


def test_baselines_and_compared_against(store):
    assert rows(store, "baselines_of", method="Fira") == [["GaLore", "METHOD", 1], ["LoRA", "METHOD", 1]]
    assert rows(store, "baselines_of", method="LoRA") == []
    assert rows(store, "compared_against", method="lora") == [
        ["Fira", "METHOD", 1], ["GaLore", "METHOD", 1], ["ViT-Adapter", "METHOD", 1]]


def test_method_profile(store):
    assert rows(store, "method_profile", method="Gradient Low-Rank Projection") == [
        ["ADDRESSES", "LLM pre-training", "TASK", 1], ["EVALUATED_ON", "C4", "DATASET", 1],
        ["MEASURES", "perplexity", "METRIC", 1]]
    assert rows(store, "method_profile", method="LoRA") == [
        ["ADDRESSES", "image classification", "TASK", 1], ["EVALUATED_ON", "CIFAR10", "DATASET", 1],
        ["MEASURES", "accuracy", "METRIC", 1]]


def test_papers_proposing_and_mentioning(store):
    assert rows(store, "papers_proposing", entity="GaLore") == [
        [P1, "GaLore: Memory-Efficient LLM Training", "2024-03-06", GALORE_SENT]]
    mentioning = rows(store, "papers_mentioning", entity="LoRA")
    assert [(r[0], r[3]) for r in mentioning] == [
        (P2, ["COMPARED_WITH"]), (P1, ["COMPARED_WITH"]), (P3, ["USES"]), (P4, ["COMPARED_WITH"])]
    assert [(r[0], r[3]) for r in rows(store, "papers_mentioning", entity="Adam")] == [(P4, [])]


def test_top_entities(store):
    assert rows(store, "top_entities", type="method", limit="3") == [
        ["LoRA", "METHOD", 4], ["GaLore", "METHOD", 2], ["Adam", "METHOD", 1]]
    assert rows(store, "top_entities", limit="2") == [["LoRA", "METHOD", 4], ["accuracy", "METRIC", 2]]
    assert len(rows(store, "top_entities")) == 13


def test_co_mentioned(store):
    assert rows(store, "co_mentioned", entity="GaLore") == [
        ["C4", "DATASET", 2], ["LLM pre-training", "TASK", 2], ["LoRA", "METHOD", 2], ["perplexity", "METRIC", 2],
        ["Fira", "METHOD", 1], ["LLaMA", "MODEL", 1]]
    assert len(rows(store, "co_mentioned", entity="GaLore", limit="1")) == 1


@pytest.mark.parametrize("name, params, message", [
    ("method_on_dataset", {}, "unknown query 'method_on_dataset': did you mean methods_on_dataset"),
    ("nothing_like_it", {}, "see `kgraph queries`"),
    ("methods_on_dataset", {}, "needs --param dataset="),
    ("methods_on_dataset", {"dataset": "C4", "top": "3"}, "has no parameter 'top'"),
    ("top_entities", {"limit": "ten"}, "limit must be a positive integer"),
    ("top_entities", {"limit": "0"}, "limit must be a positive integer"),
    ("top_entities", {"type": "ALGORITHM"}, "type must be one of METHOD"),
])
def test_query_errors(store, name, params, message):
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace("?", r"\?")):
        run_query(store, name, params)


def test_unknown_entity_in_a_parameter(store):
    with pytest.raises(UnknownEntityError, match="did you mean GaLore"):
        run_query(store, "baselines_of", {"method": "Galor"})


def test_entity_card(store):
    card = entity_card(store, "gradient low rank projection")
    assert (card.name, card.type, card.paper_count) == ("GaLore", "METHOD", 2)
    assert set(card.relations) == {"PROPOSES", "COMPARED_WITH"}
    assert [i["paper"] for i in card.relations["COMPARED_WITH"]] == [P2]
    assert (card.baselines, card.compared_against) == (["LoRA"], ["Fira"])
    assert card.related[0] == ["C4", "DATASET", 2]
    assert card.to_json()["aliases"] == card.aliases
    text = format_card(card)
    assert text.startswith("GaLore (METHOD), 2 paper(s)") and f'"{GALORE_SENT}"' in text


def test_format_table_cuts_long_cells_and_joins_lists():
    text = format_table(["a", "b"], [["x" * 80, ["P", "Q"]], [None, []]], max_width=10)
    assert text.splitlines()[2] == "xxxxxxxxx…  P, Q"
    assert format_table(["a"], []) == "(no rows)"
