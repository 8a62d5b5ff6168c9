"""Acronyms linked into a sentence by a preposition (kgraph.nlp.linked)."""

import re

import pytest

from kgraph.nlp.linked import linked_acronyms


@pytest.mark.parametrize("text, names", [
    ("we adopt recommendations from QUUX and phased training", ["QUUX"]),
    ("memory drops compared to a ZF16 baseline", ["ZF16"]),
    ("results on ABCD 24 and on the WIDER FACE set", []),  # before a number; the start of a longer name
    ("a judge built with FOOMs", []),  # plural: a class of models
    ("plans in JSO format", []),  # three letters
    ("the QUUX model", []),  # no linking word before it
])
def test_acronyms_linked_by_a_preposition(text, names):
    acronyms = [(m.start(), m.end(), "", None, 0.35, "acronym") for m in re.finditer(r"\b[A-Z][A-Z0-9]+s?\b", text)]
    assert [text[start:end] for start, end, *_ in linked_acronyms(text, acronyms)] == names
