"""Modifier + head phrases (kgraph.nlp.phrases)."""

import pytest

from kgraph.nlp.phrases import PhraseFinder

STOP = ["the", "our", "novel", "reduces", "a"]


@pytest.mark.parametrize("text, head, expected", [
    ("we apply experience replay here", "replay", "experience replay"),
    ("in class-incremental continual learning", "learning", "class-incremental continual learning"),
    ("the novel learning", "learning", "learning"),
    ("it reduces memory usage", "usage", "memory usage"),
    ("quickly learning", "learning", "learning"),
    ("Although learning", "learning", "learning"),
    ("the critic's plasticity loss", "loss", "plasticity loss"),
])
def test_phrase_start(text, head, expected):
    head_start = text.rindex(head)
    start = PhraseFinder(STOP).phrase_start(text, head_start)
    assert text[start:head_start + len(head)] == expected
