"""Regression floor for extraction quality on the hand-annotated gold sets in tests/data/gold.

arxiv-gold.jsonl: 30 corpus abstracts (title and abstract included); sample-gold.jsonl: the 50
papers of the shipped sample page (matched by title). The floors sit a little under the scores
measured when they were set (see README, "Extraction quality"), so a change that loses quality
fails here.
"""

from pathlib import Path

import pytest

from kgraph.evaluate import load_jsonl, score
from kgraph.pipeline import extract_inputs

GOLD = Path(__file__).parent / "data" / "gold"
SAMPLE = Path(__file__).parents[1] / "data" / "daily-papers-sample.txt"
FLOORS = {"entities": 0.58, "relations": 0.53}


@pytest.mark.parametrize("gold_name, inputs", [
    ("arxiv-gold.jsonl", GOLD / "arxiv-gold.jsonl"),
    ("sample-gold.jsonl", SAMPLE),
])
def test_typed_f1_stays_above_the_floor(gold_name, inputs):
    gold = load_jsonl(GOLD / gold_name)
    predicted = [item.to_json() for item in extract_inputs([str(inputs)])]
    report = score(gold, predicted)
    assert report.matched_papers == report.gold_papers == len(gold)
    assert report.entities.f1 >= FLOORS["entities"], report.entities
    assert report.relations.f1 >= FLOORS["relations"], report.relations
