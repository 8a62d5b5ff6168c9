"""Slash-joined variant names (kgraph.nlp.slashes)."""

import pytest

from kgraph.nlp.shapes import SHAPE_CONFIDENCE, _classify
from kgraph.nlp.slashes import slash_mentions, variant_name


@pytest.mark.parametrize("base, part, name", [
    ("FooSet-10", "100", "FooSet-100"), ("BarNet-C", "P", "BarNet-P"), ("QuxLM1", "2", "QuxLM2"),
    ("ABC-H", "ABC-L", "ABC-L"), ("mFoo50", "mFoo50-95", "mFoo50-95"),
    ("AI", "ML", None), ("ViT-S", "16", None), ("GoogLeNet", "Inception", None), ("FooSet-10", "10", "FooSet-10"),
])
def test_variant_name(base, part, name):
    assert variant_name(base, part) == name


def _names(text):
    return [(canonical or text[start:end]) for start, end, _, canonical, *_ in
            slash_mentions(text, _classify, SHAPE_CONFIDENCE)]


def test_every_variant_of_a_slash_joined_name_is_a_mention():
    assert _names("We test on FooSet-10/100 and QuxLM1/2/3.") == ["FooSet-10", "FooSet-100", "QuxLM1", "QuxLM2",
                                                                  "QuxLM3"]


def test_a_slash_opening_the_text_does_not_end_the_search():
    assert _names("/ FooSet-10/100 is used.") == ["FooSet-10", "FooSet-100"]


def test_pairs_units_and_urls_are_no_variants():
    assert _names("AI/ML tools, 10/100 runs, GoogLeNet/Inception, see https://github.com/FooNet/x.") == []


def test_extractor_splits_slash_variants(extractor):
    from kgraph.models import Paper
    result = extractor.extract(Paper("p1", "A study", "We evaluate on FooSet-10/100 and BarNet-C/P."))
    found = {e.name: e for e in result.entities}
    assert {"FooSet-10", "FooSet-100", "BarNet-C", "BarNet-P"} <= set(found)
    assert found["FooSet-100"].aliases == [] and found["BarNet-P"].type == found["BarNet-C"].type
