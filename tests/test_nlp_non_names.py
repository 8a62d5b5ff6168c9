"""Tests for kgraph.nlp.non_names: surface forms that look like names but name nothing."""

import pytest

from kgraph.models import Paper
from kgraph.nlp.non_names import (emphasis_word, in_addresses, in_compound, name_part, participle_form, runs_into_name,
                                  series_label)


@pytest.mark.parametrize("name, text, expected", [
    ("GNSS-denied", "Navigation in GNSS-denied areas.", True),
    ("BM25-retrievable", "Facts that are BM25-retrievable.", True),
    ("SSD-offloaded", "We study SSD offloading; SSD-offloaded states are slow.", False),
    ("AndroidControl-Curated", "AndroidControl-Curated: a cleaner benchmark.", False),
    ("OSWorld-Verified", "Results on OSWorld-Verified.", False),
    ("R-squared", "R-squared rises.", False),
])
def test_participle_form(name, text, expected):
    assert participle_form(name, text) is expected


@pytest.mark.parametrize("name, text, expected", [
    ("H2", "H0 only real, H1 only synthetic, H2 mixed.", True),
    ("L0-L5", "Levels L0-L5 of autonomy.", True),
    ("H2", "Trained on H2 data.", False),
    ("S5", "We propose S5, a framework.", False),
    ("Qwen", "H0, H1 and H2 with Qwen.", False),
])
def test_series_label(name, text, expected):
    assert series_label(name, text) is expected


def test_in_addresses_needs_every_mention_inside_an_address():
    text = "Code: https://github.com/ControlNet/MATA. We build on ControlNet."
    inside = text.index("ControlNet")
    outside = text.rindex("ControlNet")
    assert in_addresses(text, [(inside, inside + 10)])
    assert not in_addresses(text, [(inside, inside + 10), (outside, outside + 10)])
    assert in_addresses("Shop at www.JD.com today.", [(8, 18)])


@pytest.mark.parametrize("name, text, expected", [
    ("COmputation", "Overlap of COmputation with talk. Computation is slow.", True),
    ("REasoning", "A Dataset on Toxic REasoning. Toxic reasoning harms.", True),
    ("DBpedia", "Results on DBpedia.", False),
    ("XAttention", "XAttention speeds up attention.", False),
    ("CSteer", "We propose CSteer. Code: https://github.com/foo/csteer.", False),
])
def test_emphasis_word(name, text, expected):
    assert emphasis_word(name, text) is expected


def test_extractor_drops_words_capitalised_to_spell_an_acronym(extractor):
    paper = Paper(id="p", title="CO2: Efficient Distributed Training", abstract=(
        "CO2 gives full overlap of COmmunication with COmputation. Communication and computation overlap."))
    names = {e.name for e in extractor.extract(paper).entities}
    assert "CO2" in names
    assert "COmmunication" not in names and "COmputation" not in names


def test_mention_inside_a_longer_capitalised_name_is_a_name_part():
    text = "We compare PointNet, DGCNN, and Point Transformer with Barlow Twins."
    point = text.index("Point Transformer")
    barlow = text.index("Barlow")
    assert name_part(text, (point + 6, point + 17))  # "Transformer" after "Point"
    assert name_part(text, (barlow, barlow + 6))  # "Barlow" runs into "Twins"
    assert not name_part(text, (text.index("DGCNN"), text.index("DGCNN") + 5))


def test_hyphen_compound_is_a_name_part_unless_it_says_what_a_name_is_built_on():
    text = "cross-domain generalization with GAN-based augmentation"
    assert name_part(text, (6, 27))  # "domain generalization" inside "cross-domain ..."
    assert not name_part(text, (33, 36))  # "GAN" of "GAN-based"
    assert in_compound(text, (33, 36))
    assert runs_into_name("Barlow Twins", 6) and not runs_into_name("Barlow twins", 6)
