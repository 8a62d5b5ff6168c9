"""Types from the head noun of an appositive (kgraph.nlp.appositives)."""

import pytest

from kgraph.nlp.appositives import appositive_type

HEADS = {"benchmark": "DATASET", "model": "MODEL", "framework": "METHOD", "learning": "TASK", "dataset": "DATASET"}


@pytest.mark.parametrize("text, kind", [
    ("SealQA, a new challenge benchmark for search agents", "DATASET"),
    ("Foo, a two-stage rewriting model combining supervised fine-tuning and RL", "MODEL"),  # a participle ends it
    ("Foo, a novel learning framework for agents", "METHOD"),  # the last head noun wins
    ("Foo, the first reinforcement learning (RL) framework for agents", "METHOD"),  # the inner acronym is skipped
    ("Foo, a large-scale benchmark curated from forums and manually checked by experts and more", "DATASET"),
    ("Foo, a simple recipe for agents", ""),  # no head noun
    ("Foo, which is a dataset", ""),  # no appositive
    ("Foo, a novel reinforcement learning paradigm built upon Bar", ""),  # a task head modifying a noun
    ("Foo, a novel structured learning framework guided by rules and more words here", "METHOD"),
    ("Foo, a new continual learning. More", "TASK"),  # a task head ending the phrase
])
def test_appositive_head_noun_types_the_name(text, kind):
    assert appositive_type(text, text.index(","), HEADS) == kind
