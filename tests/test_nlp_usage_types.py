"""improved_type: a technique phrase named as what a work improves is the problem worked on."""

import pytest

from kgraph.nlp.usage_types import improved_type


@pytest.mark.parametrize("text, phrase, expected", [
    ("SSL has greatly advanced speech representation learning, but", "speech", "TASK"),
    ("The auxiliary loss improves next-token prediction at scale.", "next-token", "TASK"),
    ("We combine it with an advanced gated attention mechanism.", "gated", "METHOD"),
    ("a hybrid birth model for improved track initialization", "track", "METHOD"),
    ("trained with a next-token prediction objective", "next-token", "METHOD"),
])
def test_improved_type(text, phrase, expected):
    assert improved_type(text, text.index(phrase)) == expected


def test_improved_technique_is_no_method_entity(extractor):
    from kgraph.models import Paper

    result = extractor.extract(Paper("p1", "A study", "We propose FooNet. FooLoss improves curriculum sampling."))
    assert all(e.type != "METHOD" for e in result.entities if e.name == "curriculum sampling")
