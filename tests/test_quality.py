"""Regression floors for extraction quality on the hand-annotated gold sets in tests/data/gold.

sample-gold.jsonl holds the 50 papers of the shipped sample page (matched by title); the
arxiv-*.jsonl files hold corpus abstracts with their text. arxiv-heldout.jsonl is the blind set
that was never used for tuning. Each floor sits a little under the score measured when it was
set (BENCHMARKS.md lists the scores), so a change that loses quality fails here.
"""

from pathlib import Path

import pytest

from kgraph.evaluate import load_jsonl, score
from kgraph.pipeline import extract_inputs

GOLD = Path(__file__).parent / "data" / "gold"
SAMPLE = Path(__file__).parents[1] / "data" / "daily-papers-sample.txt"


@pytest.mark.parametrize("gold_name, inputs, entity_floor, relation_floor", [
    ("sample-gold.jsonl", SAMPLE, 0.70, 0.65),
    ("arxiv-gold.jsonl", None, 0.72, 0.71),
    ("arxiv-dev-a.jsonl", None, 0.67, 0.64),
    ("arxiv-dev-b.jsonl", None, 0.64, 0.61),
    ("arxiv-dev-c.jsonl", None, 0.67, 0.67),
    ("arxiv-dev-d.jsonl", None, 0.73, 0.70),
    ("arxiv-dev-e.jsonl", None, 0.75, 0.75),
    ("arxiv-dev-f.jsonl", None, 0.69, 0.63),
    ("arxiv-dev-g.jsonl", None, 0.66, 0.65),
    ("arxiv-dev-h.jsonl", None, 0.67, 0.65),
    ("arxiv-dev-i.jsonl", None, 0.70, 0.71),
    ("arxiv-dev-j.jsonl", None, 0.70, 0.67),
    ("arxiv-dev-k.jsonl", None, 0.61, 0.59),
    ("arxiv-dev-l.jsonl", None, 0.61, 0.62),
    ("arxiv-dev-m.jsonl", None, 0.57, 0.49),
    ("arxiv-dev-n.jsonl", None, 0.56, 0.52),
    ("arxiv-heldout.jsonl", None, 0.55, 0.55),
])
def test_typed_f1_stays_above_the_floor(gold_name, inputs, entity_floor, relation_floor):
    gold = load_jsonl(GOLD / gold_name)
    predicted = [item.to_json() for item in extract_inputs([str(inputs or GOLD / gold_name)])]
    report = score(gold, predicted)
    assert report.matched_papers == report.gold_papers == len(gold)
    assert report.entities.f1 >= entity_floor, report.entities
    assert report.relations.f1 >= relation_floor, report.relations
