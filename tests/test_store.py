import sqlite3

import pytest
from store_fixtures import FIRA_VS_GALORE, GALORE_VS_LORA, build, papers

from kgraph.errors import StoreError, UnknownEntityError
from kgraph.models import Entity, Paper, PaperExtraction, Relation
from kgraph.store import EmbeddedStore


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kgraph.db"
    build(path)
    return path


@pytest.fixture
def store(db):
    with EmbeddedStore.open(db) as opened:
        yield opened


def table_rows(path):
    conn = sqlite3.connect(path)
    tables = ("papers", "entities", "alias_keys", "mentions", "relations", "entity_edges")
    rows = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    conn.close()
    return rows


def test_build_counts(tmp_path):
    stats = build(tmp_path / "k.db")
    # 13 distinct things: GaLore (twice), LoRA (4x), C4, perplexity, LLM pre-training (2x each),
    # LLaMA, Fira, CIFAR10 = CIFAR-10, accuracy (2x), image classification, ViT-Adapter, ImageNet, Adam
    assert (stats.papers_added, stats.entities_added, stats.relations_added) == (4, 13, 21)
    assert (stats.papers_total, stats.entities_total, stats.papers_unchanged) == (4, 13, 0)


def test_rebuild_with_same_input_changes_nothing(db):
    before = db.read_bytes()
    stats = build(db)
    assert (stats.papers_added, stats.papers_unchanged, stats.entities_added, stats.relations_added) == (0, 4, 0, 0)
    assert db.read_bytes() == before


def test_incremental_add_equals_one_build(db, tmp_path):
    path = tmp_path / "steps.db"
    build(path, papers()[:2])
    stats = build(path, papers())
    assert (stats.papers_added, stats.papers_unchanged, stats.entities_added) == (2, 2, 6)
    assert table_rows(path) == table_rows(db)


def test_aliases_and_key_variants_meet_on_one_entity(store):
    assert store.resolve_name("Gradient Low-Rank Projection") == store.resolve_name("galore") == "galore"
    assert store.resolve_name("cifar 10") == store.resolve_name("CIFAR-10") == "cifar10"
    galore = store.entity("galore")
    assert galore["paper_count"] == 2
    assert galore["aliases"] == ["Gradient Low-Rank Projection", "gradient low-rank projection"]
    assert store.entity("cifar10")["paper_count"] == 2


def test_type_is_the_majority_vote(store):
    assert store.entity("lora")["type"] == "METHOD"  # METHOD in three papers, MODEL in one


def test_derived_compared_with_edges(store):
    edges = {(e["src"], e["dst"], e["paper"], e["evidence"]) for e in store.compared_edges("galore")}
    assert edges == {("galore", "lora", "2403.03507", GALORE_VS_LORA), ("fira", "galore", "2410.01623", FIRA_VS_GALORE)}
    assert store.stats()["derived_edges"] == 4  # + fira -> lora, vitadapter -> lora


def test_background_mention_counts_without_relation(store):
    assert store.papers_of("adam") == [{"id": "2301.00002", "title": "ViT-Adapter for vision transformers",
                                        "date": "2023-01-01", "url": "https://arxiv.org/abs/2301.00002",
                                        "relations": []}]
    assert store.mentions("adam") == []


def test_mentions_carry_evidence_offsets(store):
    (proposes,) = [m for m in store.mentions("galore") if m["type"] == "PROPOSES"]
    abstract = store.paper(proposes["paper"])["abstract"]
    assert abstract[proposes["start"]:proposes["end"]] == proposes["evidence"]


def bad_paper(pid):
    return PaperExtraction(Paper(pid, "Bad", "x"), [Entity("X", "METHOD")], [Relation("PROPOSES", "Y", "x", 0, 1)])


def test_a_failing_batch_leaves_the_previous_batches(tmp_path):
    path = tmp_path / "k.db"
    items = papers()
    with EmbeddedStore.open(path, create=True) as store:
        with pytest.raises(StoreError, match="relation target 'Y'"):
            store.add([items[0], items[1], items[2], bad_paper("bad")], batch_size=2)
    with EmbeddedStore.open(path) as store:
        assert store.paper_ids() == {items[0].paper.id, items[1].paper.id}
        assert store.stats()["entities"] == 7
        with pytest.raises(UnknownEntityError):
            store.resolve_name("CIFAR10")
    stats = build(path)
    assert (stats.papers_added, stats.papers_total, stats.entities_total) == (2, 4, 13)


