import json

import pytest

from kgraph.errors import InputError
from kgraph.evaluate import Counts, format_report, load_jsonl, normalise_title, parse_jsonl, score


def ent(name, type_, *aliases):
    return {"name": name, "type": type_, "aliases": list(aliases)}


def rel(type_, target):
    return {"type": type_, "target": target, "evidence": "", "start": 0, "end": 0}


def paper(id_, entities=(), relations=(), title=None):
    return {"id": id_, "title": title or f"Title of {id_}", "entities": list(entities),
            "relations": list(relations)}


def assert_counts(counts, tp, fp, fn):
    assert (counts.tp, counts.fp, counts.fn) == (tp, fp, fn)


def test_counts_precision_recall_f1():
    c = Counts(tp=2, fp=1, fn=2)
    assert c.precision == pytest.approx(2 / 3)
    assert c.recall == pytest.approx(2 / 4)
    assert c.f1 == pytest.approx(2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2))


def test_counts_empty_is_zero_not_error():
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)


def test_two_of_three_entities_matched():
    gold = [paper("p", [ent("Adam", "METHOD"), ent("MNIST", "DATASET"), ent("accuracy", "METRIC")])]
    pred = [paper("p", [ent("Adam", "METHOD"), ent("MNIST", "DATASET"), ent("SGD", "METHOD")])]
    report = score(gold, pred)
    assert_counts(report.entities, 2, 1, 1)
    assert report.entities.precision == pytest.approx(2 / 3)
    assert report.entities.recall == pytest.approx(2 / 3)
    assert_counts(report.by_entity_type["METHOD"], 1, 1, 0)
    assert_counts(report.by_entity_type["METRIC"], 0, 0, 1)
    assert report.papers[0].missed_entities == ["accuracy (METRIC)"]
    assert report.papers[0].spurious_entities == ["SGD (METHOD)"]


def test_key_normalisation_case_hyphen_dot_space():
    gold = [paper("p", [ent("CIFAR-10", "DATASET"), ent("o3-mini", "MODEL"), ent("Llama 3.1", "MODEL")])]
    pred = [paper("p", [ent("CIFAR10", "DATASET"), ent("O3 Mini", "MODEL"), ent("llama31", "MODEL")])]
    assert_counts(score(gold, pred).entities, 3, 0, 0)


def test_alias_matching_either_side():
    gold = [paper("p", [ent("GaLore", "METHOD", "Gradient Low-Rank Projection"), ent("KAN", "METHOD")])]
    pred = [paper("p", [ent("Gradient low rank projection", "METHOD"),
                        ent("Kolmogorov-Arnold Network", "METHOD", "KAN")])]
    assert_counts(score(gold, pred).entities, 2, 0, 0)


def test_matching_is_one_to_one():
    gold = [paper("p", [ent("BERT", "MODEL")])]
    pred = [paper("p", [ent("BERT", "MODEL"), ent("bert", "MODEL")])]
    assert_counts(score(gold, pred).entities, 1, 1, 0)


def test_type_mismatch_counts_untyped_only():
    gold = [paper("p", [ent("ResNet", "METHOD"), ent("ImageNet", "DATASET")])]
    pred = [paper("p", [ent("ResNet", "MODEL"), ent("ImageNet", "DATASET")])]
    report = score(gold, pred)
    assert_counts(report.entities, 1, 1, 1)
    assert_counts(report.entities_untyped, 2, 0, 0)
    assert_counts(report.by_entity_type["METHOD"], 0, 0, 1)
    assert_counts(report.by_entity_type["MODEL"], 0, 1, 0)


def test_relation_target_matched_through_alias():
    gold = [paper("p", [ent("GaLore", "METHOD", "Gradient Low-Rank Projection")],
                  [rel("COMPARED_WITH", "GaLore")])]
    pred = [paper("p", [ent("Gradient Low-Rank Projection", "METHOD")],
                  [rel("COMPARED_WITH", "Gradient Low-Rank Projection")])]
    assert_counts(score(gold, pred).relations, 1, 0, 0)


