"""Title phrases the abstract repeats (kgraph.nlp.title_echoes)."""

import pytest

from kgraph.nlp.title_echoes import title_echoes

HEADS = {"masking": "METHOD", "detection": "TASK"}


@pytest.mark.parametrize("title, abstract, echoes", [
    ("FruitProm: Probabilistic Maturity Estimation of Fruits", "We study maturity estimation of fruit.",
     [("maturity estimation", "TASK")]),
    ("Training Agents with Synthetic Trajectories and Partial Masking", "We add partial masking to it.",
     [("partial masking", "METHOD")]),
    ("A Benchmark for UAV Object Detection", "Results on UAV object detection improve.",
     [("UAV object detection", "TASK")]),
    # a repeat opening a sentence is capitalised; mid-sentence capitals are no repeat
    ("Networks for Building Footprint Extraction", "Building footprint extraction matters. We study it.",
     [("Building footprint extraction", "TASK")]),
    ("Models for Maturity Estimation", "Our Maturity estimation is new.", []),
    # the longest repeated tail, without vague words
    ("Models for Robust Online HD Map Construction", "A robust online HD map construction method.",
     [("online HD map construction", "TASK")]),
    # a part opening the title or after "with" or "via" names no problem; one word is no phrase
    ("Maturity Estimation of Fruits", "We study maturity estimation.", []),
    ("Fruits with Maturity Estimation", "We study maturity estimation.", []),
    ("Models for Estimation", "We study estimation.", []),
    # not repeated, or only inside a longer word
    ("Models for Maturity Estimation", "We study estimation of maturity.", []),
    ("Models for Partial Masking", "We study partial maskings.", []),
    # a part ending in no head or task noun
    ("Models for Maturity Fruits", "We study maturity fruits.", []),
])
def test_title_echoes_are_repeated_naming_parts(title, abstract, echoes):
    text = title + "\n\n" + abstract
    found = title_echoes(text, len(title), HEADS, frozenset(("robust",)))
    assert [(text[start:end], kind) for start, end, kind in found] == echoes
    assert all(start > len(title) for start, *_ in found)