def test_unknown_type_is_rejected(tmp_path):
    item = PaperExtraction(Paper("p", "t", "a"), [Entity("X", "THING")])
    with EmbeddedStore.open(tmp_path / "k.db", create=True) as store, pytest.raises(StoreError, match="THING"):
        store.add([item])


def test_missing_and_foreign_files(tmp_path):
    with pytest.raises(StoreError, match="no graph at .*run `kgraph build INPUT` first"):
        EmbeddedStore.open(tmp_path / "missing.db")
    junk = tmp_path / "junk.db"
    junk.write_text("not a database at all" * 100)
    with pytest.raises(StoreError, match="not a kgraph store"):
        EmbeddedStore.open(junk)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(StoreError, match="not a kgraph store"):
        EmbeddedStore.open(other)


def test_unknown_name_suggests_close_names(store):
    with pytest.raises(UnknownEntityError, match=r"unknown entity 'Galor': did you mean GaLore\?"):
        store.resolve_name("Galor")
    with pytest.raises(UnknownEntityError, match=r"^unknown entity 'zzz'$"):
        store.resolve_name("zzz")


def test_stats_counts_by_type(store):
    stats = store.stats()
    assert stats["entities_by_type"] == {"DATASET": 3, "METHOD": 5, "METRIC": 2, "MODEL": 1, "TASK": 2}
    assert stats["relations_by_type"]["EVALUATED_ON"] == 5
    assert stats["build_date"]


def test_whole_graph_follows_the_schema(store):
    g = store.graph()
    assert g.number_of_nodes() == 4 + 13
    assert g.number_of_edges() == 21 + 4
    galore = g.nodes["entity:galore"]
    assert galore["kind"] == "Entity" and galore["name"] == "GaLore" and galore["type"] == "METHOD"
    assert galore["paper_count"] == 2 and "Gradient Low-Rank Projection" in galore["aliases"]
    paper = g.nodes["paper:2403.03507"]
    assert paper["kind"] == "Paper" and paper["date"] == "2024-03-06" and paper["abstract"]
    edge = g.edges["paper:2403.03507", "entity:galore", "PROPOSES"]
    assert edge["type"] == "PROPOSES" and edge["paper"] == "2403.03507" and edge["evidence"].startswith("We propose")
    derived = g.edges["entity:galore", "entity:lora", "COMPARED_WITH:2403.03507"]
    assert derived["derived"] is True and derived["evidence"] == GALORE_VS_LORA


def test_focus_depth_one(store):
    g = store.graph(focus="galore", depth=1)
    assert set(g) == {"entity:galore", "paper:2403.03507", "paper:2410.01623", "entity:lora", "entity:fira"}
    # P1 proposes GaLore, compares LoRA; P2 proposes Fira, compares GaLore and LoRA; 3 derived edges
    assert g.number_of_edges() == 5 + 3


def test_focus_with_types_and_without_papers(store):
    g = store.graph(focus=["GaLore"], depth=2, types={"DATASET"})
    assert set(g) == {"entity:galore", "entity:c4", "paper:2403.03507", "paper:2410.01623"}
    g = store.graph(focus="GaLore", depth=1, include_papers=False)
    assert set(g) == {"entity:galore", "entity:lora", "entity:fira"} and g.number_of_edges() == 3


def test_graph_focus_unknown_name(store):
    with pytest.raises(UnknownEntityError):
        store.graph(focus="nothing")


def test_store_in_a_missing_directory(tmp_path):
    with pytest.raises(StoreError, match="cannot create .*no directory"):
        EmbeddedStore.open(tmp_path / "nowhere" / "k.db", create=True)


def test_read_only_open_cannot_write(db):
    with EmbeddedStore.open(db) as store, pytest.raises(StoreError, match="cannot write"):
        store.add([PaperExtraction(Paper("fresh", "t", "a"))])
