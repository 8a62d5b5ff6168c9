"""Measured qualities and data names (kgraph.nlp.evaluated)."""

import re

import pytest

from kgraph.models import Paper
from kgraph.nlp.evaluated import (changed_measures, compared_measures, data_names, listed_qualities,
                                  valued_qualities)

STOP = {"the", "when", "like"}


def _items(text, cue, stop=STOP, heads=frozenset(), broad=frozenset()):
    return [text[s:e] for s, e, *_ in listed_qualities(text, [text.index(cue)], stop, heads, broad)]


def test_a_quality_list_after_an_evaluation_cue_gives_metrics():
    text = ("EgoForge achieves consistent gains in semantic alignment, geometric stability, and motion fidelity "
            "over baselines.")
    assert _items(text, "gains in") == ["semantic alignment", "geometric stability", "motion fidelity"]


def test_a_list_without_a_cue_or_with_two_items_gives_nothing():
    assert _items("We study semantic alignment, geometric stability, and motion fidelity.", "We") == []
    assert _items("It improves semantic alignment and motion fidelity.", "improves") == []


def test_two_items_are_enough_after_in_terms_of_or_metrics_of():
    text = "It beats baselines in terms of performance and variability, on metrics of semantic similarity and fluency."
    assert _items(text, "terms", broad={"performance"}) == ["variability"]
    assert _items(text, "metrics") == ["semantic similarity", "fluency"]


def test_a_terms_list_may_hold_metric_names_and_end_before_and():
    text = "It beats baselines in terms of BERTScore and cosine similarity and matches human judges."
    assert _items(text, "terms") == ["cosine similarity"]
    assert _items("ranked by metrics such as mAP50, recall, and latency.", "metrics") == ["recall", "latency"]


def test_vague_plural_gerund_technique_and_broad_items_are_left_out():
    text = ("An evaluation protocol covering multiple-choice questions, scalability when deployed, face restoration, "
            "robustness, and coherence.")
    assert _items(text, "covering", heads={"restoration"}, broad={"robustness"}) == ["coherence"]


def test_covering_lists_qualities_only_in_an_evaluation():
    text = "Our evaluation framework covering fidelity, coherence, and reader satisfaction."
    assert _items(text, "covering") == ["fidelity", "coherence", "reader satisfaction"]
    assert _items("Six benchmarks covering commonsense, mathematical, and logical reasoning.", "covering") == []
    assert _items("A taxonomy covering topic, format, and quality.", "covering") == []


def test_what_a_verb_of_change_changes_by_a_figure_is_a_metric():
    text = "VeloxNet reduces the number of parameters by 46.7% and lowers our training bill by far."
    starts = [text.index("reduces"), text.index("lowers")]
    assert [text[s:e] for s, e, *_ in changed_measures(text, starts, STOP | {"of", "our"})] == [
        "number of parameters"]
    assert changed_measures("it improves closely the count by 3", [3], {"closely"}) == []


def test_what_a_figure_compares_is_a_metric():
    text = ("It needs 25% less memory, 6--8\\% higher correlation, 5x fewer trainable parameters, "
            "3x faster training, 2x lower inference cost, much lower error and 80 percent fewer input tokens under "
            "matched conditions.")
    starts = [m.start() for m in re.finditer(r"less|higher|fewer|faster|lower", text)]
    assert [text[s:e] for s, e, *_ in compared_measures(text, starts, STOP, {"cost"})] == [
        "memory", "correlation", "trainable parameters", "input tokens"]


def test_a_quality_noun_given_a_bracketed_value_is_a_metric():
    text = "with high sensitivity (0.990), specificity (0.992), performance (0.91) and a sensitive (0.98) score"
    assert [text[s:e] for s, e, *_ in valued_qualities(text, {"performance"})] == ["sensitivity", "specificity"]
    assert valued_qualities("the reliability (see Section 2) of tests", set()) == []


def test_extractor_types_compared_measures(extractor):
    paper = Paper(id="p", title="Lean Tuning", abstract=(
        "We propose LeanTune, a fine-tuning method. LeanTune matches full fine-tuning with 10x fewer "
        "parameters and uses 30% less memory."))
    types = {e.name: e.type for e in extractor.extract(paper).entities}
    assert types.get("parameters") == "METRIC"
    assert types.get("memory") == "METRIC"


def test_names_listed_with_a_plural_data_word_are_datasets_whatever_their_shape():
    text = "We evaluate on the Tongji, IITD, and AISEC datasets and on datasets including SHREC'17 and CIFAR-10/100."
    spans = [(m.start(), m.end()) for m in re.finditer(r"datasets", text)]
    assert [text[s:e] for s, e, *_ in data_names(text, spans, 0)] == [
        "AISEC", "Tongji", "IITD", "AISEC", "SHREC'17", "CIFAR-10/100"]  # the name right before, then the list
    single = "the Tongji dataset and Kinetics"
    assert [single[s:e] for s, e, *_ in data_names(single, [(11, 18)], 0)] == ["Tongji"]


def test_extractor_types_listed_qualities_and_titled_data_names(extractor):
    paper = Paper(id="p", title="Talking Heads", abstract=(
        "Talking-head generation is hard. We propose EmoTaG, a talking-head generator. "
        "Experiments show that EmoTaG achieves superior emotional expressiveness, visual realism, "
        "and motion stability. "
        "We test it on the Classroom Group Engagement Dataset and on A New Benchmark."))
    types = {e.name: e.type for e in extractor.extract(paper).entities}
    assert types.get("emotional expressiveness") == "METRIC"
    assert types.get("motion stability") == "METRIC"
    assert types.get("Classroom Group Engagement Dataset") == "DATASET"
    assert "A New Benchmark" not in types and "New Benchmark" not in types


@pytest.mark.parametrize("text, name", [
    ("We evaluate on the Human 3.6M dataset under noise.", "Human 3.6M"),
    ("results on the English and Japanese FrameNet datasets", "Japanese FrameNet"),
    ("Using the WIDER FACE benchmark, we test", "WIDER FACE"),
    ("Existing datasets are small.", None),
    ("a synthetic Arrow dataset", None),
    ("on the Continual-World benchmark, while", "Continual-World"),
    ("on the Hand-Crafted dataset", None),
    ("the Non-Expert dataset", None),
    ("on the CARLA-based benchmark", None),
    ("on the 7K dataset", None),
])
def test_data_names_right_before_a_lower_case_data_word(text, name):
    anchors = [(m.start(), m.end()) for m in re.finditer(r"\b(?:datasets?|benchmarks?)\b", text)]
    found = {text[s:e] for s, e, kind, *_ in data_names(text, anchors, 0) if kind == "DATASET"}
    assert (name in found) if name else not found
