"""Converters of scripts/eval_public.py on tiny inline fixtures (SciER, SciERC, GSAP-NER)."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ev():
    spec = importlib.util.spec_from_file_location("eval_public", ROOT / "scripts" / "eval_public.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def names_types(record):
    return [(e["name"], e["type"]) for e in record["entities"]]


def test_scier_groups_sentences_by_doc_and_maps_labels(ev):
    lines = [json.dumps(r) + "\n" for r in (
        {"doc_id": "A", "sentence": "We propose BERT .", "ner": [["BERT", "Method"]], "rel": []},
        {"doc_id": "B", "sentence": "Other paper .", "ner": [], "rel": []},
        {"doc_id": "A", "sentence": "It is tested on SQuAD for QA .",
         "ner": [["SQuAD", "Dataset"], ["QA", "Task"], ["BERT", "Method"]], "rel": []},
    )]
    docs = ev.scier_docs(lines)
    assert [d["id"] for d in docs] == ["A", "B"]
    assert docs[0]["abstract"] == "We propose BERT . It is tested on SQuAD for QA ."
    assert docs[0]["title"] == "" and docs[0]["relations"] == []
    assert names_types(docs[0]) == [("BERT", "METHOD"), ("SQuAD", "DATASET"), ("QA", "TASK")]
    assert docs[1]["entities"] == []


def test_scierc_inclusive_token_spans_across_sentences(ev):
    record = {"doc_key": "X1",
              "sentences": [["Machine", "translation", "-LRB-", "MT", "-RRB-", "."],
                            ["BLEU", "scores", "of", "the", "system", "."]],
              "ner": [[[0, 1, "Task"], [3, 3, "Task"]],
                      [[6, 7, "Metric"], [10, 10, "Generic"], [9, 10, "OtherScientificTerm"]]]}
    [doc] = ev.scierc_docs([json.dumps(record)])
    assert doc["id"] == "X1"
    assert doc["abstract"] == "Machine translation ( MT ) . BLEU scores of the system ."
    assert names_types(doc) == [("Machine translation", "TASK"), ("MT", "TASK"),
                                ("BLEU scores", "METRIC")]


def test_scierc_material_is_dataset(ev):
    record = {"doc_key": "X2", "sentences": [["Penn", "Treebank"]], "ner": [[[0, 1, "Material"]]]}
    assert names_types(ev.scierc_docs([json.dumps(record)])[0]) == [("Penn Treebank", "DATASET")]


def test_gsap_character_spans_and_label_indices(ev):
    text = "XLM-R beats mBERT on XNLI; see https://x.io."
    entities = [{"start": 0, "end": 5, "label": 0},     # MLModel
                {"start": 12, "end": 17, "label": 0},
                {"start": 21, "end": 25, "label": 3},   # Dataset
                {"start": 21, "end": 25, "label": 4},   # Task (stacked on the same span)
                {"start": 31, "end": 43, "label": 6},   # URL: skipped
                {"start": 6, "end": 11, "label": 5},    # Method
                {"start": 0, "end": 5, "label": 8}]     # MLModelGeneric: skipped
    [doc] = ev.gsap_docs([json.dumps({"id": "g1", "text": text, "entities": entities})])
    assert doc["abstract"] == text
    assert names_types(doc) == [("XLM-R", "MODEL"), ("mBERT", "MODEL"), ("XNLI", "DATASET"),
                                ("XNLI", "TASK"), ("beats", "METHOD")]


def test_repeated_mentions_collapse_by_key_and_type(ev):
    record = ev.gold_record("d", "t", [("CIFAR-10", "Dataset"), ("cifar10", "Dataset"),
                                       ("CIFAR-10", "Task"), ("Other", "Generic")], ev.SCIER_TYPES)
    assert names_types(record) == [("CIFAR-10", "DATASET"), ("CIFAR-10", "TASK")]


def test_restrict_drops_unannotated_types_so_they_are_not_false_positives(ev):
    from kgraph.evaluate import score

    gold = [ev.gold_record("p", "t", [("ResNet", "Method")], ev.SCIER_TYPES)]
    predicted = [{"id": "p", "title": "", "entities": [
        {"name": "ResNet", "type": "METHOD", "aliases": []},
        {"name": "accuracy", "type": "METRIC", "aliases": []},
        {"name": "GPT-4", "type": "MODEL", "aliases": []}],
        "relations": [{"type": "USES", "target": "ResNet"}]}]
    kept = ev.restrict(predicted, set(ev.SCIER_TYPES.values()))
    assert names_types(kept[0]) == [("ResNet", "METHOD")] and kept[0]["relations"] == []
    assert score(gold, predicted).entities.precision == pytest.approx(1 / 3)
    assert score(gold, kept).entities.precision == 1.0


def test_evaluate_extracts_from_text_with_empty_title(ev):
    """ResNet-50 (MODEL) and the task are found too but are outside the scored types."""
    from kgraph.extract import Extractor

    gold = [ev.gold_record("p", "We evaluate ResNet-50 on ImageNet for image classification.",
                           [("ImageNet", "Dataset")], ev.SCIER_TYPES)]
    report = ev.evaluate(gold, {"DATASET"}, Extractor())
    assert report.matched_papers == 1
    assert (report.entities.tp, report.entities.fp, report.entities.fn) == (1, 0, 0)