def test_relation_type_mismatch_counts_untyped_only():
    gold = [paper("p", [ent("GPT-4", "MODEL"), ent("MMLU", "DATASET")],
                  [rel("COMPARED_WITH", "GPT-4"), rel("EVALUATED_ON", "MMLU")])]
    pred = [paper("p", [ent("GPT4", "MODEL"), ent("MMLU", "DATASET")],
                  [rel("USES", "GPT4"), rel("EVALUATED_ON", "MMLU")])]
    report = score(gold, pred)
    assert_counts(report.relations, 1, 1, 1)
    assert_counts(report.relations_untyped, 2, 0, 0)
    assert_counts(report.by_relation_type["COMPARED_WITH"], 0, 0, 1)
    assert_counts(report.by_relation_type["USES"], 0, 1, 0)
    assert report.papers[0].missed_relations == ["COMPARED_WITH -> GPT-4"]


def test_untyped_relations_count_each_target_once():
    gold = [paper("p", [ent("LoRA", "METHOD")], [rel("USES", "LoRA"), rel("COMPARED_WITH", "LoRA")])]
    pred = [paper("p", [ent("LoRA", "METHOD")], [rel("USES", "LoRA")])]
    report = score(gold, pred)
    assert_counts(report.relations, 1, 0, 1)
    assert_counts(report.relations_untyped, 1, 0, 0)


def test_missing_paper_counts_all_misses():
    gold = [paper("a", [ent("Adam", "METHOD")], [rel("USES", "Adam")]),
            paper("b", [ent("SGD", "METHOD"), ent("MNIST", "DATASET")], [rel("USES", "SGD")])]
    pred = [paper("a", [ent("Adam", "METHOD")], [rel("USES", "Adam")]), paper("zzz", [ent("X", "TASK")])]
    report = score(gold, pred)
    assert (report.gold_papers, report.matched_papers) == (2, 1)
    assert_counts(report.entities, 1, 0, 2)
    assert_counts(report.relations, 1, 0, 1)
    assert [p.found for p in report.papers] == [True, False]


def test_papers_paired_by_title_when_ids_differ():
    gold = [paper("title:X", [ent("PPO", "METHOD")], title="Proximal  Policy: Optimization!")]
    pred = [paper("t:1234", [ent("PPO", "METHOD")], title="proximal policy optimization")]
    report = score(gold, pred)
    assert report.matched_papers == 1
    assert_counts(report.entities, 1, 0, 0)


def test_normalise_title():
    assert normalise_title("  SealQA:  Raising the Bar\n") == "sealqa raising the bar"


def test_parse_jsonl_skips_blank_lines_and_reports_bad_line():
    assert parse_jsonl(['{"id": "a"}', "", '{"id": "b"}']) == [{"id": "a"}, {"id": "b"}]
    with pytest.raises(InputError, match="line 2"):
        parse_jsonl(['{"id": "a"}', "{oops"])
    with pytest.raises(InputError, match="line 1"):
        parse_jsonl(['{"name": "no id"}'])


def test_load_jsonl(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(paper("p")) + "\n", encoding="utf-8")
    assert load_jsonl(path)[0]["id"] == "p"
    with pytest.raises(InputError, match="cannot read"):
        load_jsonl(tmp_path / "missing.jsonl")


def test_format_report_table_and_details():
    gold = [paper("a", [ent("Adam", "METHOD"), ent("MNIST", "DATASET")], [rel("USES", "Adam")])]
    pred = [paper("a", [ent("Adam", "METHOD")], [rel("PROPOSES", "Adam")])]
    report = score(gold, pred)
    text = format_report(report)
    assert "entities (typed)" in text and "Title of a" not in text
    typed_row = next(line for line in text.splitlines() if line.startswith("entities (typed)"))
    assert typed_row.split()[-6:] == ["1.000", "0.500", "0.667", "1", "0", "1"]
    detailed = format_report(report, details=True)
    assert "missed entities: MNIST (DATASET)" in detailed
    assert "false relations: PROPOSES -> Adam" in detailed


def test_report_to_json_carries_scores_and_diffs():
    gold = [{"id": "p", "title": "T", "entities": [{"name": "Adam", "type": "METHOD", "aliases": []},
                                                   {"name": "MNIST", "type": "DATASET", "aliases": []}],
             "relations": []}]
    pred = [{"id": "p", "title": "T", "entities": [{"name": "adam", "type": "METHOD", "aliases": []}],
             "relations": []}]
    data = score(gold, pred).to_json()
    assert data["entities"]["tp"] == 1 and data["entities"]["fn"] == 1
    assert data["entities"]["recall"] == 0.5 and data["entities"]["precision"] == 1.0
    assert data["papers"][0]["missed_entities"]
