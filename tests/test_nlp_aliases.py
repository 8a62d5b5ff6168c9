"""Acronyms beside their long form without brackets (kgraph.nlp.aliases)."""

from kgraph.extract import Extractor
from kgraph.models import Paper
from kgraph.nlp.aliases import beside_acronyms


def _mentions(text, *names):
    spans = sorted((text.index(name), text.index(name) + len(name)) for name in names)
    return [(start, end, "", None, 0.5, {"cue"}) for start, end in spans]


def _acronyms(text, *names):
    return [(text.index(name), text.index(name) + len(name)) for name in names]


def _pairs(text, pairs):
    return [(text[a:b], text[c:d]) for a, b, c, d in pairs]


def test_glued_acronym_after_or_before_its_long_form_is_split():
    text = "We construct the Adversarial Empathy Benchmark AEB and MASA Model-Aware Skill Alignment."
    kept, pairs = beside_acronyms(text, _mentions(text, "Adversarial Empathy Benchmark AEB",
                                                  "MASA Model-Aware Skill Alignment"), _acronyms(text, "AEB", "MASA"))
    assert [text[m[0]:m[1]] for m in kept] == ["Adversarial Empathy Benchmark", "AEB", "MASA",
                                              "Model-Aware Skill Alignment"]
    assert _pairs(text, pairs) == [("AEB", "Adversarial Empathy Benchmark"), ("MASA", "Model-Aware Skill Alignment")]


def test_no_split_without_matching_initials_or_title_case():
    text = "the Robust Vision Benchmark RVX, the AI alignment problem and CNN Based Detection Network"
    mentions = _mentions(text, "Robust Vision Benchmark RVX", "AI alignment problem", "CNN Based Detection Network")
    assert beside_acronyms(text, mentions, _acronyms(text, "RVX", "AI", "CNN")) == (mentions, [])


def test_acronym_in_apposition_to_its_long_form():
    text = "we propose I3DM, a novel implicit 3D-aware memory mechanism, and KAN, a new method."
    mentions = _mentions(text, "I3DM", "implicit 3D-aware memory mechanism", "KAN", "new method")
    kept, pairs = beside_acronyms(text, mentions, _acronyms(text, "I3DM", "KAN"))
    assert kept == mentions and _pairs(text, pairs) == [("I3DM", "implicit 3D-aware memory mechanism")]


def test_hyphenated_name_before_its_long_form_in_the_title():
    result = Extractor().extract(Paper("p1", "MV-Debate: Multi-view Agent Debate with Reflection Gating",
                                       "We propose MV-Debate, a multi-view agent debate framework. MV-Debate helps."))
    assert [(e.name, e.aliases) for e in result.entities] == [("MV-Debate", ["multi-view agent debate"])]


def test_glued_long_form_is_an_alias_of_the_acronym():
    result = Extractor().extract(Paper("p1", "A study", "We construct the Adversarial Empathy Benchmark AEB "
                                       "to evaluate robustness. AEB comprises 500 dialogues."))
    names = {e.name: e.aliases for e in result.entities}
    assert "Adversarial Empathy Benchmark" in names.get("AEB", ())
